package org.trollscope.core.operation;

import java.util.Arrays;

/**
 * Counters per account pair key ({@link OperatorFinder#key}): a primitive open-addressing map from
 * a long key to {@code width} int counters (linear probing, load ≤ 0.5, keys hashed by a 64-bit
 * mix). A {@code HashMap<Long, …>} of such keys degrades to tree bins, since {@code Long.hashCode}
 * of (a &lt;&lt; 32 | b) is a ^ b and the ranks of related accounts are close. Not thread-safe.
 */
final class PairCounts {
    private static final long EMPTY = -1L;
    private final int width;
    private long[] keys;
    private int[] counts;
    private int size;

    PairCounts(int width) {
        this.width = width;
        keys = new long[16];
        Arrays.fill(keys, EMPTY);
        counts = new int[16 * width];
    }

    /** Adds {@code delta} to counter {@code field} of the key, creating the key (all counters 0) if new. */
    void add(long key, int field, int delta) {
        int s = slotFor(key);   // may grow the arrays: read them after
        counts[s * width + field] += delta;
    }

    /** Counter {@code field} of the key; 0 if the key was never added. */
    int get(long key, int field) {
        int s = find(key);
        return s < 0 ? 0 : counts[s * width + field];
    }

    boolean contains(long key) {
        return find(key) >= 0;
    }

    int size() {
        return size;
    }

    /** Every key added, ascending. */
    long[] sortedKeys() {
        long[] out = new long[size];
        int k = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                out[k++] = key;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int s = hash(key) & mask; ; s = (s + 1) & mask) {
            if (keys[s] == key) {
                return s;
            }
            if (keys[s] == EMPTY) {
                return -1;
            }
        }
    }

    private int slotFor(long key) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int s = hash(key) & mask; ; s = (s + 1) & mask) {
            if (keys[s] == key) {
                return s;
            }
            if (keys[s] == EMPTY) {
                keys[s] = key;
                size++;
                return s;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new int[keys.length * width];
        int mask = keys.length - 1;
        for (int o = 0; o < oldKeys.length; o++) {
            if (oldKeys[o] != EMPTY) {
                int s = hash(oldKeys[o]) & mask;
                while (keys[s] != EMPTY) {
                    s = (s + 1) & mask;
                }
                keys[s] = oldKeys[o];
                System.arraycopy(oldCounts, o * width, counts, s * width, width);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
