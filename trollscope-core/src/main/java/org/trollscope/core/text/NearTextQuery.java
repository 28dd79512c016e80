package org.trollscope.core.text;

import java.time.Duration;
import java.util.Optional;

/**
 * Which near-duplicate message pairs of an activity log matter.
 *
 * @param window            the longest time between the two messages, or {@code null} for unbounded
 * @param differentAccounts keep only pairs posted by two different accounts
 */
public record NearTextQuery(Duration window, boolean differentAccounts) {
    /** One hour, different accounts. */
    public static final NearTextQuery DEFAULT = new NearTextQuery(Duration.ofHours(1), true);

    public NearTextQuery {
        if (window != null && window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative, was " + window);
        }
    }

    /** Any time apart, different accounts. */
    public static NearTextQuery unbounded() {
        return new NearTextQuery(null, true);
    }

    public Optional<Duration> windowIfBounded() {
        return Optional.ofNullable(window);
    }
}
