package org.trollscope.core.operation;

import java.time.LocalDate;

/** One UTC day of the debate: all actions and those made by coordinated accounts. */
public record DayShare(LocalDate day, long actions, long coordinatedActions) {
    public double share() {
        return actions == 0 ? 0.0 : (double) coordinatedActions / actions;
    }
}
