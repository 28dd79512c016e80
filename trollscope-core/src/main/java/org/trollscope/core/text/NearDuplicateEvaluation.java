package org.trollscope.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

/**
 * Precision and recall of near-duplicate detection on a {@link GeneratedCorpus}: a pair is relevant
 * when it was planted (same group), every other pair of the corpus is a negative.
 *
 * <p>{@link #curve} measures the verification step alone, as a function of the threshold: the exact
 * Jaccard similarity of every pair of a small corpus (O(n²) pairs: keep n in the low thousands).
 * {@link #of} measures a whole search (LSH recall losses included) against the planted pairs.
 */
public final class NearDuplicateEvaluation {
    /** Precision and recall at one threshold. */
    public record Point(double threshold, double precision, double recall, long truePositives, long falsePositives) {
    }

    private NearDuplicateEvaluation() {
    }

    /** Precision/recall over all pairs of {@code corpus} for each threshold, from exact Jaccard similarities. */
    public static List<Point> curve(GeneratedCorpus corpus, NearDuplicateFinder finder, double[] thresholds) {
        int n = corpus.size();
        long[][] sets = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> sets[i] = finder.shingles(corpus, i));
        int t = thresholds.length;
        AtomicLongArray tp = new AtomicLongArray(t);
        AtomicLongArray fp = new AtomicLongArray(t);
        IntStream.range(0, n).parallel().forEach(a -> {
            long[] localTp = new long[t];
            long[] localFp = new long[t];
            for (int b = a + 1; b < n; b++) {
                boolean relevant = corpus.planted(a, b);
                double j = sets[a] == null || sets[b] == null ? 0 : Shingles.jaccard(sets[a], sets[b]);
                for (int k = 0; k < t; k++) {
                    if (j >= thresholds[k]) {
                        if (relevant) {
                            localTp[k]++;
                        } else {
                            localFp[k]++;
                        }
                    }
                }
            }
            for (int k = 0; k < t; k++) {
                tp.addAndGet(k, localTp[k]);
                fp.addAndGet(k, localFp[k]);
            }
        });
        long relevant = corpus.plantedPairs();
        List<Point> out = new ArrayList<>(t);
        for (int k = 0; k < t; k++) {
            out.add(point(thresholds[k], tp.get(k), fp.get(k), relevant));
        }
        return out;
    }

    /** Precision/recall of pairs found by a search of {@code corpus}. */
    public static Point of(NearDuplicatePairs found, GeneratedCorpus corpus, double threshold) {
        long tp = 0;
        for (int i = 0; i < found.size(); i++) {
            if (corpus.planted(found.a()[i], found.b()[i])) {
                tp++;
            }
        }
        return point(threshold, tp, found.size() - tp, corpus.plantedPairs());
    }

    private static Point point(double threshold, long tp, long fp, long relevant) {
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = relevant == 0 ? 1 : (double) tp / relevant;
        return new Point(threshold, precision, recall, tp, fp);
    }
}
