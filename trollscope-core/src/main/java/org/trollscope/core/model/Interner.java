package org.trollscope.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact, append-only dictionary from (scope, UTF-8 string) to a dense int id.
 *
 * <p>Ids of accounts, targets and actions are encoded once and the hot arrays hold only ints. The
 * strings live as UTF-8 bytes in one growing byte pool (no {@code String} object per entry), and
 * lookup is linear probing over a table of longs that hold each entry's 32-bit hash next to its id,
 * so a probe that misses never leaves the table and a hit reads one 16-byte entry record (pool
 * offset, scope, length) and the bytes: at most four cache misses however large the dictionary.
 * An entry costs its bytes plus 16 bytes and 16-32 bytes of table; a
 * {@code HashMap<String,Integer>} costs about 100. The scope lets one dictionary hold ids from
 * several platforms without mixing them: {@code ("telegram", "42")} and {@code ("vk", "42")}
 * are different entries.
 *
 * <p>Not thread-safe; ids are assigned in first-seen order, so the same input order gives the
 * same ids.
 */
public final class Interner {
    /** The longest entry accepted, in UTF-8 bytes. */
    public static final int MAX_ENTRY_BYTES = BytePool.CHUNK;

    private final BytePool pool = new BytePool();
    /** Per entry: {@code [2*id]} = pool offset, {@code [2*id+1]} = scope << 32 | length. */
    private long[] entries = new long[128];
    private int size;
    /** Slot = 0 (empty) or hash << 32 | (id + 1). */
    private long[] table = new long[128];

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
        return intern(scope, bytes, offset, length, hash(scope, bytes, offset, length));
    }

    /**
     * {@link #intern(int, byte[], int, int)} with the entry's {@link #hash} computed beforehand (by a
     * batch reader that {@linkplain #touchSlot touched} the table first).
     */
    public int intern(int scope, byte[] bytes, int offset, int length, int h) {
        long[] t = table;
        int mask = t.length - 1;
        int slot = h & mask;
        long meta = (long) scope << 32 | length;
        while (true) {
            long e = t[slot];
            if (e == 0) {
                break;
            }
            if ((int) (e >>> 32) == h) {
                int id = (int) e - 1;
                if (entries[2 * id + 1] == meta && pool.equalsAt(entries[2 * id], length, bytes, offset)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        int id = append(meta, bytes, offset, length);
        t[slot] = (long) h << 32 | (id + 1L);
        if (size * 2 > t.length) {
            rehash(t.length * 2);
        }
        return id;
    }

    /**
     * Loads the table slot where an entry with this hash would sit, so that a following
     * {@link #intern} finds it in cache. Readers call this for a batch of rows before interning
     * them: the loads of different rows overlap in the memory system instead of waiting one after
     * another. Has no effect on the contents; the returned value only keeps the load alive.
     */
    public int touchSlot(int h) {
        long[] t = table;
        return (int) t[h & (t.length - 1)];
    }

    /** Like {@link #touchSlot}, one step further: loads the entry record and bytes of the first candidate. */
    public int touchEntry(int h) {
        long[] t = table;
        long e = t[h & (t.length - 1)];
        if (e == 0 || (int) (e >>> 32) != h) {
            return 0;
        }
        int id = (int) e - 1;
        return (int) entries[2 * id + 1] + pool.byteAt(entries[2 * id]);
    }

    /** Returns the id of the entry, or -1 when absent. */
    public int find(int scope, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int h = hash(scope, b, 0, b.length);
        int mask = table.length - 1;
        long meta = (long) scope << 32 | b.length;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h) {
                int id = (int) e - 1;
                if (entries[2 * id + 1] == meta && pool.equalsAt(entries[2 * id], b.length, b, 0)) {
                    return id;
                }
            }
        }
    }

    public int find(String text) {
        return find(0, text);
    }

    /** The entry's text. */
    public String get(int id) {
        checkId(id);
        return pool.string(entries[2 * id], (int) entries[2 * id + 1]);
    }

    /** The entry's scope. */
    public int scope(int id) {
        checkId(id);
        return (int) (entries[2 * id + 1] >>> 32);
    }

    /** Bytes held, for memory reports. */
    public long bytesUsed() {
        return pool.bytesUsed() + 8L * entries.length + 8L * table.length;
    }

    private void checkId(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no entry " + id + " (size " + size + ")");
        }
    }

    private int append(long meta, byte[] bytes, int offset, int length) {
        if (length > MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("identifier of " + length + " bytes exceeds " + MAX_ENTRY_BYTES);
        }
        if (size == (Integer.MAX_VALUE - 8) / 2) {
            throw new IllegalStateException("dictionary is full");
        }
        if (2 * size + 1 >= entries.length) {
            int n = (int) Math.min(Integer.MAX_VALUE - 8L, entries.length * 2L);
            entries = Arrays.copyOf(entries, n);
        }
        long start = pool.append(bytes, offset, length);
        int id = size++;
        entries[2 * id] = start;
        entries[2 * id + 1] = meta;
        return id;
    }

    private void rehash(int capacity) {
        long[] t = new long[capacity];
        int mask = capacity - 1;
        for (long e : table) {
            if (e == 0) {
                continue;
            }
            int slot = (int) (e >>> 32) & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = e;
        }
        table = t;
    }

    /** The hash {@link #intern} uses for these bytes in this scope. */
    public static int hash(int scope, byte[] b, int off, int len) {
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
