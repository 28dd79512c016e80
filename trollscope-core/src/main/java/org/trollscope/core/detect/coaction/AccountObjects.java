package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * One method's account–object incidences seen from the accounts: per account (rank), the objects
 * it acted on (ascending) and its delays. An account's delay on an object is the time of its first
 * action there minus the earliest action on it by any <em>other</em> account: positive when it
 * followed, negative when it opened the object (then minus the gap to the first follower). An
 * object only one account acted on has no delay. Crowds are left out, as in the co-action sweep.
 * A significance test needs both: how many objects two accounts share, and how likely their
 * habitual delays put them within one window of each other.
 *
 * <p>Delays are kept by the object's audience class ⌊log<sub>2</sub> accounts⌋: on a post that
 * draws hundreds of accounts people react within minutes, on one that draws three they may take
 * days, so a habit is only compared on objects of like reach.
 *
 * <p>Built in O(N + Σ d log d); about 32 bytes per incidence. Immutable.
 */
public final class AccountObjects {
    /** Most population delays kept for the pooled delay distribution (an even subsample beyond). */
    static final int POPULATION_SAMPLE = 1 << 20;
    /** {@link #keyOf} of an incidence on an object no other account acted on. */
    private static final long NONE = Long.MIN_VALUE;
    /** Delays are clamped to ± this (about 8.7 years in ms), keys of two classes lie farther apart. */
    private static final long DELAY_LIMIT = 1L << 38;
    private static final int CLASS_SHIFT = 40;
    /** Windows are clamped to this, below the gap between two classes' keys. */
    private static final long WINDOW_LIMIT = 1L << 37;
    private static final int CLASSES = 32;

    private final int[] start;
    private final int[] objects;
    /** Per incidence, aligned with {@link #objects}: its class and delay as a key, or {@link #NONE}. */
    private final long[] keyOf;
    /** Per incidence, aligned with {@link #objects}: the account's first action time on the object. */
    private final long[] timeOf;
    private final int[] keyStart;
    /** Per account, its keys ascending (by class, then delay), from {@link #keyStart}. */
    private final long[] keys;

    private AccountObjects(int[] start, int[] objects, long[] keyOf, long[] timeOf, int[] keyStart, long[] keys) {
        this.start = start;
        this.objects = objects;
        this.keyOf = keyOf;
        this.timeOf = timeOf;
        this.keyStart = keyStart;
        this.keys = keys;
    }

    /** The audience class of an object {@code accounts} accounts acted on (at least 2). */
    static int audienceClass(int accounts) {
        return 31 - Integer.numberOfLeadingZeros(accounts);
    }

    static long key(int audienceClass, long delay) {
        long d = Math.max(-DELAY_LIMIT, Math.min(DELAY_LIMIT, delay));
        return ((long) audienceClass << CLASS_SHIFT) + (1L << 39) + d;
    }

    static int classOf(long key) {
        return (int) (key >>> CLASS_SHIFT);
    }

    static long delayOf(long key) {
        return (key & ((1L << CLASS_SHIFT) - 1)) - (1L << 39);
    }

