package org.trollscope.io.report;

import java.util.Objects;

/** One UTC day (ISO date): all actions and those of coordinated accounts. */
public record DayShareRow(String day, long actions, long coordinatedActions) {
    public DayShareRow {
        Objects.requireNonNull(day, "day");
        if (actions < 0 || coordinatedActions < 0 || coordinatedActions > actions) {
            throw new IllegalArgumentException("need 0 <= coordinatedActions <= actions on " + day);
        }
    }
}
