package org.trollscope.core.text;

import java.util.Arrays;

/**
 * Shingle sets of normalised messages as sorted arrays of distinct 64-bit hashes: overlapping
 * character k-grams (spaces included) for ordinary messages, overlapping word w-grams for long
 * ones. Hash: FNV-1a over the UTF-16 units, seeded, finished with the MurmurHash3 64-bit mixer;
 * with 64 bits, collisions inside a pair of messages are negligible, so the Jaccard similarity of
 * the hash sets is that of the shingle sets.
 */
final class Shingles {
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    static long[] of(String normalised, NearDuplicateParameters p) {
        long[] h = normalised.length() > p.longTextChars() ? words(normalised, p.shingleWords(), p.seed())
                : chars(normalised, p.shingleChars(), p.seed());
        Arrays.sort(h);
        return distinct(h);
    }

    private static long[] chars(String s, int k, long seed) {
        int n = Math.max(1, s.length() - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = seed ^ 0xcbf29ce484222325L;
            int end = Math.min(s.length(), i + k);
            for (int j = i; j < end; j++) {
                h = (h ^ s.charAt(j)) * FNV_PRIME;
            }
            out[i] = mix(h);
        }
        return out;
    }

    private static long[] words(String s, int w, long seed) {
        String[] words = s.split(" ");
        int n = Math.max(1, words.length - w + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = seed ^ 0x84222325cbf29ce4L;
            int end = Math.min(words.length, i + w);
            for (int j = i; j < end; j++) {
                String word = words[j];
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * FNV_PRIME;
                }
                h = (h ^ ' ') * FNV_PRIME;
            }
            out[i] = mix(h);
        }
        return out;
    }

    private static long[] distinct(long[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int m = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return m == sorted.length ? sorted : Arrays.copyOf(sorted, m);
    }

    /** Jaccard similarity of two sorted sets of distinct hashes. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
