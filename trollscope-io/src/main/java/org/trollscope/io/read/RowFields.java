package org.trollscope.io.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Fields of a record decoded from a structured format (JSON, Parquet), copied into one scratch array. */
final class RowFields implements Fields {
    private byte[] data = new byte[1024];
    private final int[] starts;
    private final int[] ends;
    private int used;

    RowFields(int count) {
        starts = new int[count];
        ends = new int[count];
    }

    void clear() {
        used = 0;
        Arrays.fill(starts, 0);
        Arrays.fill(ends, 0);
    }

    void set(int field, String value) {
        if (value == null) {
            starts[field] = 0;
            ends[field] = 0;
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        if (used + b.length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + b.length));
        }
        System.arraycopy(b, 0, data, used, b.length);
        starts[field] = used;
        used += b.length;
        ends[field] = used;
    }

    @Override
    public int count() {
        return starts.length;
    }

    @Override
    public byte[] array(int field) {
        return data;
    }

    @Override
    public int start(int field) {
        return starts[field];
    }

    @Override
    public int end(int field) {
        return ends[field];
    }
}
