package org.trollscope.core.sim;

import java.util.SplittableRandom;

/**
 * Draws an index with probability proportional to its weight in O(1) (Vose's alias method,
 * "A linear algorithm for generating random numbers with a given distribution", 1991). Building
 * costs O(n).
 */
final class AliasSampler {
    private final double[] probability;
    private final int[] alias;

    AliasSampler(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weights must be non-negative, was " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        while (nl > 0) {
            probability[large[--nl]] = 1;
        }
        while (ns > 0) {
            probability[small[--ns]] = 1;
        }
    }

    int size() {
        return probability.length;
    }

    int sample(SplittableRandom rng) {
        int i = rng.nextInt(probability.length);
        return rng.nextDouble() < probability[i] ? i : alias[i];
    }
}
