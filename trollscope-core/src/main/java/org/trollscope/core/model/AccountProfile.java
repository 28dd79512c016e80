package org.trollscope.core.model;

import java.time.Instant;

/**
 * What an accounts file says about one account. Every field but the id may be unknown
 * ({@code null}, or -1 for counts).
 *
 * @param createdAt when the account was created, or {@code null}
 * @param avatar an image hash or URL, or {@code null}
 */
public record AccountProfile(String handle, String displayName, Instant createdAt, long followers,
                             long following, String bio, String avatar) {
    public static final AccountProfile UNKNOWN = new AccountProfile(null, null, null, -1, -1, null, null);
}
