package org.trollscope.io.read;

import java.util.Arrays;
import org.trollscope.core.model.ActionType;

/**
 * Checked rows waiting to be interned: each row's type, time and the bytes of its id and list
 * fields, copied out of the parser's buffer so that parsing can go on (possibly on another thread)
 * while the batch is committed.
 */
final class RowBatch {
    static final int CAPACITY = 256;
    static final int S_ID = 0;
    static final int S_ACCOUNT = 1;
    static final int S_TARGET = 2;
    static final int S_TARGET_ACCOUNT = 3;
    static final int S_TEXT = 4;
    static final int S_URLS = 5;
    static final int S_HASHTAGS = 6;
    static final int S_MEDIA = 7;
    static final int S_USERNAME = 8;
    static final int S_PLATFORM = 9;
    static final int SLOTS = 10;

    byte[] data = new byte[1 << 16];
    int used;
    final int[] off = new int[CAPACITY * SLOTS];
    final int[] len = new int[CAPACITY * SLOTS];
    final ActionType[] types = new ActionType[CAPACITY];
    final long[] times = new long[CAPACITY];
    final int[] platforms = new int[CAPACITY];
    /** Per row: the dictionary hashes of account, target, target account and action id. */
    final int[] hashes = new int[4 * CAPACITY];
    /** Per row, filled by {@link ActionBinder#resolve}: target id or -1, action id or -1, whether the action id repeats. */
    final int[] targetIds = new int[CAPACITY];
    final int[] actionIds = new int[CAPACITY];
    final boolean[] repeated = new boolean[CAPACITY];
    boolean resolved;
    int size;

    boolean full() {
        return size == CAPACITY;
    }

    void clear() {
        size = 0;
        used = 0;
        resolved = false;
    }

    /** Copies a field's bytes into the batch (length 0 when absent or empty). */
    void copy(Fields f, int field, int slot) {
        if (f.isEmpty(field)) {
            off[slot] = 0;
            len[slot] = 0;
            return;
        }
        int n = f.length(field);
        if (used + n > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, used + n));
        }
        System.arraycopy(f.array(field), f.start(field), data, used, n);
        off[slot] = used;
        len[slot] = n;
        used += n;
    }
}
