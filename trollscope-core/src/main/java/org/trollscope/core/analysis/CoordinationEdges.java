package org.trollscope.core.analysis;

import java.util.Arrays;

/**
 * The kept edges, one row per account pair in account order: a and b are account ranks (a &lt; b).
 * Columns a mode does not compute hold -1 (ints) or NaN (doubles): CooRTweet mode has no gaps,
 * trollscope mode no n_content_id, the count and percentile thresholds no significance.
 */
public final class CoordinationEdges {
    final int[] a;
    final int[] b;
    final int[] weight;
    final int[] coActions;
    final String[] methods;
    final int[] minGap;
    final double[] medianGap;
    final int[] aFirst;
    final int[] bFirst;
    final double[] symmetry;
    final long[] first;
    final long[] last;
    final int[] nContent;
    final int[] nContentY;
    final long[] window;
    final int[] observed;
    final double[] expected;
    final double[] logP;
    final double[] logQ;
    final boolean[] byGroup;

    CoordinationEdges(int n) {
        a = new int[n];
        b = new int[n];
        weight = new int[n];
        coActions = new int[n];
        methods = new String[n];
        minGap = new int[n];
        medianGap = new double[n];
        aFirst = new int[n];
        bFirst = new int[n];
        symmetry = new double[n];
        first = new long[n];
        last = new long[n];
        nContent = new int[n];
        nContentY = new int[n];
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
    }

    public int size() {
        return a.length;
    }

    /** Account rank of side a (the lower). */
    public int a(int i) {
        return a[i];
    }

    public int b(int i) {
        return b[i];
    }

    /** Distinct objects co-acted on (CooRTweet mode: co-share pairs). */
    public int weight(int i) {
        return weight[i];
    }

    public int coActions(int i) {
        return coActions[i];
    }

    /** Per-method weights, e.g. {@code share:3;hashtag:1}. */
    public String methods(int i) {
        return methods[i];
    }

    public int minGapMillis(int i) {
        return minGap[i];
    }

    public double medianGapMillis(int i) {
        return medianGap[i];
    }

    public int aFirst(int i) {
        return aFirst[i];
    }

    public int bFirst(int i) {
        return bFirst[i];
    }

    public double symmetry(int i) {
        return symmetry[i];
    }

    public long firstTime(int i) {
        return first[i];
    }

    public long lastTime(int i) {
        return last[i];
    }

    /** CooRTweet's n_content_id (CooRTweet mode). */
    public int nContentId(int i) {
        return nContent[i];
    }

    public int nContentIdY(int i) {
        return nContentY[i];
    }

    /** The window (ms) of the test that kept the edge; -1 without significance testing. */
    public long windowMillis(int i) {
        return window[i];
    }

    /** Objects co-acted on within {@link #windowMillis}: the tested count; -1 without testing. */
    public int observed(int i) {
        return observed[i];
    }

    /** Objects expected by chance within that window under the null model; NaN without testing. */
    public double expected(int i) {
        return expected[i];
    }

    /** ln p-value; NaN without testing. */
    public double logP(int i) {
        return logP[i];
    }

    /** Whether the edge was kept because both accounts are kept members of one significant group. */
    public boolean keptByGroup(int i) {
        return byGroup[i];
    }

    /** ln q-value (Benjamini–Hochberg over the whole family); NaN without testing. */
    public double logQ(int i) {
        return logQ[i];
    }
}
