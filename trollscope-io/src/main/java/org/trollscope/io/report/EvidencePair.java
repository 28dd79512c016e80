package org.trollscope.io.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One example of two accounts acting on the same object: who, on what, when, and the links to the
 * original posts when known (null otherwise). The page shows the gap between the two times.
 */
public record EvidencePair(String accountA, String accountB, String method, String object,
                           Instant timeA, Instant timeB, String urlA, String urlB) {
    public EvidencePair {
        Objects.requireNonNull(accountA, "accountA");
        Objects.requireNonNull(accountB, "accountB");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(timeA, "timeA");
        Objects.requireNonNull(timeB, "timeB");
    }
}
