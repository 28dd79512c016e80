package org.trollscope.io.report;

import java.util.List;

/**
 * Actions per hour of the week (UTC) for coordinated and for organic (all other) accounts: 168
 * counts each, index {@code day·24 + hour} with day 0 = Monday. The page shows each group's
 * counts as shares of that group's total, so groups of different size compare.
 */
public record HourOfWeek(List<Long> coordinated, List<Long> organic) {
    public static final int HOURS = 7 * 24;

    public HourOfWeek {
        coordinated = List.copyOf(coordinated);
        organic = List.copyOf(organic);
        if (coordinated.size() != HOURS || organic.size() != HOURS) {
            throw new IllegalArgumentException("hour-of-week series need " + HOURS + " counts, got "
                    + coordinated.size() + " and " + organic.size());
        }
    }
}
