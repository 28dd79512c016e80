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
import org.trollscope.core.significance.PoissonTail;

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
            + "fall within the window), and at least twice that; talking points: same time = same things; "
            + "p = max of the two (intersection-union test)";

    /** Kept pair keys, ascending, with their index in the evidence the edges are built from. */
    final long[] keys;
    final int[] index;
    /** Per kept edge, the significance columns (see {@link CoordinationEdges}). */
    final long[] window;
    final int[] observed;
    final double[] expected;
    final double[] logP;
    final double[] logQ;
    final boolean[] byGroup;
    Optional<SignificanceSummary> summary;

    private EdgeSelection(int n, Optional<SignificanceSummary> summary) {
        keys = new long[n];
        index = new int[n];
        window = new long[n];
        observed = new int[n];
        expected = new double[n];
        logP = new double[n];
        logQ = new double[n];
        byGroup = new boolean[n];
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
                widestTests.activeAccounts(), family, total, fdr, keys.length, expectedFalse, iterations, 0, 0, 0, 0);
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

    /**
     * Adds the pairs the group tests keep: both accounts kept members of one significant group
     * (found on either half) that co-acted at least once in the widest window. {@code merged} is
     * the widest window's evidence of every pair that co-acted (the two halves merged); the
     * returned selection's indices refer to it. Pairs the widest run tested keep their test's
     * columns; the others (met on one object) get the same-time expectation and p-value. A
     * group-kept pair has no q-value: it was kept as a member of a group, not as a pair.
     */
    EdgeSelection withGroupEdges(PairEvidence merged, PairEvidence widest, PairTests widestTests, long windowMillis,
                                 GroupTests groups) {
        java.util.Set<Long> have = new java.util.HashSet<>();
        for (long k : keys) {
            have.add(k);
        }
        List<Integer> add = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            int a = merged.a(i);
            int b = merged.b(i);
            if (have.contains(merged.key(i)) || !groups.kept[a] || !groups.kept[b]) {
                continue;
            }
            for (int h = 0; h < 2; h++) {
                int g = groups.groupOf[h][a];
                if (g >= 0 && g == groups.groupOf[h][b]) {
                    add.add(i);
                    break;
                }
            }
        }
        int n = keys.length + add.size();
        EdgeSelection s = new EdgeSelection(n, summary);
        int x = 0;
        int y = 0;
        for (int k = 0; k < n; k++) {
            boolean fromOld = y >= add.size() || (x < keys.length && keys[x] < merged.key(add.get(y)));
            if (fromOld) {
                s.keys[k] = keys[x];
                s.window[k] = window[x];
                s.observed[k] = observed[x];
                s.expected[k] = expected[x];
                s.logP[k] = logP[x];
                s.logQ[k] = logQ[x];
                s.byGroup[k] = byGroup[x];
                x++;
            } else {
                int i = add.get(y++);
                long key = merged.key(i);
                s.keys[k] = key;
                s.window[k] = windowMillis;
                s.byGroup[k] = true;
                int t = widest.indexOf(key);
                if (t >= 0) {
                    s.observed[k] = (int) widestTests.observed(t);
                    s.expected[k] = widestTests.expected(t);
                    s.logP[k] = widestTests.logP(t);
                } else {
                    s.observed[k] = merged.objects(i);
                    s.expected[k] = widestTests.expectedBetween(merged.a(i), merged.b(i));
                    s.logP[k] = PoissonTail.logUpperTail(merged.objects(i), s.expected[k]);
                }
            }
            s.index[k] = merged.indexOf(s.keys[k]);
            if (s.index[k] < 0) {
                throw new IllegalStateException("a kept pair is missing from the merged evidence");
            }
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