    /** Incidences of {@code m}, leaving out the objects {@code crowding} marks as crowds. */
    public static AccountObjects of(MethodObjects m, ObjectCrowding crowding, int accounts) {
        int[] count = new int[accounts + 1];
        int[] seenOn = new int[accounts];
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < m.objectCount; o++) {
            if (crowding.isCrowd(o) || crowding.accounts(o) == 0) {
                continue;
            }
            for (int i = m.objectStart[o]; i < m.objectStart[o + 1]; i++) {
                int a = m.account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    count[a + 1]++;
                }
            }
        }
        for (int a = 0; a < accounts; a++) {
            count[a + 1] += count[a];
        }
        int[] objects = new int[count[accounts]];
        long[] keyOf = new long[count[accounts]];
        long[] timeOf = new long[count[accounts]];
        int[] fill = Arrays.copyOf(count, accounts);
        int[] kcount = new int[accounts + 1];
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < m.objectCount; o++) {
            int from = m.objectStart[o];
            int to = m.objectStart[o + 1];
            if (crowding.isCrowd(o) || crowding.accounts(o) == 0 || from == to) {
                continue;
            }
            // actions are sorted by time within the object
            int opener = m.account[from];
            long first = m.time[from];
            boolean followed = false;
            long firstOther = 0;
            for (int i = from + 1; i < to; i++) {
                if (m.account[i] != opener) {
                    firstOther = m.time[i];
                    followed = true;
                    break;
                }
            }
            int c = followed ? audienceClass(crowding.accounts(o)) : 0;
            for (int i = from; i < to; i++) {
                int a = m.account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    objects[fill[a]] = o; // objects ascend: filled in object order
                    timeOf[fill[a]] = m.time[i];
                    if (followed) {
                        keyOf[fill[a]++] = key(c, m.time[i] - (a == opener ? firstOther : first));
                        kcount[a + 1]++;
                    } else {
                        keyOf[fill[a]++] = NONE;
                    }
                }
            }
        }
        for (int a = 0; a < accounts; a++) {
            kcount[a + 1] += kcount[a];
        }
        long[] keys = new long[kcount[accounts]];
        for (int a = 0; a < accounts; a++) {
            int k = kcount[a];
            for (int i = count[a]; i < count[a + 1]; i++) {
                if (keyOf[i] != NONE) {
                    keys[k++] = keyOf[i];
                }
            }
            Arrays.sort(keys, kcount[a], kcount[a + 1]);
        }
        return new AccountObjects(count, objects, keyOf, timeOf, kcount, keys);
    }

    /** Distinct objects the account acted on (crowds excluded). */
    public int degree(int rank) {
        return start[rank + 1] - start[rank];
    }

    /** Objects both accounts acted on, at any time. O(d_a + d_b). */
    public int common(int a, int b) {
        int i = start[a];
        int j = start[b];
        int n = 0;
        while (i < start[a + 1] && j < start[b + 1]) {
            int x = objects[i];
            int y = objects[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * Objects both accounts acted on with their first actions there at most {@code windowMillis}
     * apart. O(d_a + d_b).
     */
    public int commonWithin(int a, int b, long windowMillis) {
        int i = start[a];
        int j = start[b];
        int n = 0;
        while (i < start[a + 1] && j < start[b + 1]) {
            int x = objects[i];
            int y = objects[j];
            if (x == y) {
                if (Math.abs(timeOf[i] - timeOf[j]) <= windowMillis) {
                    n++;
                }
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The delay habits of every account for one window, ready for {@link Habits#expectedWithin}:
     * the pooled delays of all accounts (an even subsample of at most {@value #POPULATION_SAMPLE}),
     * and for every delay the share of pooled delays of its class within the window of it.
     * O(N log P).
     */
    public Habits habits(long windowMillis) {
        long w = Math.min(windowMillis, WINDOW_LIMIT);
        int n = keys.length;
        int step = Math.max(1, (n + POPULATION_SAMPLE - 1) / POPULATION_SAMPLE);
        long[] pop = new long[(n + step - 1) / step];
        for (int i = 0, k = 0; i < n; i += step) {
            pop[k++] = keys[i];
        }
        Arrays.sort(pop);
        int[] classSize = new int[CLASSES];
        for (long k : pop) {
            classSize[classOf(k)]++;
        }
        float[] nearPopulation = new float[n];
        for (int i = 0; i < n; i++) {
            nearPopulation[i] = (float) Habits.share(pop, classSize, keys[i], w);
        }
        double[] sync = new double[CLASSES];
        for (long k : pop) {
            sync[classOf(k)] += Habits.share(pop, classSize, k, w);
        }
        for (int c = 0; c < CLASSES; c++) {
            sync[c] = classSize[c] == 0 ? 0 : sync[c] / classSize[c];
        }
        return new Habits(w, pop, classSize, nearPopulation, sync);
    }

    /**
     * Delay habits for one window. Two accounts' chance of acting on an object within the window
     * of each other is judged from their delays on objects of the same audience class that they do
     * <em>not</em> share: on the shared ones a team sets the object's timing itself, so its own
     * delays there say nothing about habit (three accounts that only ever share each other's posts
     * within seconds would otherwise look habitually quick and never stand out). Each account's
     * delay distribution in a class is its empirical one mixed with the pooled delays of that class
     * at a weight of {@link #PRIOR_WEIGHT} delays, so an account with few other objects there leans
     * on the population.
     */
    public final class Habits {
        /** The pooled distribution counts as this many delays in each account's mixture. */
        public static final double PRIOR_WEIGHT = 5;

        private final long windowMillis;
        private final long[] population;
        private final int[] classSize;
        private final float[] nearPopulation;
        private final double[] populationSynchrony;

        private Habits(long windowMillis, long[] population, int[] classSize, float[] nearPopulation,
                       double[] populationSynchrony) {
            this.windowMillis = windowMillis;
            this.population = population;
            this.classSize = classSize;
            this.nearPopulation = nearPopulation;
            this.populationSynchrony = populationSynchrony;
        }

        /** Share of the sorted pooled keys of {@code key}'s class within {@code w} of it. */
        static double share(long[] pop, int[] classSize, long key, long w) {
            int size = classSize[classOf(key)];
            if (size == 0) {
                return 0;
            }
            return (upper(pop, key + w) - lower(pop, key - w)) / (double) size;
        }

        /**
         * The chance two delays drawn from the pooled distribution of objects that {@code accounts}
         * accounts acted on lie within the window.
         */
        public double populationSynchrony(int accounts) {
            return populationSynchrony[audienceClass(accounts)];
        }

        /**
         * X expected for a and b: over the objects both acted on, the chance of acting within the
         * window of each other, each drawn from the account's delays on objects of that object's
         * class that the other did not act on, mixed with the pooled delays of the class.
         * O(d_a + d_b + c log d), c the objects shared.
         */
        public double expectedWithin(int a, int b) {
            int na = keyStart[a + 1] - keyStart[a];
            int nb = keyStart[b + 1] - keyStart[b];
            // keys on the shared objects, each side (another account acted on each: both have one)
            long[] ca = new long[Math.min(na, nb)];
            long[] cb = new long[ca.length];
            int c = 0;
            int i = start[a];
            int j = start[b];
            while (i < start[a + 1] && j < start[b + 1]) {
                int x = objects[i];
                int y = objects[j];
                if (x == y) {
                    ca[c] = keyOf[i++];
                    cb[c++] = keyOf[j++];
                } else if (x < y) {
                    i++;
                } else {
                    j++;
                }
            }
            if (c == 0) {
                return 0;
            }
            Arrays.sort(ca, 0, c);
            Arrays.sort(cb, 0, c);
            long w = windowMillis;
            double expected = 0;
            int from = 0;
            while (from < c) {
                // one audience class: the shared objects in it, and each side's keys in it
                int cls = classOf(ca[from]);
                int to = from;
                while (to < c && classOf(ca[to]) == cls) {
                    to++;
                }
                // the class of an object is the same on both sides, so cb[from, to) is this class too
                long lo = (long) cls << CLASS_SHIFT;
                long hi = (long) (cls + 1) << CLASS_SHIFT;
                int aFrom = lower(keys, keyStart[a], keyStart[a + 1], lo);
                int aTo = lower(keys, aFrom, keyStart[a + 1], hi);
                int bFrom = lower(keys, keyStart[b], keyStart[b + 1], lo);
                int bTo = lower(keys, bFrom, keyStart[b + 1], hi);
                double within = withinCount(keys, aFrom, aTo, keys, bFrom, bTo, w)
                        - withinCount(ca, from, to, keys, bFrom, bTo, w)
                        - withinCount(keys, aFrom, aTo, cb, from, to, w)
                        + withinCount(ca, from, to, cb, from, to, w);
                double aNear = 0;
                for (int k = aFrom; k < aTo; k++) {
                    aNear += nearPopulation[k];
                }
                double bNear = 0;
                for (int k = bFrom; k < bTo; k++) {
                    bNear += nearPopulation[k];
                }
                for (int k = from; k < to; k++) {
                    aNear -= share(population, classSize, ca[k], w);
                    bNear -= share(population, classSize, cb[k], w);
                }
                double p = PRIOR_WEIGHT;
                double ea = (aTo - aFrom) - (to - from);
                double eb = (bTo - bFrom) - (to - from);
                double num = within + p * Math.max(0, aNear) + p * Math.max(0, bNear)
                        + p * p * populationSynchrony[cls];
                double sigma = Math.min(1, Math.max(0, num / ((ea + p) * (eb + p))));
                expected += (to - from) * sigma;
                from = to;
            }
            return expected;
        }
    }

    /** Pairs (x in xs[xFrom, xTo), y in ys[yFrom, yTo)), both sorted, with |x − y| ≤ w. */
    static long withinCount(long[] xs, int xFrom, int xTo, long[] ys, int yFrom, int yTo, long w) {
        long within = 0;
        int lo = yFrom;
        int hi = yFrom;
        for (int i = xFrom; i < xTo; i++) {
            long d = xs[i];
            while (lo < yTo && ys[lo] < d - w) {
                lo++;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < yTo && ys[hi] <= d + w) {
                hi++;
            }
            within += hi - lo;
        }
        return within;
    }

    private static int lower(long[] sorted, long v) {
        return lower(sorted, 0, sorted.length, v);
    }

    /** First index in [from, to) whose value is ≥ v (to when none). */
    private static int lower(long[] sorted, int from, int to, long v) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose value is > v. */
    private static int upper(long[] sorted, long v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
