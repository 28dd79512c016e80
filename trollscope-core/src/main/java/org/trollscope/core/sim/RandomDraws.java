package org.trollscope.core.sim;

import java.util.SplittableRandom;

/** The few distributions the simulator draws from, on an injected generator. */
final class RandomDraws {
    private RandomDraws() {
    }

    /** Poisson: Knuth's product method below 30, a rounded normal approximation above. */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double limit = Math.exp(-mean);
            double p = rng.nextDouble();
            int k = 0;
            while (p > limit) {
                p *= rng.nextDouble();
                k++;
            }
            return k;
        }
        long v = Math.round(mean + Math.sqrt(mean) * gaussian(rng));
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, v));
    }

    /** Pareto with scale {@code xm} and exponent {@code alpha}: P(X &gt; x) = (xm / x)^alpha. */
    static double pareto(SplittableRandom rng, double xm, double alpha) {
        return xm / Math.pow(1 - rng.nextDouble(), 1 / alpha);
    }

    /** Log-normal with the given median and log-scale sigma. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(rng));
    }

    static double exponential(SplittableRandom rng, double mean) {
        return -mean * Math.log(1 - rng.nextDouble());
    }

    static double uniform(SplittableRandom rng, double from, double to) {
        return from + (to - from) * rng.nextDouble();
    }

    /** Standard normal (Box–Muller, one value per call so the stream stays simple to reason about). */
    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static <T> T pick(SplittableRandom rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }
}
