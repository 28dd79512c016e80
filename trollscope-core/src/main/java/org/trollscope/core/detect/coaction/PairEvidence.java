package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * Per account pair, what their co-actions on one method (or several, once merged) add up to,
 * sorted by {@link PairKey}: distinct objects co-acted on (the edge weight), co-actions, the
 * smallest gap, first and last time, how often each side acted first, and the distinct earlier and
 * later actions (CooRTweet's n_content_id and n_content_id_y). These are the sufficient counts a
 * null model needs per pair; each object's crowding is in {@link ObjectCrowding}.
 *
 * <p>Immutable, columnar (about 52 bytes a pair). {@link #merge} is associative and commutative
 * (sums, minima, maxima), so partial evidence from any partition of the objects combines to the
 * same result in any order.
 */
public final class PairEvidence {
    private static final PairEvidence EMPTY = new PairEvidence(new long[0], new int[0], new int[0], new int[0],
            new long[0], new long[0], new int[0], new int[0], new int[0], new int[0]);

    private final long[] keys;
    private final int[] objects;
    private final int[] coActions;
    private final int[] minGap;
    private final long[] first;
    private final long[] last;
    private final int[] aFirst;
    private final int[] bFirst;
    private final int[] earlier;
    private final int[] later;

    PairEvidence(long[] keys, int[] objects, int[] coActions, int[] minGap, long[] first, long[] last, int[] aFirst,
                 int[] bFirst, int[] earlier, int[] later) {
        this.keys = keys;
        this.objects = objects;
        this.coActions = coActions;
        this.minGap = minGap;
        this.first = first;
        this.last = last;
        this.aFirst = aFirst;
        this.bFirst = bFirst;
        this.earlier = earlier;
        this.later = later;
    }

    public static PairEvidence empty() {
        return EMPTY;
    }

    public int size() {
        return keys.length;
    }

    public long key(int i) {
        return keys[i];
    }

    /** The lower account rank of pair {@code i}. */
    public int a(int i) {
        return PairKey.a(keys[i]);
    }

    public int b(int i) {
        return PairKey.b(keys[i]);
    }

    /** Distinct objects the pair co-acted on: the default edge weight. */
    public int objects(int i) {
        return objects[i];
    }

    public int coActions(int i) {
        return coActions[i];
    }

    /** Smallest gap between two co-acting actions, ms. */
    public int minGapMillis(int i) {
        return minGap[i];
    }

    public long firstTime(int i) {
        return first[i];
    }

    public long lastTime(int i) {
        return last[i];
    }

    /** Co-actions in which account a acted strictly first. */
    public int aFirst(int i) {
        return aFirst[i];
    }

    public int bFirst(int i) {
        return bFirst[i];
    }

    /** Distinct actions on the earlier side of the pair's co-actions, summed over objects. */
    public int earlierActions(int i) {
        return earlier[i];
    }

    public int laterActions(int i) {
        return later[i];
    }

    /** CooRTweet's edge symmetry score: min/max of distinct earlier and later actions. */
    public double symmetry(int i) {
        int max = Math.max(earlier[i], later[i]);
        return max == 0 ? 0 : (double) Math.min(earlier[i], later[i]) / max;
    }

    /** The position of a pair, or a negative number if absent. */
    public int indexOf(long key) {
        return Arrays.binarySearch(keys, key);
    }

    /** Only the pairs that co-acted on at least {@code min} distinct objects (this, when all do). */
    public PairEvidence withMinObjects(int min) {
        int n = 0;
        for (int o : objects) {
            if (o >= min) {
                n++;
            }
        }
        if (n == keys.length) {
            return this;
        }
        PairEvidence r = new PairEvidence(new long[n], new int[n], new int[n], new int[n], new long[n], new long[n],
                new int[n], new int[n], new int[n], new int[n]);
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (objects[i] >= min) {
                r.copy(k++, this, i);
            }
        }
        return r;
    }

    /** Joins evidence over disjoint, ascending key ranges (each part's keys all below the next part's). */
    public static PairEvidence concat(java.util.List<PairEvidence> parts) {
        if (parts.isEmpty()) {
            return EMPTY;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int n = parts.stream().mapToInt(PairEvidence::size).sum();
        PairEvidence r = new PairEvidence(new long[n], new int[n], new int[n], new int[n], new long[n], new long[n],
                new int[n], new int[n], new int[n], new int[n]);
        int k = 0;
        long previous = 0;
        for (PairEvidence part : parts) {
            for (int i = 0; i < part.size(); i++) {
                if (part.keys[i] <= previous) {
                    throw new IllegalArgumentException("parts overlap or are not in key order");
                }
                previous = part.keys[i];
                r.copy(k++, part, i);
            }
        }
        return r;
    }

    /** The pairs of both, each pair's counters combined. Associative and commutative. */
    public PairEvidence merge(PairEvidence o) {
        if (o.keys.length == 0) {
            return this;
        }
        if (keys.length == 0) {
            return o;
        }
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < keys.length || j < o.keys.length) {
            long x = i < keys.length ? keys[i] : Long.MAX_VALUE;
            long y = j < o.keys.length ? o.keys[j] : Long.MAX_VALUE;
            if (x <= y) {
                i++;
            }
            if (y <= x) {
                j++;
            }
            n++;
        }
        PairEvidence r = new PairEvidence(new long[n], new int[n], new int[n], new int[n], new long[n], new long[n],
                new int[n], new int[n], new int[n], new int[n]);
        i = 0;
        j = 0;
        for (int k = 0; k < n; k++) {
            long x = i < keys.length ? keys[i] : Long.MAX_VALUE;
            long y = j < o.keys.length ? o.keys[j] : Long.MAX_VALUE;
            if (x < y) {
                r.copy(k, this, i++);
            } else if (y < x) {
                r.copy(k, o, j++);
            } else {
                r.copy(k, this, i++);
                r.objects[k] += o.objects[j];
                r.coActions[k] += o.coActions[j];
                r.minGap[k] = Math.min(r.minGap[k], o.minGap[j]);
                r.first[k] = Math.min(r.first[k], o.first[j]);
                r.last[k] = Math.max(r.last[k], o.last[j]);
                r.aFirst[k] += o.aFirst[j];
                r.bFirst[k] += o.bFirst[j];
                r.earlier[k] += o.earlier[j];
                r.later[k] += o.later[j];
                j++;
            }
        }
        return r;
    }

    private void copy(int k, PairEvidence s, int i) {
        keys[k] = s.keys[i];
        objects[k] = s.objects[i];
        coActions[k] = s.coActions[i];
        minGap[k] = s.minGap[i];
        first[k] = s.first[i];
        last[k] = s.last[i];
        aFirst[k] = s.aFirst[i];
        bFirst[k] = s.bFirst[i];
        earlier[k] = s.earlier[i];
        later[k] = s.later[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairEvidence o && Arrays.equals(keys, o.keys) && Arrays.equals(objects, o.objects)
                && Arrays.equals(coActions, o.coActions) && Arrays.equals(minGap, o.minGap)
                && Arrays.equals(first, o.first) && Arrays.equals(last, o.last) && Arrays.equals(aFirst, o.aFirst)
                && Arrays.equals(bFirst, o.bFirst) && Arrays.equals(earlier, o.earlier) && Arrays.equals(later, o.later);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keys) * 31 + Arrays.hashCode(coActions);
    }

    @Override
    public String toString() {
        return "PairEvidence[" + keys.length + " pairs]";
    }
}
