package org.trollscope.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Append-only storage of byte strings in 4 MiB chunks, addressed by a long position. No entry
 * crosses a chunk, so a read is one array copy; the pool can hold far more than 2 GiB.
 */
final class BytePool {
    static final int CHUNK_BITS = 22;
    static final int CHUNK = 1 << CHUNK_BITS;

    private byte[][] chunks = new byte[4][];
    private long size;

    /** Appends the bytes and returns their position. */
    long append(byte[] bytes, int offset, int length) {
        if (length > CHUNK) {
            throw new IllegalArgumentException("entry of " + length + " bytes exceeds " + CHUNK);
        }
        int chunk = (int) (size >>> CHUNK_BITS);
        int pos = (int) (size & (CHUNK - 1));
        if (pos + length > CHUNK) { // start the entry in a fresh chunk
            chunk++;
            pos = 0;
        }
        if (chunk >= chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        byte[] c = chunks[chunk];
        if (c == null || c.length < pos + length) {
            // the first chunk grows gradually so that small pools stay small
            int n = chunk == 0
                    ? Math.min(CHUNK, Math.max(pos + length, Math.max(256, c == null ? 0 : c.length * 2)))
                    : CHUNK;
            c = c == null ? new byte[n] : Arrays.copyOf(c, n);
            chunks[chunk] = c;
        }
        System.arraycopy(bytes, offset, c, pos, length);
        long start = ((long) chunk << CHUNK_BITS) | pos;
        size = start + length;
        return start;
    }

    boolean equalsAt(long start, int length, byte[] bytes, int offset) {
        int pos = (int) (start & (CHUNK - 1));
        return Arrays.equals(chunks[(int) (start >>> CHUNK_BITS)], pos, pos + length, bytes, offset, offset + length);
    }

    byte byteAt(long position) {
        return chunks[(int) (position >>> CHUNK_BITS)][(int) (position & (CHUNK - 1))];
    }

    String string(long start, int length) {
        return new String(chunks[(int) (start >>> CHUNK_BITS)], (int) (start & (CHUNK - 1)), length,
                StandardCharsets.UTF_8);
    }

    long bytesUsed() {
        long b = 8L * chunks.length;
        for (byte[] c : chunks) {
            b += c == null ? 0 : c.length;
        }
        return b;
    }
}
