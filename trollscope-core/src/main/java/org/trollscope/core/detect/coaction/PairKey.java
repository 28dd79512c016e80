package org.trollscope.core.detect.coaction;

/**
 * An unordered account pair packed in one long: the lower account rank in the high 32 bits, the
 * higher in the low 32 bits. Sorting keys sorts pairs by (a, b). Never 0, since a &lt; b.
 */
public final class PairKey {
    private PairKey() {
    }

    public static long of(int x, int y) {
        return x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    /** The lower account rank. */
    public static int a(long key) {
        return (int) (key >>> 32);
    }

    /** The higher account rank. */
    public static int b(long key) {
        return (int) key;
    }
}
