package org.trollscope.core.sim;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed and a path of integers (SplitMix64 finaliser
 * applied per component), so each day, cue and account draws from its own stream: changing one
 * part of a scenario does not shift the randomness of the others, and the order in which parts are
 * generated does not matter.
 */
final class SeedStreams {
    static final int ACCOUNTS = 1;
    static final int PROFILES = 2;
    static final int CUES = 3;
    static final int CUE_ACTIONS = 4;
    static final int DAYS = 5;
    static final int FACTORY = 6;
    static final int COVER = 7;

    private SeedStreams() {
    }

    static SplittableRandom of(long seed, long... path) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long p : path) {
            h = mix(h ^ mix(p + 0x632BE59BD9B4E019L));
        }
        return new SplittableRandom(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
