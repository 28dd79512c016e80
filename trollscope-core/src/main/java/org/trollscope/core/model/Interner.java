package org.trollscope.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact, append-only dictionary from (scope, UTF-8 string) to a dense int id.
 *
 * <p>Ids of accounts, targets and actions are encoded once and the hot arrays hold only ints. The
 * strings live as UTF-8 bytes in one growing byte pool (no {@code String} object per entry), and
 * lookup is open addressing over an int table, so an entry costs its bytes plus about 20 bytes; a
 * {@code HashMap<String,Integer>} costs about 100. The scope lets one dictionary hold ids from
 * several platforms without mixing them: {@code ("telegram", "42")} and {@code ("vk", "42")}
 * are different entries.
 *
 * <p>Not thread-safe; ids are assigned in first-seen order, so the same input order gives the
 * same ids.
 */
public final class Interner {
    private static final int EMPTY = -1;
    /** The longest entry accepted, in UTF-8 bytes. */
    public static final int MAX_ENTRY_BYTES = BytePool.CHUNK;

    private final BytePool pool = new BytePool();
    private long[] offsets = new long[64];
    private int[] lengths = new int[64];
    private int[] scopes = new int[64];
    private int[] hashes = new int[64];
    private int size;
    private int[] table = newTable(128);

    private static int[] newTable(int capacity) {
        int[] t = new int[capacity];
        Arrays.fill(t, EMPTY);
        return t;
    }

    /** The number of distinct entries. */
    public int size() {
        return size;
    }

    /** Interns {@code text} in scope 0. */
    public int intern(String text) {
        return intern(0, text);
    }

    public int intern(int scope, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return intern(scope, b, 0, b.length);
    }

    /**
     * Returns the id of the given UTF-8 bytes in the given scope, adding them if new. Callers that
     * need to know whether the entry was new compare {@link #size()} before and after.
     *
     * @throws IllegalArgumentException if the entry is longer than {@link #MAX_ENTRY_BYTES}
     */
    public int intern(int scope, byte[] bytes, int offset, int length) {
        int h = hash(scope, bytes, offset, length);
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            int id = table[slot];
            if (id == EMPTY) {
                break;
            }
            if (hashes[id] == h && scopes[id] == scope && equalsEntry(id, bytes, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = append(scope, h, bytes, offset, length);
        table[slot] = id;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        }
        return id;
    }

    /** Returns the id of the entry, or -1 when absent. */
    public int find(int scope, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int h = hash(scope, b, 0, b.length);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id == EMPTY) {
                return -1;
            }
            if (hashes[id] == h && scopes[id] == scope && equalsEntry(id, b, 0, b.length)) {
                return id;
            }
        }
    }

    public int find(String text) {
        return find(0, text);
    }

    /** The entry's text. */
    public String get(int id) {
        checkId(id);
        return pool.string(offsets[id], lengths[id]);
    }

    /** The entry's scope. */
    public int scope(int id) {
        checkId(id);
        return scopes[id];
    }

    /** Bytes held, for memory reports. */
    public long bytesUsed() {
        long b = pool.bytesUsed();
        return b + (8L + 4 + 4 + 4) * offsets.length + 4L * table.length;
    }

    private void checkId(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no entry " + id + " (size " + size + ")");
        }
    }

    private boolean equalsEntry(int id, byte[] bytes, int offset, int length) {
        if (lengths[id] != length) {
            return false;
        }
        return pool.equalsAt(offsets[id], length, bytes, offset);
    }

    private int append(int scope, int h, byte[] bytes, int offset, int length) {
        if (length > MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("identifier of " + length + " bytes exceeds " + MAX_ENTRY_BYTES);
        }
        if (size == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("dictionary is full");
        }
        if (size >= offsets.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8L, offsets.length * 2L);
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            scopes = Arrays.copyOf(scopes, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        long start = pool.append(bytes, offset, length);
        int id = size++;
        offsets[id] = start;
        lengths[id] = length;
        scopes[id] = scope;
        hashes[id] = h;
        return id;
    }

    private void rehash(int capacity) {
        int[] t = newTable(capacity);
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (t[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            t[slot] = id;
        }
        table = t;
    }

    private static int hash(int scope, byte[] b, int off, int len) {
        // FNV-1a over the bytes, then a murmur finaliser so that linear probing spreads well
        int h = 0x811c9dc5 ^ scope * 0x9E3779B9;
        for (int i = off, end = off + len; i < end; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
