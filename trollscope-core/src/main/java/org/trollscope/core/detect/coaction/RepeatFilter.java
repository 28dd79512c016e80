package org.trollscope.core.detect.coaction;

/**
 * A two-bitset sketch over hashed pair keys: "seen" and "seen at least twice". A pair that
 * co-acted on two or more objects always lands in a slot marked twice, so pairs whose slot is not
 * marked can be skipped when only pairs with at least two objects are kept; collisions only let
 * extra pairs through, which the exact count then removes. Sketches of workers merge by bitwise
 * operations (order-independent). 2<sup>bits</sup> slots, two bits each.
 */
final class RepeatFilter {
    private final long[] seen;
    private final long[] twice;
    private final int mask;

    RepeatFilter(int bits) {
        int slots = 1 << bits;
        seen = new long[slots >>> 6];
        twice = new long[slots >>> 6];
        mask = slots - 1;
    }

    void add(long pair) {
        int slot = slot(pair);
        int w = slot >>> 6;
        long bit = 1L << slot;
        if ((seen[w] & bit) != 0) {
            twice[w] |= bit;
        } else {
            seen[w] |= bit;
        }
    }

    /** Whether the pair may have been added twice or more. */
    boolean mayRepeat(long pair) {
        int slot = slot(pair);
        return (twice[slot >>> 6] & (1L << slot)) != 0;
    }

    /** Adds another sketch's content into this one. */
    void mergeFrom(RepeatFilter o) {
        for (int w = 0; w < seen.length; w++) {
            twice[w] |= o.twice[w] | (seen[w] & o.seen[w]);
            seen[w] |= o.seen[w];
        }
    }

    private int slot(long pair) {
        long h = pair * 0xC2B2AE3D27D4EB4FL;
        return (int) ((h ^ (h >>> 31)) & mask);
    }
}
