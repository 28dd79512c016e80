package org.trollscope.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.trollscope.core.ProgressListener;

/**
 * Finds pairs of near-duplicate messages: normalise ({@link TextNormalizer}), shingle
 * ({@link Shingles}), sketch with one-permutation MinHash and LSH banding ({@link MinHashSketcher};
 * Broder, 1997; Indyk &amp; Motwani, 1998), pair the messages that share a band bucket, then verify
 * every candidate by the exact Jaccard similarity of the shingle sets against the threshold.
 *
 * <p>Three passes: (1) sketch: every message is normalised and reduced to {@code bands} 32-bit band
 * hashes and a 64-byte fingerprint (memory: 4 × bands + 65 bytes a message, no texts kept); (2)
 * candidates: per band, (hash, message) keys are grouped by a radix sort and every pair inside a bucket is considered
 * once, in the first band where it collides; it becomes a candidate if the fingerprints agree on at
 * least half the bytes expected at the threshold (a cheap similarity estimate that drops most
 * chance collisions) and the {@link CandidateFilter} keeps it; (3) verify: candidates are processed in
 * blocks of {@value #BLOCK} pairs, the messages of a block are read again from the source and
 * shingled, and pairs at or above the threshold are kept. Cost: O(Σ message length) for sketching,
 * O(bands × n + Σ bucket size²) for candidates, O(candidates × shingles) for verification.
 * A text copied k times yields k(k−1)/2 pairs, as it must for pair output.
 *
 * <p>Threads share the passes by chunks and write to disjoint slots; candidates are sorted before
 * verification, so the result does not depend on the number of threads.
 */
public final class NearDuplicateFinder {
    static final int BLOCK = 1 << 16;
    private static final int FINGERPRINT_CHUNK_BITS = 20;
    private static final int CHUNK = 4096;
    /** Buckets up to this size are paired exhaustively even when the filter bounds the span. */
    private static final int SMALL_BUCKET = 64;

    private final TextNormalizer normalizer;
    private final NearDuplicateParameters parameters;
    private final int threads;
    private final int minAgreement;

    public NearDuplicateFinder(TextNormalizer normalizer, NearDuplicateParameters parameters, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        this.normalizer = normalizer;
        this.parameters = parameters;
        this.threads = threads;
        // half the agreement expected at the threshold: a pair at the threshold falls below it with
        // probability ~1e-4 (binomial, 64 draws), a pair at a tenth of the threshold passes rarely
        this.minAgreement = (int) Math.floor(MinHashSketcher.FINGERPRINT * parameters.threshold() / 2);
    }

    public NearDuplicateParameters parameters() {
        return parameters;
    }

