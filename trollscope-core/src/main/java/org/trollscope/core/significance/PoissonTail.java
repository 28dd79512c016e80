package org.trollscope.core.significance;

/**
 * The upper tail of the Poisson distribution, P(X ≥ x) for X ~ Poisson(λ), in log space so that
 * the extreme p-values of planted operations (10⁻⁴⁰ and below) stay distinguishable instead of
 * underflowing to zero.
 *
 * <p>Uses the identity P(X ≥ x) = P(x, λ), the regularised lower incomplete gamma function,
 * evaluated by its power series when λ &lt; x + 1 and by the Lentz continued fraction for the
 * complement otherwise (the standard split, e.g. Press et al., Numerical Recipes, §6.2).
 * Accurate to about 1e-12 relative; O(√x) terms in the worst case.
 */
public final class PoissonTail {
    private static final double EPS = 1e-15;
    private static final int MAX_TERMS = 100_000;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private PoissonTail() {
    }

    /** ln P(X ≥ x) for X ~ Poisson(lambda); 0 (p = 1) when x ≤ 0. */
    public static double logUpperTail(long x, double lambda) {
        if (lambda < 0 || Double.isNaN(lambda)) {
            throw new IllegalArgumentException("lambda must be ≥ 0, was " + lambda);
        }
        if (x <= 0) {
            return 0.0;
        }
        if (lambda == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double a = x;
        if (lambda < a + 1) {
            return logLowerSeries(a, lambda);
        }
        double q = upperContinuedFraction(a, lambda); // Q(a, λ) = P(X < x)
        return Math.log1p(-q);
    }

    /** P(X ≥ x) for X ~ Poisson(lambda). */
    public static double upperTail(long x, double lambda) {
        return Math.exp(logUpperTail(x, lambda));
    }

    /** ln Γ(z) for z &gt; 0 (Lanczos, g = 7). */
    static double logGamma(double z) {
        if (z < 0.5) { // reflection keeps the approximation accurate near 0
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
        }
        z -= 1;
        double s = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            s += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
    }

    private static double logLowerSeries(double a, double lambda) {
        // P(a, λ) = e^{-λ} λ^a / Γ(a+1) · Σ_{n≥0} λ^n / ((a+1)…(a+n))
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= lambda / (a + n);
            sum += term;
            if (term < sum * EPS) {
                break;
            }
        }
        return -lambda + a * Math.log(lambda) - logGamma(a + 1) + Math.log(sum);
    }

    private static double upperContinuedFraction(double a, double lambda) {
        // Q(a, λ) = e^{-λ} λ^a / Γ(a) · 1/(λ+1-a- 1·(1-a)/(λ+3-a- 2·(2-a)/(λ+5-a- …)))
        double tiny = 1e-300;
        double b = lambda + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-lambda + a * Math.log(lambda) - logGamma(a)) * h;
    }
}
