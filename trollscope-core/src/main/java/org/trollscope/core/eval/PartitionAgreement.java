package org.trollscope.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement between two partitions of the same items, each given as one cluster label per item.
 * The adjusted Rand index (Hubert and Arabie, "Comparing partitions", J. Classification 2, 1985) is 1
 * for identical partitions and about 0 for independent ones; when both partitions are trivial in
 * the same way (all singletons, or all in one cluster) it is 1 by convention, as in scikit-learn.
 * Purity is the share of items that belong to the most common true class of their predicted cluster.
 * Cost O(n) with hash maps; the sums are exact (integer counts), so the results do not depend on
 * iteration order.
 */
public final class PartitionAgreement {
    private PartitionAgreement() {
    }

    /** Adjusted Rand index of {@code predicted} against {@code truth}; both lists hold one label per item. */
    public static double adjustedRandIndex(List<String> truth, List<String> predicted) {
        check(truth, predicted);
        long n = truth.size();
        if (n < 2) {
            return 1.0;
        }
        Map<String, Long> a = new HashMap<>();
        Map<String, Long> b = new HashMap<>();
        Map<String, Long> ab = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String t = truth.get(i);
            String p = predicted.get(i);
            a.merge(t, 1L, Long::sum);
            b.merge(p, 1L, Long::sum);
            ab.merge(t.length() + ":" + t + "\u0000" + p, 1L, Long::sum);
        }
        double index = pairs(ab);
        double sumA = pairs(a);
        double sumB = pairs(b);
        double total = n * (n - 1) / 2.0;
        double expected = sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        if (max == expected) {
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    /** Purity of {@code predicted} clusters with respect to {@code truth} classes. */
    public static double purity(List<String> truth, List<String> predicted) {
        check(truth, predicted);
        if (truth.isEmpty()) {
            return 1.0;
        }
        Map<String, Map<String, Long>> byCluster = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            byCluster.computeIfAbsent(predicted.get(i), k -> new HashMap<>()).merge(truth.get(i), 1L, Long::sum);
        }
        long majority = 0;
        for (Map<String, Long> classes : byCluster.values()) {
            long best = 0;
            for (long c : classes.values()) {
                best = Math.max(best, c);
            }
            majority += best;
        }
        return (double) majority / truth.size();
    }

    private static double pairs(Map<String, Long> counts) {
        double s = 0;
        for (long c : counts.values()) {
            s += c * (c - 1) / 2.0;
        }
        return s;
    }

    private static void check(List<String> truth, List<String> predicted) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("partitions differ in size: " + truth.size() + " vs " + predicted.size());
        }
    }
}
