package org.trollscope.core.analysis;

/**
 * The kept edges, one row per account pair in account order: a and b are account ranks (a &lt; b).
 * Columns a mode does not compute hold -1 (ints) or NaN (doubles): CooRTweet mode has no gaps,
 * trollscope mode no n_content_id.
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
}
