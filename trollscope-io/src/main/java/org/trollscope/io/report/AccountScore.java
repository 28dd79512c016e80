package org.trollscope.io.report;

import java.util.List;

/**
 * An account's score in [0, 1] (weighted sum of its signals' components), the components and the
 * reasons, strongest first. The score explains and ranks; it never decides coordination.
 */
public record AccountScore(double score, List<ScoreComponent> components, List<String> reasons) {
    public AccountScore {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        components = List.copyOf(components);
        reasons = List.copyOf(reasons);
    }
}
