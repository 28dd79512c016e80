package org.trollscope.core.text;

import java.util.Arrays;

/** A growable array of primitive longs. */
final class LongList {
    private long[] values;
    private int size;

    LongList(int capacity) {
        values = new long[Math.max(capacity, 4)];
    }

    void add(long v) {
        if (size == values.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8L, values.length * 2L);
            if (n == size) {
                throw new IllegalStateException("more than " + n + " values");
            }
            values = Arrays.copyOf(values, n);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    long get(int i) {
        return values[i];
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
