package org.trollscope.core.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.trollscope.core.community.CommunityParameters;
import org.trollscope.core.detect.coaction.CoActionParameters;

/**
 * Everything a coordination analysis depends on.
 *
 * @param coAction methods, min participation, max crowd, threads, and the window when only one is used
 * @param minWeight an edge needs at least this many distinct objects co-acted on (not used in
 *        CooRTweet mode, which has no minimum weight)
 * @param communities Leiden seed and resolution
 * @param compat whose method to reproduce
 * @param edgePercentile with {@link Threshold#PERCENTILE} or CooRTweet mode: keep edges whose
 *        weight is above this quantile of all candidate weights (CooRTweet's {@code subgraph = 1});
 *        empty keeps all
 * @param threshold how edges are kept
 * @param fdr with {@link Threshold#SIGNIFICANCE}: the false-discovery rate, in (0, 1)
 * @param windows the windows to test, ascending and distinct (one or more); each (pair, window) is
 *        a hypothesis of one family. Empty means the coAction window only.
 * @param autoWindow estimate a window from the data ({@code --window auto}) and test it too
 */
public record AnalysisParameters(CoActionParameters coAction, int minWeight, CommunityParameters communities,
                                 Compatibility compat, OptionalDouble edgePercentile, Threshold threshold, double fdr,
                                 List<Duration> windows, boolean autoWindow) {
    public static final int DEFAULT_MIN_WEIGHT = 2;
    public static final double DEFAULT_FDR = 0.01;

    public AnalysisParameters {
        Objects.requireNonNull(coAction, "coAction");
        Objects.requireNonNull(communities, "communities");
        Objects.requireNonNull(compat, "compat");
        Objects.requireNonNull(edgePercentile, "edgePercentile");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(windows, "windows");
        if (minWeight < 1) {
            throw new IllegalArgumentException("min weight must be at least 1, was " + minWeight);
        }
        if (!(fdr > 0 && fdr < 1)) {
            throw new IllegalArgumentException("the false-discovery rate must be in (0, 1), was " + fdr);
        }
        TreeSet<Duration> sorted = new TreeSet<>(windows);
        for (Duration w : sorted) {
            // validated like the single window
            coAction.withWindow(w);
        }
        windows = List.copyOf(sorted);
        if (edgePercentile.isPresent()) {
            double p = edgePercentile.getAsDouble();
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("edge percentile must be in [0, 1], was " + p);
            }
            if (compat != Compatibility.COORTWEET && threshold != Threshold.PERCENTILE) {
                throw new IllegalArgumentException("the edge percentile applies to --compat coortweet or --threshold "
                        + "percentile only");
            }
        }
        if (compat == Compatibility.COORTWEET) {
            if (coAction.window().toNanos() % 1_000_000_000L != 0) {
                throw new IllegalArgumentException("CooRTweet's window is whole seconds, was " + coAction.window());
            }
            if (windows.size() > 1 || autoWindow) {
                throw new IllegalArgumentException("CooRTweet mode takes one window");
            }
        }
    }

    /** The anchors' parameters: one window, edges kept on the min weight alone. */
    public AnalysisParameters(CoActionParameters coAction, int minWeight, CommunityParameters communities,
                              Compatibility compat, OptionalDouble edgePercentile) {
        this(coAction, minWeight, communities, compat, edgePercentile, Threshold.COUNT, DEFAULT_FDR, List.of(), false);
    }

    /** The default windows: a minute for quick, scripted co-actions; ten for operators working through accounts. */
    public static final List<Duration> DEFAULT_WINDOWS = List.of(Duration.ofSeconds(60), Duration.ofMinutes(10));

    /**
     * Defaults: see {@link CoActionParameters#defaults()}, windows {@link #DEFAULT_WINDOWS}, min
     * weight 2, seed 42, edges kept on significance at FDR 0.01.
     */
    public static AnalysisParameters defaults() {
        return new AnalysisParameters(CoActionParameters.defaults(), DEFAULT_MIN_WEIGHT,
                CommunityParameters.seeded(CommunityParameters.DEFAULT_SEED), Compatibility.NONE, OptionalDouble.empty(),
                Threshold.SIGNIFICANCE, DEFAULT_FDR, DEFAULT_WINDOWS, false);
    }

    /**
     * The count rule of the anchors on the defaults' single co-action window: an edge is kept when
     * it reaches the min weight. For comparison runs, and for fixtures counted by hand.
     */
    public static AnalysisParameters counting() {
        return defaults().withThreshold(Threshold.COUNT, DEFAULT_FDR).withWindows(List.of(), false);
    }

    /** The windows tested, ascending: {@link #windows()} or else the co-action window. */
    public List<Duration> testedWindows() {
        return windows.isEmpty() ? List.of(coAction.window()) : windows;
    }

    public AnalysisParameters withCoAction(CoActionParameters c) {
        return new AnalysisParameters(c, minWeight, communities, compat, edgePercentile, threshold, fdr, windows,
                autoWindow);
    }

    public AnalysisParameters withMinWeight(int w) {
        return new AnalysisParameters(coAction, w, communities, compat, edgePercentile, threshold, fdr, windows,
                autoWindow);
    }

    public AnalysisParameters withSeed(long seed) {
        return new AnalysisParameters(coAction, minWeight, CommunityParameters.seeded(seed), compat, edgePercentile,
                threshold, fdr, windows, autoWindow);
    }

    /** CooRTweet mode takes the count threshold and the co-action window alone. */
    public AnalysisParameters withCompat(Compatibility c, OptionalDouble percentile) {
        boolean coortweet = c == Compatibility.COORTWEET;
        return new AnalysisParameters(coAction, minWeight, communities, c, percentile,
                coortweet ? Threshold.COUNT : threshold, fdr, coortweet ? List.of() : windows, !coortweet && autoWindow);
    }

    public AnalysisParameters withThreshold(Threshold t, double rate) {
        return new AnalysisParameters(coAction, minWeight, communities, compat, edgePercentile, t, rate, windows,
                autoWindow);
    }

    public AnalysisParameters withWindows(List<Duration> w, boolean auto) {
        return new AnalysisParameters(coAction, minWeight, communities, compat, edgePercentile, threshold, fdr, w, auto);
    }
}
