package org.trollscope.core.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PoissonTailTest {
    @Test
    void atLeastOneEventHasProbabilityOneMinusExpMinusLambda() {
        for (double lambda : new double[] {1e-9, 0.01, 0.5, 3, 40}) {
            assertThat(PoissonTail.upperTail(1, lambda)).isCloseTo(-Math.expm1(-lambda), within(1e-12 + 1e-9 * lambda));
        }
    }

    @Test
    void atLeastTwoEventsAtRateOneIsOneMinusTwoOverE() {
        assertThat(PoissonTail.upperTail(2, 1.0)).isCloseTo(1 - 2 / Math.E, within(1e-13));
    }

    @Test
    void matchesADirectSumOfTheProbabilityMassOnBothSidesOfTheSeriesSplit() {
        Random r = new Random(11);
        for (int k = 0; k < 200; k++) {
            double lambda = r.nextDouble() * 60;
            int x = 1 + r.nextInt(80);
            double below = 0; // P(X < x) summed term by term
            double term = Math.exp(-lambda);
            for (int i = 0; i < x; i++) {
                below += term;
                term *= lambda / (i + 1);
            }
            double expected = 1 - below;
            double actual = PoissonTail.upperTail(x, lambda);
            assertThat(actual).as("x=%d λ=%f", x, lambda).isCloseTo(expected, within(1e-10 + 1e-9 * expected));
        }
    }

    @Test
    void extremeTailsStayFiniteInLogSpace() {
        // P(X ≥ 40 | λ = 0.01) = e^{-0.01} 0.01^40 / 40! · (1 + 0.01/41 + 0.01²/(41·42) + …)
        double expected = -0.01 - 40 * Math.log(100) - PoissonTail.logGamma(41)
                + Math.log(1 + 0.01 / 41 + 0.01 * 0.01 / (41 * 42));
        assertThat(PoissonTail.logUpperTail(40, 0.01)).isCloseTo(expected, within(1e-6));
        // 150 events at λ = 0.01: far below the smallest double, yet finite and ordered
        double deeper = PoissonTail.logUpperTail(150, 0.01);
        assertThat(Math.exp(deeper)).isZero();
        assertThat(deeper).isFinite().isLessThan(PoissonTail.logUpperTail(149, 0.01));
    }

    @Test
    void nothingObservedIsNeverSurprising() {
        assertThat(PoissonTail.logUpperTail(0, 5)).isZero();
        assertThat(PoissonTail.logUpperTail(3, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(PoissonTail.logGamma(1)).isCloseTo(0, within(1e-12));
        assertThat(PoissonTail.logGamma(6)).isCloseTo(Math.log(120), within(1e-12));
        assertThat(PoissonTail.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    }
}
