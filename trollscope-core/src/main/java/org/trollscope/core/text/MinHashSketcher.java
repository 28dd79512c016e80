package org.trollscope.core.text;

import java.util.Arrays;

/**
 * Reduces a shingle set to LSH band hashes with one-permutation MinHash: each shingle hash falls
 * into one of {@code K = bands × rows} bins (by its high 32 bits) and each bin keeps the least low
 * 32 bits; empty bins borrow the value of a non-empty bin found by a seeded probe sequence that is
 * the same for every message ("optimal densification", Shrivastava, ICML 2017), which keeps the
 * probability that two messages agree on a bin equal to their Jaccard similarity. Cost O(|set| + K)
 * per message instead of O(|set| × K) for K independent hash functions (Li, Owen & Zhang, NIPS 2012).
 * Each band's {@code rows} values are combined polynomially and mixed to 32 bits. The low 8 bits of the first
 * {@value #FINGERPRINT} bins form a fingerprint: two messages agree on a byte with probability
 * J + (1 − J)/256, which estimates their similarity cheaply before the exact verification (b-bit
 * MinHash, Li &amp; König, WWW 2010).
 *
 * <p>Not thread-safe (holds a scratch array): one per thread.
 */
final class MinHashSketcher {
    private static final long EMPTY = Long.MAX_VALUE;
    private final int bands;
    private final int rows;
    private final int k;
    private final long seed;
    private final long[] bins;
    private final long[] bandSeeds;
    /** The first probes of each bin's densification sequence, computed once. */
    private final int[][] probes;
    private static final int PRECOMPUTED_PROBES = 16;

    MinHashSketcher(NearDuplicateParameters p) {
        this.bands = p.bands();
        this.rows = p.rows();
        this.k = p.signatureSize();
        this.seed = p.seed();
        this.bins = new long[k];
        this.bandSeeds = new long[bands];
        for (int b = 0; b < bands; b++) {
            bandSeeds[b] = Shingles.mix(seed + b * 0x9e3779b97f4a7c15L);
        }
        this.probes = new int[k][PRECOMPUTED_PROBES];
        for (int bin = 0; bin < k; bin++) {
            for (int a = 0; a < PRECOMPUTED_PROBES; a++) {
                probes[bin][a] = probe(bin, a + 1);
            }
        }
    }

    /** Bins kept, 8 bits each, as a fingerprint for estimating similarity before verification. */
    static final int FINGERPRINT = 64;

    /** Writes the band hashes of a non-empty shingle set into {@code out[0..bands)}. */
    void bandHashes(long[] shingles, int[] out) {
        bandHashes(shingles, out, null, 0);
    }

    /**
     * Writes the band hashes into {@code out[0..bands)} and, if {@code fingerprint} is not null, the
     * low 8 bits of the first {@link #FINGERPRINT} bins (bins repeat cyclically when K is smaller)
     * into {@code fingerprint[offset..offset + FINGERPRINT)}.
     */
    void bandHashes(long[] shingles, int[] out, byte[] fingerprint, int offset) {
        Arrays.fill(bins, EMPTY);
        for (long h : shingles) {
            int bin = (int) (((h >>> 32) * k) >>> 32);
            long v = h & 0xffffffffL;
            if (v < bins[bin]) {
                bins[bin] = v;
            }
        }
        for (int i = 0; i < k; i++) {
            if (bins[i] == EMPTY) {
                bins[i] = borrow(i) | (1L << 40); // marks the value as borrowed (still identical across messages)
            }
        }
        for (int b = 0; b < bands; b++) {
            long h = bandSeeds[b];
            for (int r = 0; r < rows; r++) {
                h = (h + bins[b * rows + r]) * 0x9e3779b97f4a7c15L;
            }
            out[b] = (int) (Shingles.mix(h) >>> 32);
        }
        if (fingerprint != null) {
            for (int i = 0; i < FINGERPRINT; i++) {
                fingerprint[offset + i] = (byte) bins[i % k];
            }
        }
    }

    /** The number of equal fingerprint bytes of two messages. */
    static int agreement(byte[] x, int xOffset, byte[] y, int yOffset) {
        int same = 0;
        for (int i = 0; i < FINGERPRINT; i++) {
            if (x[xOffset + i] == y[yOffset + i]) {
                same++;
            }
        }
        return same;
    }

    private long borrow(int bin) {
        int[] probe = probes[bin];
        for (int j : probe) {
            long v = bins[j];
            if (v != EMPTY && v < (1L << 40)) {
                return v;
            }
        }
        for (int attempt = probe.length + 1; attempt <= 64 * k; attempt++) { // rare: sparse messages
            int j = probe(bin, attempt);
            long v = bins[j];
            if (v != EMPTY && v < (1L << 40)) {
                return v;
            }
        }
        for (int j = 0; j < k; j++) { // practically unreachable; deterministic fallback
            if (bins[j] != EMPTY && bins[j] < (1L << 40)) {
                return bins[j];
            }
        }
        throw new IllegalArgumentException("empty shingle set");
    }

    /** The bin visited by an empty bin's {@code attempt}-th probe: the same for every message. */
    private int probe(int bin, int attempt) {
        long h = Shingles.mix(seed ^ (bin * 0x9e3779b97f4a7c15L + attempt * 0xc2b2ae3d27d4eb4fL));
        return (int) (((h >>> 32) * k) >>> 32);
    }

}
