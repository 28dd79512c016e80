package org.trollscope.io.report;

import java.time.Duration;

/** Width of one timeline bin. */
public enum TimeBin {
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1));

    private final Duration width;

    TimeBin(Duration width) {
        this.width = width;
    }

    public Duration width() {
        return width;
    }
}
