package org.trollscope.core.text;

/**
 * Groups {@code (hash << 32 | message)} keys by hash with a stable two-pass LSD radix sort on the
 * high 32 bits (16 bits a pass): O(n) instead of O(n log n), and, being stable over keys given in
 * message order, it leaves the messages of a bucket in ascending order. Buckets come out in
 * unsigned hash order; only the grouping matters to the caller.
 */
final class KeyGrouping {
    private KeyGrouping() {
    }

    /** Sorts {@code keys[0..n)} by their high 32 bits; {@code scratch} must hold n values. */
    static void byHigh32(long[] keys, int n, long[] scratch) {
        int[] count = new int[1 << 16];
        pass(keys, scratch, n, 32, count);
        pass(scratch, keys, n, 48, count);
    }

    private static void pass(long[] from, long[] to, int n, int shift, int[] count) {
        java.util.Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            count[(int) (from[i] >>> shift) & 0xffff]++;
        }
        int sum = 0;
        for (int d = 0; d < count.length; d++) {
            int c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (int i = 0; i < n; i++) {
            long k = from[i];
            to[count[(int) (k >>> shift) & 0xffff]++] = k;
        }
    }
}
