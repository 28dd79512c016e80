package org.trollscope.core.detect.compat;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Parameters of CooRTweet 2.1.3's {@code detect_groups} + {@code generate_coordinated_network}.
 *
 * @param window {@code time_window}, whole seconds, inclusive
 * @param minParticipation {@code min_participation}
 * @param edgePercentile when present, {@code subgraph = 1}: keep edges whose weight is strictly
 *        above this quantile (R type 7) of all edge weights; CooRTweet's default is 0.5
 */
public record CoortweetParameters(Duration window, int minParticipation, OptionalDouble edgePercentile) {
    public CoortweetParameters {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(edgePercentile, "edgePercentile");
        if (window.isNegative() || window.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("CooRTweet's window is whole seconds >= 0, was " + window);
        }
        if (minParticipation < 1) {
            throw new IllegalArgumentException("min participation must be at least 1, was " + minParticipation);
        }
        if (edgePercentile.isPresent() && !(edgePercentile.getAsDouble() >= 0 && edgePercentile.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("edge percentile must be in [0, 1], was " + edgePercentile.getAsDouble());
        }
    }
}
