package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * Accumulates per-pair evidence: a primitive open-addressing map from {@link PairKey} to a row of
 * counters (linear probing, load ≤ 0.5). Slots hold key and row index side by side, and a row's
 * seven int counters and two long times are contiguous, so an update touches about three cache
 * lines; about 80 bytes per pair. Every update is a sum, a min or a max, so the content does not
 * depend on the order objects arrive in, and two tables merge associatively and commutatively.
 * Not thread-safe: one table per worker.
 */
final class PairTable implements PairSink {
    private static final int INTS = 7; // objects, coActions, minGap, aFirst, bFirst, earlier, later
    private static final int OBJ = 0;
    private static final int CO = 1;
    private static final int GAP = 2;
    private static final int AF = 3;
    private static final int BF = 4;
    private static final int EA = 5;
    private static final int LA = 6;

    /** slot 2s: key (0 = empty), slot 2s+1: row. */
    private long[] slots;
    private int mask;
    int size;
    private long[] keys;
    private int[] ints;
    private long[] times; // first, last

    PairTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[2 * cap];
        mask = cap - 1;
        int rows = Math.max(8, expected);
        keys = new long[rows];
        ints = new int[rows * INTS];
        times = new long[rows * 2];
    }

    @Override
    public void accept(long pair, int co, int gap, long firstTime, long lastTime, int aLead, int bLead, int earlierActions,
                       int laterActions) {
        add(pair, 1, co, gap, firstTime, lastTime, aLead, bLead, earlierActions, laterActions);
    }

    void add(long pair, int obj, int co, int gap, long firstTime, long lastTime, int aLead, int bLead, int earlierActions,
             int laterActions) {
        int slot = (int) (WindowSweep.mix(pair) & mask);
        while (true) {
            long k = slots[2 * slot];
            if (k == pair) {
                int r = (int) slots[2 * slot + 1];
                int i = r * INTS;
                ints[i + OBJ] += obj;
                ints[i + CO] += co;
                if (gap < ints[i + GAP]) {
                    ints[i + GAP] = gap;
                }
                ints[i + AF] += aLead;
                ints[i + BF] += bLead;
                ints[i + EA] += earlierActions;
                ints[i + LA] += laterActions;
                int t = 2 * r;
                if (firstTime < times[t]) {
                    times[t] = firstTime;
                }
                if (lastTime > times[t + 1]) {
                    times[t + 1] = lastTime;
                }
                return;
            }
            if (k == 0) {
                int r = newRow();
                slots[2 * slot] = pair;
                slots[2 * slot + 1] = r;
                keys[r] = pair;
                int i = r * INTS;
                ints[i + OBJ] = obj;
                ints[i + CO] = co;
                ints[i + GAP] = gap;
                ints[i + AF] = aLead;
                ints[i + BF] = bLead;
                ints[i + EA] = earlierActions;
                ints[i + LA] = laterActions;
                times[2 * r] = firstTime;
                times[2 * r + 1] = lastTime;
                if (size * 2L > mask) {
                    grow();
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds every pair of another table into this one. */
    void mergeFrom(PairTable o) {
        for (int r = 0; r < o.size; r++) {
            int i = r * INTS;
            add(o.keys[r], o.ints[i + OBJ], o.ints[i + CO], o.ints[i + GAP], o.times[2 * r], o.times[2 * r + 1],
                    o.ints[i + AF], o.ints[i + BF], o.ints[i + EA], o.ints[i + LA]);
        }
    }

    private int row(long pair) {
        int slot = (int) (WindowSweep.mix(pair) & mask);
        while (slots[2 * slot] != pair) {
            slot = (slot + 1) & mask;
        }
        return (int) slots[2 * slot + 1];
    }

    /** The content, sorted by pair key. Releases the table's arrays. */
    PairEvidence toEvidence() {
        long[] sortedKeys = Arrays.copyOf(keys, size);
        keys = null;
        Arrays.sort(sortedKeys);
        int n = size;
        int[] rowOf = new int[n];
        for (int i = 0; i < n; i++) {
            rowOf[i] = row(sortedKeys[i]);
        }
        slots = null;
        int[] o = new int[n];
        int[] c = new int[n];
        int[] g = new int[n];
        int[] af = new int[n];
        int[] bf = new int[n];
        int[] e = new int[n];
        int[] la = new int[n];
        long[] f = new long[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            int r = rowOf[i];
            int b = r * INTS;
            o[i] = ints[b + OBJ];
            c[i] = ints[b + CO];
            g[i] = ints[b + GAP];
            af[i] = ints[b + AF];
            bf[i] = ints[b + BF];
            e[i] = ints[b + EA];
            la[i] = ints[b + LA];
            f[i] = times[2 * r];
            l[i] = times[2 * r + 1];
        }
        ints = null;
        times = null;
        return new PairEvidence(sortedKeys, o, c, g, f, l, af, bf, e, la);
    }

    private int newRow() {
        if (size == keys.length) {
            int n = keys.length + (keys.length >> 1) + 8;
            keys = Arrays.copyOf(keys, n);
            ints = Arrays.copyOf(ints, n * INTS);
            times = Arrays.copyOf(times, n * 2);
        }
        return size++;
    }

    private void grow() {
        int cap = (mask + 1) * 2;
        long[] s2 = new long[2 * cap];
        int m2 = cap - 1;
        for (int r = 0; r < size; r++) {
            long k = keys[r];
            int slot = (int) (WindowSweep.mix(k) & m2);
            while (s2[2 * slot] != 0) {
                slot = (slot + 1) & m2;
            }
            s2[2 * slot] = k;
            s2[2 * slot + 1] = r;
        }
        slots = s2;
        mask = m2;
    }
}
