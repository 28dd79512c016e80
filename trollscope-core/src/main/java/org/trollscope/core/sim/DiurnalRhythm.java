package org.trollscope.core.sim;

import java.util.SplittableRandom;

/**
 * When people act during a local day: few actions from 01:00 to 06:00, a midday rise and an
 * evening peak around 20:00–22:00 (the usual shape of social-media activity), and separately the
 * factory's office hours 09:00–18:00 with a lunch dip. Times are milliseconds after local midnight.
 */
final class DiurnalRhythm {
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    private static final double[] PEOPLE = {
        0.60, 0.35, 0.20, 0.15, 0.15, 0.25, 0.50, 0.90, 1.20, 1.30, 1.30, 1.35,
        1.50, 1.40, 1.30, 1.30, 1.35, 1.45, 1.60, 1.80, 2.00, 2.00, 1.70, 1.10,
    };
    private static final double PEOPLE_MAX = 2.0;
    private static final double[] OFFICE = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0, 1.0, 1.0, 0.6, 0.6, 1.0, 1.0, 1.0, 0.8, 0, 0, 0, 0, 0, 0,
    };

    private static final AliasSampler PEOPLE_HOURS = new AliasSampler(PEOPLE);
    private static final AliasSampler OFFICE_HOURS = new AliasSampler(OFFICE);

    private DiurnalRhythm() {
    }

    /** A time of day drawn from the people's rhythm. */
    static long peopleTimeOfDay(SplittableRandom rng) {
        return PEOPLE_HOURS.sample(rng) * HOUR + (long) (rng.nextDouble() * HOUR);
    }

    /** A time of day within office hours. */
    static long officeTimeOfDay(SplittableRandom rng) {
        return OFFICE_HOURS.sample(rng) * HOUR + (long) (rng.nextDouble() * HOUR);
    }

    /** Relative activity (0..1] at a local time of day, for thinning delayed reactions. */
    static double peopleActivity(long timeOfDay) {
        int h = (int) (Math.floorMod(timeOfDay, DAY) / HOUR);
        return PEOPLE[h] / PEOPLE_MAX;
    }
}
