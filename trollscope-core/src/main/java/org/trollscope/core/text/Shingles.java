package org.trollscope.core.text;

import java.util.Arrays;

/**
 * Shingle sets of normalised messages as sorted arrays of distinct 64-bit hashes: overlapping
 * character k-grams (spaces included) for ordinary messages, overlapping word w-grams for long
 * ones. Hash: a rolling polynomial hash of the k-gram's UTF-16 units (words: FNV-1a), seeded,
 * finished with the MurmurHash3 64-bit mixer;
 * with 64 bits, collisions inside a pair of messages are negligible, so the Jaccard similarity of
 * the hash sets is that of the shingle sets.
 */
final class Shingles {
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long BASE = 0x9E3779B97F4A7C15L | 1;

    private Shingles() {
    }

    static long[] of(String normalised, NearDuplicateParameters p) {
        long[] h = hashes(normalised, p);
        Arrays.sort(h);
        return distinct(h);
    }

    /** The shingle hashes in text order, repeats included (enough for MinHash, which takes minima). */
    static long[] hashes(String normalised, NearDuplicateParameters p) {
        return normalised.length() > p.longTextChars() ? words(normalised, p.shingleWords(), p.seed())
                : chars(normalised, p.shingleChars(), p.seed());
    }

    /** Polynomial rolling hash of each k-gram (mod 2^64), seeded and mixed. */
    private static long[] chars(String s, int k, long seed) {
        int len = s.length();
        if (len <= k) {
            long h = 0;
            for (int j = 0; j < len; j++) {
                h = h * BASE + s.charAt(j);
            }
            return new long[] {mix(h ^ seed)};
        }
        long top = 1; // BASE^(k-1)
        for (int j = 1; j < k; j++) {
            top *= BASE;
        }
        long[] out = new long[len - k + 1];
        long h = 0;
        for (int j = 0; j < k; j++) {
            h = h * BASE + s.charAt(j);
        }
        out[0] = mix(h ^ seed);
        for (int i = 1; i < out.length; i++) {
            h = (h - s.charAt(i - 1) * top) * BASE + s.charAt(i + k - 1);
            out[i] = mix(h ^ seed);
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
