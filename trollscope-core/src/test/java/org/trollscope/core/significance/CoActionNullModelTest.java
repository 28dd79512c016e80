package org.trollscope.core.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoActionNullModelTest {
    /** Every account's expected degree and every object's expected size equal the observed ones. */
    private static void assertReproducesDegreesAndSizes(CoActionNullModel model, long[] degrees, int[] actors,
                                                        double tolerance) {
        for (long d : degrees) {
            double expectedDegree = 0;
            for (int n : actors) {
                expectedDegree += model.probability(d, n);
            }
            assertThat(expectedDegree).as("degree %d", d).isCloseTo(d, within(tolerance));
        }
        for (int n : actors) {
            double expectedActors = 0;
            for (long d : degrees) {
                expectedActors += model.probability(d, n);
            }
            assertThat(expectedActors).as("object of %d", n).isCloseTo(n, within(tolerance));
        }
    }

    @Test
    void theFittedProbabilitiesReproduceEveryDegreeAndTheExpectationIsTheirSum() {
        // 6 accounts × 5 objects; degrees and object sizes both sum to 14
        long[] degrees = {1, 2, 2, 3, 3, 3};
        int[] actors = {1, 2, 3, 4, 4};
        double[] sync = {0, 0.5, 1.0 / 3, 0.2, 0.9};
        CoActionNullModel model = CoActionNullModel.fit(degrees, actors, sync);
        assertThat(model.incidences()).isEqualTo(14);
        assertReproducesDegreesAndSizes(model, degrees, actors, 1e-6);
        for (long da : new long[] {1, 2, 3}) {
            for (long db : new long[] {1, 2, 3}) {
                double direct = 0;
                for (int o = 0; o < actors.length; o++) {
                    direct += model.probability(da, actors[o]) * model.probability(db, actors[o]) * sync[o];
                }
                assertThat(model.expected(da, db)).as("d=%d,%d", da, db).isCloseTo(direct, within(1e-12));
            }
        }
        assertThat(model.expected(0, 2)).isZero();
    }

    /**
     * A acted on all three objects and o1 was acted on by all four accounts: their probabilities are 1
     * (finite x and y cannot reach it; the fit used to run to its iteration cap). By hand: A = {o1,
     * o2, o3}, B = {o1}, C = {o1, o2}, D = {o1, o3}. Less the certain incidences, B has degree 0, C and
     * D 1 each, o2 and o3 size 1 each, so C and D act on o2 and o3 with p = 1/2 and B never.
     */
    @Test
    void anAccountOnEveryObjectAndAnObjectOfEveryAccountAreCertainAndTheRestIsFitted() {
        long[] degrees = {3, 1, 2, 2};
        int[] actors = {4, 2, 2};
        CoActionNullModel model = CoActionNullModel.fit(degrees, actors, new double[] {1, 1, 1});
        assertThat(model.iterations()).isLessThan(1000);
        assertThat(model.probability(3, 2)).isEqualTo(1);
        assertThat(model.probability(1, 4)).isEqualTo(1);
        assertThat(model.probability(2, 4)).isEqualTo(1);
        assertThat(model.probability(1, 2)).isZero();
        assertThat(model.probability(2, 2)).isCloseTo(0.5, within(1e-9));
        assertReproducesDegreesAndSizes(model, degrees, actors, 1e-9);
        // C and D are expected to share o1 and, with p = 1/4, each of o2 and o3
        assertThat(model.expectedCommon(2, 2)).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void syncShareCountsPairsWithinTheWindowInclusive() {
        // times 0, 60, 61, 200 s with a 60 s window: pairs (0,60), (60,61), (0,61)? 61 > 60 → no.
        // within: (0,60), (60,61) → 2 of 6 pairs
        long[] t = {0, 60_000, 61_000, 200_000};
        assertThat(CoActionNullModel.syncShare(t, 4, 60_000)).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(CoActionNullModel.syncShare(t, 1, 60_000)).isZero();
    }

    @Test
    void onDataDrawnFromTheNullTheExpectedTotalMatchesTheObservedTotal() {
        // 300 accounts with heavy-tailed activity pick objects in proportion to popularity and act at
        // a random moment of the object's life; total observed co-actions ≈ Σ λ over all pairs.
        Random r = new Random(3);
        int accounts = 300;
        int objects = 2000;
        double[] popularity = new double[objects];
        double total = 0;
        for (int o = 0; o < objects; o++) {
            popularity[o] = 1 / Math.pow(o + 1, 0.9);
            total += popularity[o];
        }
        long[][] when = new long[objects][accounts];
        boolean[][] acted = new boolean[accounts][objects];
        int[] degree = new int[accounts];
        for (int a = 0; a < accounts; a++) {
            int actions = 1 + (int) Math.floor(Math.exp(r.nextGaussian() * 1.0 + 2.5));
            for (int k = 0; k < actions; k++) {
                double u = r.nextDouble() * total;
                int o = 0;
                while (u > popularity[o] && o < objects - 1) {
                    u -= popularity[o];
                    o++;
                }
                if (!acted[a][o]) {
                    acted[a][o] = true;
                    degree[a]++;
                    // an object lives 2 hours from a fixed start; actions fall within its first hour mostly
                    when[o][a] = o * 10_000_000L + (long) (Math.abs(r.nextGaussian()) * 1_800_000);
                }
            }
        }
        int[] actors = new int[objects];
        double[] sync = new double[objects];
        long observed = 0;
        for (int o = 0; o < objects; o++) {
            long[] t = new long[accounts];
            int n = 0;
            for (int a = 0; a < accounts; a++) {
                if (acted[a][o]) {
                    t[n++] = when[o][a];
                }
            }
            java.util.Arrays.sort(t, 0, n);
            actors[o] = n;
            sync[o] = CoActionNullModel.syncShare(t, n, 60_000);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && t[j] - t[i] <= 60_000; j++) {
                    observed++;
                }
            }
        }
        long[] degrees = new long[accounts];
        for (int a = 0; a < accounts; a++) {
            degrees[a] = degree[a];
        }
        CoActionNullModel model = CoActionNullModel.fit(degrees, actors, sync);
        double expected = 0;
        for (int a = 0; a < accounts; a++) {
            for (int b = a + 1; b < accounts; b++) {
                expected += model.expected(degree[a], degree[b]);
            }
        }
        assertThat(observed).isGreaterThan(200);
        assertThat(expected / observed).isBetween(0.9, 1.1);
    }
}
