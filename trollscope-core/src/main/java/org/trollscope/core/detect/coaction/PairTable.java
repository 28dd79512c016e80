package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * Accumulates per-pair evidence: a primitive open-addressing map from {@link PairKey} to a dense
 * row of counters (linear probing, load ≤ 0.5, about 76 bytes per pair). Every update is a sum, a
 * min or a max, so the table's content does not depend on the order objects arrive in, and two
 * tables merge associatively and commutatively. Not thread-safe: one table per worker.
 */
final class PairTable implements PairSink {
    private long[] slotKeys;
    private int[] slotRows;
    private int mask;
    int size;

    long[] keys;
    int[] objects;
    int[] coActions;
    int[] minGap;
    long[] first;
    long[] last;
    int[] aFirst;
    int[] bFirst;
    int[] earlier;
    int[] later;

    PairTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slotKeys = new long[cap];
        slotRows = new int[cap];
        mask = cap - 1;
        int rows = Math.max(8, expected);
        keys = new long[rows];
        objects = new int[rows];
        coActions = new int[rows];
        minGap = new int[rows];
        first = new long[rows];
        last = new long[rows];
        aFirst = new int[rows];
        bFirst = new int[rows];
        earlier = new int[rows];
        later = new int[rows];
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
            long k = slotKeys[slot];
            if (k == pair) {
                int r = slotRows[slot];
                objects[r] += obj;
                coActions[r] += co;
                if (gap < minGap[r]) {
                    minGap[r] = gap;
                }
                if (firstTime < first[r]) {
                    first[r] = firstTime;
                }
                if (lastTime > last[r]) {
                    last[r] = lastTime;
                }
                aFirst[r] += aLead;
                bFirst[r] += bLead;
                earlier[r] += earlierActions;
                later[r] += laterActions;
                return;
            }
            if (k == 0) {
                int r = newRow();
                slotKeys[slot] = pair;
                slotRows[slot] = r;
                keys[r] = pair;
                objects[r] = obj;
                coActions[r] = co;
                minGap[r] = gap;
                first[r] = firstTime;
                last[r] = lastTime;
                aFirst[r] = aLead;
                bFirst[r] = bLead;
                earlier[r] = earlierActions;
                later[r] = laterActions;
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
            add(o.keys[r], o.objects[r], o.coActions[r], o.minGap[r], o.first[r], o.last[r], o.aFirst[r], o.bFirst[r],
                    o.earlier[r], o.later[r]);
        }
    }

    private int row(long pair) {
        int slot = (int) (WindowSweep.mix(pair) & mask);
        while (slotKeys[slot] != pair) {
            slot = (slot + 1) & mask;
        }
        return slotRows[slot];
    }

    /** The content, sorted by pair key. */
    PairEvidence toEvidence() {
        long[] sortedKeys = Arrays.copyOf(keys, size);
        Arrays.parallelSort(sortedKeys);
        int n = size;
        int[] o = new int[n];
        int[] c = new int[n];
        int[] g = new int[n];
        long[] f = new long[n];
        long[] l = new long[n];
        int[] af = new int[n];
        int[] bf = new int[n];
        int[] e = new int[n];
        int[] la = new int[n];
        for (int i = 0; i < n; i++) {
            int r = row(sortedKeys[i]);
            o[i] = objects[r];
            c[i] = coActions[r];
            g[i] = minGap[r];
            f[i] = first[r];
            l[i] = last[r];
            af[i] = aFirst[r];
            bf[i] = bFirst[r];
            e[i] = earlier[r];
            la[i] = later[r];
        }
        return new PairEvidence(sortedKeys, o, c, g, f, l, af, bf, e, la);
    }

    private int newRow() {
        if (size == keys.length) {
            int n = keys.length * 2;
            keys = Arrays.copyOf(keys, n);
            objects = Arrays.copyOf(objects, n);
            coActions = Arrays.copyOf(coActions, n);
            minGap = Arrays.copyOf(minGap, n);
            first = Arrays.copyOf(first, n);
            last = Arrays.copyOf(last, n);
            aFirst = Arrays.copyOf(aFirst, n);
            bFirst = Arrays.copyOf(bFirst, n);
            earlier = Arrays.copyOf(earlier, n);
            later = Arrays.copyOf(later, n);
        }
        return size++;
    }

    private void grow() {
        int cap = slotKeys.length * 2;
        long[] k2 = new long[cap];
        int[] r2 = new int[cap];
        int m2 = cap - 1;
        for (int r = 0; r < size; r++) {
            long k = keys[r];
            int slot = (int) (WindowSweep.mix(k) & m2);
            while (k2[slot] != 0) {
                slot = (slot + 1) & m2;
            }
            k2[slot] = k;
            r2[slot] = r;
        }
        slotKeys = k2;
        slotRows = r2;
        mask = m2;
    }
}
