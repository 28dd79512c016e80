package org.trollscope.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One action with its ids as strings: the convenient, slower form used by importers of nested
 * formats and by tests. {@link ActivityLog} stores the same fields dictionary-encoded.
 *
 * @param actionId the action's own id, or {@code null}
 * @param platform e.g. {@code twitter}, {@code telegram}; never {@code null} (use {@code ""} if unknown)
 * @param target what was shared, liked, replied to or followed, or {@code null}
 * @param targetAccount the account that owns the target, or {@code null}
 * @param hashtags without the leading '#'
 */
public record Action(String actionId, String platform, String account, ActionType type, String target,
                     String targetAccount, String text, List<String> urls, List<String> hashtags,
                     List<String> media, Instant time) {
    public Action {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        urls = urls == null ? List.of() : List.copyOf(urls);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A bare action: no id, text or entities. */
    public static Action of(String platform, String account, ActionType type, String target, Instant time) {
        return new Action(null, platform, account, type, target, null, null, null, null, null, time);
    }
}
