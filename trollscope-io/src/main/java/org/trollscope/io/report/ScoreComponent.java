package org.trollscope.io.report;

import java.util.Objects;

/** One signal's component of an account's score: its value in [0, 1] and its weight. */
public record ScoreComponent(String signal, double value, double weight) {
    public ScoreComponent {
        Objects.requireNonNull(signal, "signal");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("component must be in [0, 1], was " + value + " for " + signal);
        }
    }
}
