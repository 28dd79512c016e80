package org.trollscope.io.report;

import java.util.Objects;

/** A value (target, shared object, hashtag) with how often it occurred. */
public record RankedItem(String value, long count) {
    public RankedItem {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
    }
}