    public NearDuplicatePairs find(TextSource source, CandidateFilter filter, ProgressListener progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "near-duplicates");
            t.setDaemon(true);
            return t;
        });
        try {
            int n = source.size();
            int[][] bandHash = new int[parameters.bands()][n];
            byte[][] fingerprints = new byte[(n >> FINGERPRINT_CHUNK_BITS) + 1][];
            for (int c = 0; c < fingerprints.length; c++) {
                int rows = Math.min(n - (c << FINGERPRINT_CHUNK_BITS), 1 << FINGERPRINT_CHUNK_BITS);
                fingerprints[c] = new byte[rows * MinHashSketcher.FINGERPRINT];
            }
            boolean[] compared = new boolean[n];
            progress.start("sketching messages", n);
            sketch(pool, source, bandHash, fingerprints, compared, progress);
            progress.finish();
            int comparedCount = 0;
            for (boolean c : compared) {
                comparedCount += c ? 1 : 0;
            }
            progress.start("pairing band buckets", parameters.bands());
            long[] collisions = new long[parameters.bands()];
            long[] candidates = candidates(pool, bandHash, fingerprints, compared, comparedCount, filter, collisions, progress);
            progress.finish();
            bandHash = null; // the largest arrays are no longer needed during verification
            fingerprints = null;
            progress.start("verifying candidates", candidates.length);
            NearDuplicatePairs pairs = verify(pool, source, candidates, n, comparedCount, Arrays.stream(collisions).sum(), progress);
            progress.finish();
            return pairs;
        } finally {
            pool.shutdownNow();
        }
    }

    private void sketch(ExecutorService pool, TextSource source, int[][] bandHash, byte[][] fingerprints,
                        boolean[] compared, ProgressListener progress) {
        int n = source.size();
        AtomicInteger next = new AtomicInteger();
        runOnAll(pool, () -> {
            MinHashSketcher sketcher = new MinHashSketcher(parameters);
            int[] bands = new int[parameters.bands()];
            for (int start; (start = next.getAndAdd(CHUNK)) < n; ) {
                int end = Math.min(n, start + CHUNK);
                for (int i = start; i < end; i++) {
                    long[] shingles = shingleHashes(source, i);
                    if (shingles == null) {
                        continue;
                    }
                    sketcher.bandHashes(shingles, bands, fingerprints[i >> FINGERPRINT_CHUNK_BITS], fingerprintOffset(i));
                    for (int b = 0; b < bands.length; b++) {
                        bandHash[b][i] = bands[b];
                    }
                    compared[i] = true;
                }
                progress.advance(end - start);
            }
        });
    }

    /** The shingle hashes of a message in text order, or {@code null} when it is missing or too short. */
    private long[] shingleHashes(TextSource source, int i) {
        String text = source.text(i);
        if (text == null) {
            return null;
        }
        String normalised = normalizer.normalize(text);
        return normalised.length() < parameters.minLength() ? null : Shingles.hashes(normalised, parameters);
    }

    /**
     * The exact Jaccard similarity of two texts' shingle sets, as verification computes it; NaN when
     * either is missing or shorter than the minimum length. For showing a pair, not for searching.
     */
    public double similarity(String a, String b) {
        long[] x = shingles(TextSource.of(java.util.Collections.singletonList(a)), 0);
        long[] y = shingles(TextSource.of(java.util.Collections.singletonList(b)), 0);
        return x == null || y == null ? Double.NaN : Shingles.jaccard(x, y);
    }

    /** The shingle set of a message, or {@code null} when it is missing or shorter than the minimum length. */
    long[] shingles(TextSource source, int i) {
        String text = source.text(i);
        if (text == null) {
            return null;
        }
        String normalised = normalizer.normalize(text);
        if (normalised.length() < parameters.minLength()) {
            return null;
        }
        return Shingles.of(normalised, parameters);
    }

    private static int fingerprintOffset(int i) {
        return (i & ((1 << FINGERPRINT_CHUNK_BITS) - 1)) * MinHashSketcher.FINGERPRINT;
    }

    private boolean similarEnough(byte[][] fingerprints, int a, int b) {
        return MinHashSketcher.agreement(fingerprints[a >> FINGERPRINT_CHUNK_BITS], fingerprintOffset(a),
                fingerprints[b >> FINGERPRINT_CHUNK_BITS], fingerprintOffset(b)) >= minAgreement;
    }

    private long[] candidates(ExecutorService pool, int[][] bandHash, byte[][] fingerprints, boolean[] compared,
                              int comparedCount, CandidateFilter filter, long[] collisions, ProgressListener progress) {
        int bands = bandHash.length;
        long span = filter.span();
        LongList[] perBand = new LongList[bands];
        AtomicInteger next = new AtomicInteger();
        runOnAll(pool, () -> {
            long[] keys = new long[comparedCount];
            long[] scratch = new long[comparedCount];
            int[] members = new int[0];
            long[] positions = new long[0];
            int[] sortScratch = new int[0];
            for (int band; (band = next.getAndIncrement()) < bands; ) {
                int[] hashes = bandHash[band];
                int m = 0;
                for (int i = 0; i < compared.length; i++) {
                    if (compared[i]) {
                        keys[m++] = ((long) hashes[i] << 32) | i;
                    }
                }
                KeyGrouping.byHigh32(keys, m, scratch);
                LongList out = new LongList(1024);
                long collided = 0;
                for (int s = 0; s < m; ) {
                    int e = s + 1;
                    while (e < m && (keys[e] >>> 32) == (keys[s] >>> 32)) {
                        e++;
                    }
                    if (span == Long.MAX_VALUE || e - s <= SMALL_BUCKET) {
                        for (int x = s; x < e; x++) {
                            int a = (int) keys[x];
                            for (int y = x + 1; y < e; y++) {
                                collided += consider(bandHash, fingerprints, filter, band, a, (int) keys[y], out);
                            }
                        }
                    } else {
                        // a large bucket (a text repeated often) with a bounded span: only pairs within
                        // the span of each other, found in order of position
                        int k = e - s;
                        if (members.length < k) {
                            members = new int[Math.max(k, 2 * members.length)];
                            positions = new long[members.length];
                            sortScratch = new int[members.length];
                        }
                        for (int x = 0; x < k; x++) {
                            members[x] = (int) keys[s + x];
                            positions[x] = filter.position(members[x]);
                        }
                        sortByPosition(members, positions, sortScratch, k);
                        for (int x = 0; x < k; x++) {
                            for (int y = x + 1; y < k && positions[y] - positions[x] <= span; y++) {
                                int a = Math.min(members[x], members[y]);
                                int b = Math.max(members[x], members[y]);
                                collided += consider(bandHash, fingerprints, filter, band, a, b, out);
                            }
                        }
                    }
                    s = e;
                }
                perBand[band] = out;
                collisions[band] = collided;
                progress.advance(1);
            }
        });
        long total = 0;
        for (LongList l : perBand) {
            total += l.size();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(total + " candidate pairs: too many for one pass; raise rows or the minimum length");
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (LongList l : perBand) {
            for (int i = 0; i < l.size(); i++) {
                all[at++] = l.get(i);
            }
        }
        Arrays.parallelSort(all);
        return all;
    }

    /**
     * Pair {@code a < b} of a bucket of {@code band}: counted (1 returned) only in the first band
     * where the two collide, and a candidate if their fingerprints agree enough and the filter keeps it.
     */
    private int consider(int[][] bandHash, byte[][] fingerprints, CandidateFilter filter, int band, int a, int b,
                         LongList out) {
        if (firstSharedBand(bandHash, a, b) != band) {
            return 0;
        }
        if (similarEnough(fingerprints, a, b) && filter.keep(a, b)) {
            out.add(((long) a << 32) | b);
        }
        return 1;
    }

    /**
     * Sorts {@code members[0..k)} and {@code positions[0..k)} together by position, then member
     * (a stable merge sort of indices; {@code scratch} holds at least k).
     */
    static void sortByPosition(int[] members, long[] positions, int[] scratch, int k) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        int[] from = order;
        int[] to = scratch;
        for (int width = 1; width < k; width *= 2) {
            for (int lo = 0; lo < k; lo += 2 * width) {
                int mid = Math.min(k, lo + width);
                int hi = Math.min(k, lo + 2 * width);
                int i = lo;
                int j = mid;
                for (int o = lo; o < hi; o++) {
                    if (j >= hi || (i < mid && !after(positions, members, from[i], from[j]))) {
                        to[o] = from[i++];
                    } else {
                        to[o] = from[j++];
                    }
                }
            }
            int[] t = from;
            from = to;
            to = t;
        }
        int[] m = new int[k];
        long[] p = new long[k];
        for (int i = 0; i < k; i++) {
            m[i] = members[from[i]];
            p[i] = positions[from[i]];
        }
        System.arraycopy(m, 0, members, 0, k);
        System.arraycopy(p, 0, positions, 0, k);
    }

    private static boolean after(long[] positions, int[] members, int x, int y) {
        return positions[x] > positions[y] || (positions[x] == positions[y] && members[x] > members[y]);
    }

    private static int firstSharedBand(int[][] bandHash, int a, int b) {
        for (int band = 0; ; band++) {
            if (bandHash[band][a] == bandHash[band][b]) {
                return band;
            }
        }
    }

    private NearDuplicatePairs verify(ExecutorService pool, TextSource source, long[] candidates, int n,
                                      int comparedCount, long collisions, ProgressListener progress) {
        LongList kept = new LongList(1024);
        float[] keptSim = new float[1024];
        for (int from = 0; from < candidates.length; from += BLOCK) {
            int to = Math.min(candidates.length, from + BLOCK);
            long[] docs = new long[2 * (to - from)];
            for (int i = from; i < to; i++) {
                docs[2 * (i - from)] = candidates[i] >>> 32;
                docs[2 * (i - from) + 1] = (int) candidates[i];
            }
            Arrays.sort(docs);
            int d = 0;
            for (int i = 0; i < docs.length; i++) {
                if (i == 0 || docs[i] != docs[i - 1]) {
                    docs[d++] = docs[i];
                }
            }
            long[] unique = Arrays.copyOf(docs, d);
            long[][] sets = new long[d][];
            parallelFor(pool, d, i -> sets[i] = shingles(source, (int) unique[i]));
            int blockFrom = from;
            double[] sim = new double[to - from];
            parallelFor(pool, to - from, i -> {
                long pair = candidates[blockFrom + i];
                long[] sa = sets[Arrays.binarySearch(unique, pair >>> 32)];
                long[] sb = sets[Arrays.binarySearch(unique, (int) pair)];
                int small = Math.min(sa.length, sb.length);
                int large = Math.max(sa.length, sb.length);
                // Jaccard ≤ |small| / |large|: skip the merge when that bound is below the threshold
                sim[i] = (double) small / large < parameters.threshold() ? -1 : Shingles.jaccard(sa, sb);
            });
            for (int i = 0; i < sim.length; i++) {
                if (sim[i] >= parameters.threshold()) {
                    if (kept.size() == keptSim.length) {
                        keptSim = Arrays.copyOf(keptSim, keptSim.length * 2);
                    }
                    keptSim[kept.size()] = (float) sim[i];
                    kept.add(candidates[from + i]);
                }
            }
            progress.advance(to - from);
        }
        int m = kept.size();
        int[] a = new int[m];
        int[] b = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = (int) (kept.get(i) >>> 32);
            b[i] = (int) kept.get(i);
        }
        return new NearDuplicatePairs(a, b, Arrays.copyOf(keptSim, m), n, comparedCount, collisions, candidates.length);
    }

    private void parallelFor(ExecutorService pool, int count, IntConsumer body) {
        AtomicInteger next = new AtomicInteger();
        int chunk = 256;
        runOnAll(pool, () -> {
            for (int start; (start = next.getAndAdd(chunk)) < count; ) {
                int end = Math.min(count, start + chunk);
                for (int i = start; i < end; i++) {
                    body.accept(i);
                }
            }
        });
    }

    private void runOnAll(ExecutorService pool, Runnable work) {
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(work));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
