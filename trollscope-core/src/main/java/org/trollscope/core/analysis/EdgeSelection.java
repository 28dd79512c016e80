package org.trollscope.core.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.detect.coaction.PairEvidence;
import org.trollscope.core.significance.FalseDiscoveryControl;
import org.trollscope.core.significance.PairTests;

/**
 * Chooses the kept edges among the candidate pairs of one or more windows' detection runs.
 *
 * <ul>
 * <li>{@link Threshold#COUNT}: objects co-acted on in the widest window ≥ min weight.</li>
 * <li>{@link Threshold#PERCENTILE}: that, and the weight strictly above the given quantile (R's
 * type 7, as CooRTweet) of every candidate pair's weight in the widest window.</li>
 * <li>{@link Threshold#SIGNIFICANCE}: every (pair, window) is one hypothesis, tested by
 * {@link PairTests}; Benjamini–Hochberg over the whole family (pairs of active accounts ×
 * windows); a pair is kept when in some window it co-acted on at least the min weight of objects
 * and its q-value is at most the FDR. The edge reports the window with the smallest q (the
 * smaller window on ties).</li>
 * </ul>
 *
 * <p>O(P log P) for P candidate (pair, window) tests. Deterministic.
 */
final class EdgeSelection {
    static final String NULL_MODEL = "same things: objects shared ~ Poisson(bipartite configuration model per method, "
            + "each account's and each object's number of incidences kept); same time: objects co-acted on within "
            + "the window ~ Poisson(sum over methods of objects shared x chance that the two accounts' own delays "
            + "fall within the window); p = max of the two (intersection-union test)";

    /** Kept pair keys, ascending, with their index in the widest run's combined evidence. */
    final long[] keys;
    final int[] index;
    /** Per kept edge, the significance columns (see {@link CoordinationEdges}). */
    final long[] window;
    final int[] observed;
    final double[] expected;
    final double[] logP;
    final double[] logQ;
    final Optional<SignificanceSummary> summary;

    private EdgeSelection(int n, Optional<SignificanceSummary> summary) {
        keys = new long[n];
        index = new int[n];
        window = new long[n];
        observed = new int[n];
        expected = new double[n];
        logP = new double[n];
        logQ = new double[n];
        Arrays.fill(window, -1);
        Arrays.fill(observed, -1);
        Arrays.fill(expected, Double.NaN);
        Arrays.fill(logP, Double.NaN);
        Arrays.fill(logQ, Double.NaN);
        this.summary = summary;
    }

    static EdgeSelection byCount(PairEvidence widest, int minWeight, double minExclusive) {
        int kept = 0;
        for (int i = 0; i < widest.size(); i++) {
            if (widest.objects(i) >= minWeight && widest.objects(i) > minExclusive) {
                kept++;
            }
        }
        EdgeSelection s = new EdgeSelection(kept, Optional.empty());
        for (int i = 0, k = 0; i < widest.size(); i++) {
            if (widest.objects(i) >= minWeight && widest.objects(i) > minExclusive) {
                s.keys[k] = widest.key(i);
                s.index[k++] = i;
            }
        }
        return s;
    }

    static EdgeSelection byPercentile(PairEvidence widest, int minWeight, double percentile) {
        double[] w = new double[widest.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widest.objects(i);
        }
        return byCount(widest, minWeight, quantileType7(w, percentile));
    }

    /** R's default quantile (type 7); -infinity for no values. */
    static double quantileType7(double[] values, double p) {
        if (values.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /**
     * @param runs one detection run per window, ascending windows
     * @param tests the pair tests of each run
     */
    static EdgeSelection bySignificance(List<CoActionResult> runs, List<PairTests> tests, List<Duration> windows,
                                        Optional<Duration> estimated, int minWeight, double fdr) {
        int total = 0;
        for (PairTests t : tests) {
            total += t.size();
        }
        double[] logP = new double[total];
        for (int w = 0, o = 0; w < tests.size(); w++) {
            PairTests t = tests.get(w);
            for (int i = 0; i < t.size(); i++) {
                logP[o++] = t.logP(i);
            }
        }
        PairTests widestTests = tests.get(tests.size() - 1);
        double family = Math.max(total, widestTests.family() * windows.size());
        double[] logQ = FalseDiscoveryControl.logQValues(logP, family);
        double logFdr = Math.log(fdr);
        // best (window, index) per pair key, by smallest q then smaller window
        Map<Long, int[]> best = new LinkedHashMap<>();
        for (int w = 0, o = 0; w < tests.size(); w++) {
            PairEvidence pairs = runs.get(w).combined();
            for (int i = 0; i < pairs.size(); i++, o++) {
                if (pairs.objects(i) < minWeight || logQ[o] > logFdr) {
                    continue;
                }
                int[] cur = best.get(pairs.key(i));
                if (cur == null || logQ[o] < logQ[cur[2]]) {
                    best.put(pairs.key(i), new int[] {w, i, o});
                }
            }
        }
        long[] keys = best.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        PairEvidence widest = runs.get(runs.size() - 1).combined();
        Map<String, Integer> iterations = new LinkedHashMap<>();
        for (int m = 0; m < widestTests.methods().size(); m++) {
            iterations.put(widestTests.methods().get(m).wireName(), widestTests.models().get(m).iterations());
        }
        double maxLogQ = Double.NEGATIVE_INFINITY;
        for (long key : keys) {
            maxLogQ = Math.max(maxLogQ, logQ[best.get(key)[2]]);
        }
        double expectedFalse = keys.length == 0 ? 0 : keys.length * Math.exp(maxLogQ);
        SignificanceSummary summary = new SignificanceSummary(NULL_MODEL, windows, estimated,
                widestTests.activeAccounts(), family, total, fdr, keys.length, expectedFalse, iterations);
        EdgeSelection s = new EdgeSelection(keys.length, Optional.of(summary));
        for (int k = 0; k < keys.length; k++) {
            int[] b = best.get(keys[k]);
            int i = widest.indexOf(keys[k]);
            if (i < 0) {
                throw new IllegalStateException("pair kept in a narrower window is missing from the widest");
            }
            s.keys[k] = keys[k];
            s.index[k] = i;
            s.window[k] = windows.get(b[0]).toMillis();
            s.observed[k] = (int) tests.get(b[0]).observed(b[1]);
            s.expected[k] = tests.get(b[0]).expected(b[1]);
            s.logP[k] = tests.get(b[0]).logP(b[1]);
            s.logQ[k] = logQ[b[2]];
        }
        return s;
    }

    /** Windows for the run: the requested ones plus the estimate, ascending and distinct. */
    static List<Duration> windows(List<Duration> requested, Optional<Duration> estimated) {
        List<Duration> out = new ArrayList<>(requested);
        estimated.ifPresent(e -> {
            if (!out.contains(e)) {
                out.add(e);
            }
        });
        out.sort(null);
        return out;
    }
}
