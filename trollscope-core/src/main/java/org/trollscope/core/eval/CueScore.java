package org.trollscope.core.eval;

import java.time.Duration;

/**
 * @param matched true cues with a detected cue within {@code tolerance}
 * @param cues true cues (distinct instruction moments)
 * @param detected detected cues
 */
public record CueScore(int matched, int cues, int detected, Duration tolerance) {
    public double share() {
        return cues == 0 ? 0.0 : (double) matched / cues;
    }
}
