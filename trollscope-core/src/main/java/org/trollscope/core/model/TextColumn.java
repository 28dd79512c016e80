package org.trollscope.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Optional free text per row (post texts, bios), kept as UTF-8 in a {@link BytePool} rather than
 * as one {@code String} per row, so that texts stay off the hot arrays and cost their bytes plus
 * 12 bytes a row. Texts longer than the pool's chunk (4 MiB) are refused, not cut.
 */
public final class TextColumn {
    private final BytePool pool = new BytePool();
    private long[] starts = new long[16];
    private int[] lengths = new int[16]; // -1 = no text
    private int size;

    /** Appends a text (or {@code null} for none) and returns its row. */
    public int add(String text) {
        if (text == null) {
            return addNone();
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return add(b, 0, b.length);
    }

    public int add(byte[] bytes, int offset, int length) {
        grow();
        starts[size] = pool.append(bytes, offset, length);
        lengths[size] = length;
        return size++;
    }

    public int addNone() {
        grow();
        lengths[size] = -1;
        return size++;
    }

    public int size() {
        return size;
    }

    /** The text of a row, or {@code null}. */
    public String get(int row) {
        int len = lengths[row];
        return len < 0 ? null : pool.string(starts[row], len);
    }

    public boolean has(int row) {
        return lengths[row] >= 0;
    }

    long bytesUsed() {
        return pool.bytesUsed() + 12L * starts.length;
    }

    void trim() {
        starts = Arrays.copyOf(starts, size);
        lengths = Arrays.copyOf(lengths, size);
    }

    private void grow() {
        if (size == starts.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8L, starts.length * 2L);
            starts = Arrays.copyOf(starts, n);
            lengths = Arrays.copyOf(lengths, n);
        }
    }
}
