package org.trollscope.core.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import org.trollscope.core.community.CommunityParameters;
import org.trollscope.core.detect.coaction.CoActionParameters;

/**
 * Everything a coordination analysis depends on.
 *
 * @param coAction window, methods, min participation, max crowd, threads
 * @param minWeight an edge is kept when its pair co-acted on at least this many distinct objects
 *        (not used in CooRTweet mode, which has no minimum weight)
 * @param communities Leiden seed and resolution
 * @param compat whose method to reproduce
 * @param edgePercentile CooRTweet mode only: keep edges whose weight is above this quantile of all
 *        weights (CooRTweet's {@code subgraph = 1}); empty keeps all
 */
public record AnalysisParameters(CoActionParameters coAction, int minWeight, CommunityParameters communities,
                                 Compatibility compat, OptionalDouble edgePercentile) {
    public static final int DEFAULT_MIN_WEIGHT = 2;

    public AnalysisParameters {
        Objects.requireNonNull(coAction, "coAction");
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(compat, "compat");
        Objects.requireNonNull(edgePercentile, "edgePercentile");
        if (minWeight < 1) {
            throw new IllegalArgumentException("min weight must be at least 1, was " + minWeight);
        }
        if (edgePercentile.isPresent()) {
            double p = edgePercentile.getAsDouble();
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("edge percentile must be in [0, 1], was " + p);
            }
            if (compat != Compatibility.COORTWEET) {
                throw new IllegalArgumentException("the edge percentile applies to --compat coortweet only");
            }
        }
        if (compat == Compatibility.COORTWEET && coAction.window().toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("CooRTweet's window is whole seconds, was " + coAction.window());
        }
    }

    /** Defaults: see {@link CoActionParameters#defaults()}, min weight 2, seed 42. */
    public static AnalysisParameters defaults() {
        return new AnalysisParameters(CoActionParameters.defaults(), DEFAULT_MIN_WEIGHT,
                CommunityParameters.seeded(CommunityParameters.DEFAULT_SEED), Compatibility.NONE, OptionalDouble.empty());
    }

    public AnalysisParameters withCoAction(CoActionParameters c) {
        return new AnalysisParameters(c, minWeight, communities, compat, edgePercentile);
    }

    public AnalysisParameters withMinWeight(int w) {
        return new AnalysisParameters(coAction, w, communities, compat, edgePercentile);
    }

    public AnalysisParameters withSeed(long seed) {
        return new AnalysisParameters(coAction, minWeight, CommunityParameters.seeded(seed), compat, edgePercentile);
    }

    public AnalysisParameters withCompat(Compatibility c, OptionalDouble percentile) {
        return new AnalysisParameters(coAction, minWeight, communities, c, percentile);
    }
}
