package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * Every co-action behind a set of kept pairs: pair, method, object, the two actions (input rows,
 * account a's first), the gap, and for near-text the two texts' similarity. Grouped by pair in key order, then by method, object and time,
 * so it can be written as is. Also gives each pair's exact median gap. Columnar and immutable.
 */
public final class CoActionEvidence {
    private final long[] keptKeys;
    private final int[] pairStart;
    private final byte[] method;
    private final int[] object;
    private final int[] rowA;
    private final int[] rowB;
    private final int[] gap;
    private final float[] similarity;
    private final CoActionResult result;

    private CoActionEvidence(long[] keptKeys, int[] pairStart, byte[] method, int[] object, int[] rowA, int[] rowB,
                             int[] gap, float[] similarity, CoActionResult result) {
        this.keptKeys = keptKeys;
        this.pairStart = pairStart;
        this.method = method;
        this.object = object;
        this.rowA = rowA;
        this.rowB = rowB;
        this.gap = gap;
        this.similarity = similarity;
        this.result = result;
    }

    public int size() {
        return method.length;
    }

    /** The pairs, sorted keys. */
    public int pairCount() {
        return keptKeys.length;
    }

    public long pairKey(int pair) {
        return keptKeys[pair];
    }

    /** Co-actions of pair {@code p} are {@code [pairStart(p), pairStart(p + 1))}. */
    public int pairStart(int pair) {
        return pairStart[pair];
    }

    public CoActionMethod method(int i) {
        return CoActionMethod.ofCode(method[i]);
    }

    /** The object id within its method's object space. */
    public int object(int i) {
        return object[i];
    }

    public String objectName(int i) {
        return result.methods().get(method(i)).objects().objectName(object[i]);
    }

    /** The input row of account a's action. */
    public int rowA(int i) {
        return rowA[i];
    }

    public int rowB(int i) {
        return rowB[i];
    }

    public int gapMillis(int i) {
        return gap[i];
    }

    /**
     * Near-text: the exact Jaccard similarity of the two messages' shingle sets (both are
     * near-duplicates of their talking point's centre, so this may fall below the threshold); NaN
     * for the other methods.
     */
    public double textSimilarity(int i) {
        return similarity[i];
    }

    /** The median gap of a pair's co-actions, ms (mean of the middle two for an even count), or NaN. */
    public double medianGapMillis(int pair) {
        int from = pairStart[pair];
        int to = pairStart[pair + 1];
        if (from == to) {
            return Double.NaN;
        }
        int[] g = Arrays.copyOfRange(gap, from, to);
        Arrays.sort(g);
        int n = g.length;
        return n % 2 == 1 ? g[n / 2] : (g[n / 2 - 1] + (double) g[n / 2]) / 2;
    }

    /** Collects co-actions; order is kept, pairs are grouped at {@link #build}. */
    static final class Builder {
        private final long[] keptKeys;
        int size;
        int[] pair = new int[64];
        byte[] method = new byte[64];
        int[] object = new int[64];
        int[] rowA = new int[64];
        int[] rowB = new int[64];
        int[] gap = new int[64];
        float[] similarity = new float[64];

        Builder(long[] keptKeys) {
            this.keptKeys = keptKeys;
        }

        void add(int p, CoActionMethod m, int obj, int a, int b, int g, float sim) {
            if (size == pair.length) {
                int n = size * 2;
                pair = Arrays.copyOf(pair, n);
                method = Arrays.copyOf(method, n);
                object = Arrays.copyOf(object, n);
                rowA = Arrays.copyOf(rowA, n);
                rowB = Arrays.copyOf(rowB, n);
                gap = Arrays.copyOf(gap, n);
                similarity = Arrays.copyOf(similarity, n);
            }
            pair[size] = p;
            method[size] = (byte) m.ordinal();
            object[size] = obj;
            rowA[size] = a;
            rowB[size] = b;
            gap[size] = g;
            similarity[size] = sim;
            size++;
        }

        void addAll(Builder o) {
            for (int i = 0; i < o.size; i++) {
                add(o.pair[i], CoActionMethod.ofCode(o.method[i]), o.object[i], o.rowA[i], o.rowB[i], o.gap[i], o.similarity[i]);
            }
        }

        /** Groups by pair with a stable counting sort (the order inside a pair is the sweep order). */
        CoActionEvidence build(CoActionResult result) {
            int p = keptKeys.length;
            int[] start = new int[p + 1];
            for (int i = 0; i < size; i++) {
                start[pair[i] + 1]++;
            }
            for (int k = 0; k < p; k++) {
                start[k + 1] += start[k];
            }
            int[] fill = Arrays.copyOf(start, p);
            byte[] m2 = new byte[size];
            int[] o2 = new int[size];
            int[] a2 = new int[size];
            int[] b2 = new int[size];
            int[] g2 = new int[size];
            float[] s2 = new float[size];
            for (int i = 0; i < size; i++) {
                int at = fill[pair[i]]++;
                m2[at] = method[i];
                o2[at] = object[i];
                a2[at] = rowA[i];
                b2[at] = rowB[i];
                g2[at] = gap[i];
                s2[at] = similarity[i];
            }
            return new CoActionEvidence(keptKeys, start, m2, o2, a2, b2, g2, s2, result);
        }
    }
}
