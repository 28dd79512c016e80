package org.trollscope.core.model;

import java.util.Arrays;

/** A list of small int lists (one per row), stored as offsets into one values array (CSR). */
final class IntLists {
    private static final int[] EMPTY = new int[0];
    private int[] start = new int[17];
    private int[] values = new int[16];
    private int rows;
    private int used;

    /** Adds a row holding {@code values[0..count)}. */
    void add(int[] v, int count) {
        if (rows + 2 > start.length) {
            start = Arrays.copyOf(start, (int) Math.min(Integer.MAX_VALUE - 8L, start.length * 2L));
        }
        if (used + count > values.length) {
            long n = Math.max((long) used + count, values.length * 2L);
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2^31 list entries");
            }
            values = Arrays.copyOf(values, (int) n);
        }
        System.arraycopy(v, 0, values, used, count);
        used += count;
        rows++;
        start[rows] = used;
    }

    int[] get(int row) {
        int s = start[row];
        int e = start[row + 1];
        return s == e ? EMPTY : Arrays.copyOfRange(values, s, e);
    }

    IntLists trimmed() {
        start = Arrays.copyOf(start, rows + 1);
        values = Arrays.copyOf(values, used);
        return this;
    }

    long bytesUsed() {
        return 4L * start.length + 4L * values.length;
    }
}
