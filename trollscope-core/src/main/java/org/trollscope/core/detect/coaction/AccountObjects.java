package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * One method's account–object incidences seen from the accounts: per account (rank), the objects
 * it acted on (ascending), its action times on each, and its delays (ascending). An
 * account's delay on an object is the time of its first action there minus the object's reference
 * time, halfway between its first action and the first action by another account: the opener's
 * delay is minus half the gap to the first follower, the first follower's plus half, and every
 * later account's its time after that midpoint. One reference for all accounts makes the
 * difference of two delays exactly the time between the two accounts' actions, which is what the
 * window tests (measured from the first action, the opener's delay would always be 0, and from each
 * account's own earliest other, the opener and first follower would lie twice their gap apart).
 * An object only one account acted on gives no delay:
 * measured from the account's own action it would be 0 whatever the account's habits, and a mass
 * of such zeros would make every pair of accounts look in step. Crowds are left out, as in the
 * co-action sweep. A significance test needs both: how many objects two accounts share, and how
 * likely their habitual delays put them within one window of each other.
 *
 * <p>Built in O(N + Σ d log d); about 20 bytes per incidence and 8 per action. Immutable.
 */
public final class AccountObjects {
    private final int[] start;
    private final int[] objects;
    /**
     * Per incidence, aligned with {@link #objects}: the account's action times on the object,
     * ascending, in {@link #times} from {@code timeStart[incidence]}.
     */
    private final int[] timeStart;
    private final long[] times;
    private final int[] delayStart;
    /** Per account, its delays ascending, from {@link #delayStart}. */
    private final long[] delays;

    private AccountObjects(int[] start, int[] objects, int[] timeStart, long[] times, int[] delayStart, long[] delays) {
        this.start = start;
        this.objects = objects;
        this.timeStart = timeStart;
        this.times = times;
        this.delayStart = delayStart;
        this.delays = delays;
    }

    /** Incidences of {@code m}, leaving out the objects {@code crowding} marks as crowds. */
    public static AccountObjects of(MethodObjects m, ObjectCrowding crowding, int accounts) {
        int[] count = new int[accounts + 1];
        int[] dcount = new int[accounts + 1];
        int[] seenOn = new int[accounts];
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < m.objectCount; o++) {
            if (crowding.isCrowd(o) || crowding.accounts(o) == 0) {
                continue;
            }
            boolean followed = firstOther(m, o) != NO_OTHER;
            for (int i = m.objectStart[o]; i < m.objectStart[o + 1]; i++) {
                int a = m.account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    count[a + 1]++;
                    if (followed) {
                        dcount[a + 1]++;
                    }
                }
            }
        }
        for (int a = 0; a < accounts; a++) {
            count[a + 1] += count[a];
            dcount[a + 1] += dcount[a];
        }
        int[] objects = new int[count[accounts]];
        int[] timeStart = new int[count[accounts] + 1];
        int[] incidenceAt = new int[m.objectStart[m.objectCount]];
        Arrays.fill(incidenceAt, -1);
        int[] current = new int[accounts];
        long[] delays = new long[dcount[accounts]];
        int[] fill = Arrays.copyOf(count, accounts);
        int[] dfill = Arrays.copyOf(dcount, accounts);
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < m.objectCount; o++) {
            int from = m.objectStart[o];
            int to = m.objectStart[o + 1];
            if (crowding.isCrowd(o) || crowding.accounts(o) == 0 || from == to) {
                continue;
            }
            // actions are sorted by time within the object
            long first = m.time[from];
            long firstOther = firstOther(m, o);
            boolean followed = firstOther != NO_OTHER;
            long reference = followed ? first + (firstOther - first) / 2 : 0;
            for (int i = from; i < to; i++) {
                int a = m.account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    current[a] = fill[a];
                    objects[fill[a]++] = o; // objects ascend: filled in object order
                    if (followed) {
                        delays[dfill[a]++] = m.time[i] - reference;
                    }
                }
                incidenceAt[i] = current[a];
                timeStart[current[a] + 1]++;
            }
        }
        for (int a = 0; a < accounts; a++) {
            Arrays.sort(delays, dcount[a], dcount[a + 1]);
        }
        for (int k = 0; k < count[accounts]; k++) {
            timeStart[k + 1] += timeStart[k];
        }
        long[] times = new long[timeStart[count[accounts]]];
        int[] tfill = Arrays.copyOf(timeStart, count[accounts]);
        for (int i = 0; i < incidenceAt.length; i++) {
            if (incidenceAt[i] >= 0) {
                times[tfill[incidenceAt[i]]++] = m.time[i]; // ascending: actions are by time within an object
            }
        }
        return new AccountObjects(count, objects, timeStart, times, dcount, delays);
    }

    private static final long NO_OTHER = Long.MIN_VALUE;

    /** The time of the object's earliest action by an account other than its opener, or {@link #NO_OTHER}. */
    private static long firstOther(MethodObjects m, int o) {
        int from = m.objectStart[o];
        for (int i = from + 1; i < m.objectStart[o + 1]; i++) {
            if (m.account[i] != m.account[from]) {
                return m.time[i];
            }
        }
        return NO_OTHER;
    }

    /** Distinct objects the account acted on (crowds excluded). */
    public int degree(int rank) {
        return start[rank + 1] - start[rank];
    }

    /** Objects both accounts acted on, at any time. O(d_a + d_b). */
    public int common(int a, int b) {
        return commonWithin(a, b, Long.MAX_VALUE);
    }

    /**
     * Objects both accounts acted on with some action of each at most {@code windowMillis} apart,
     * as the co-action sweep counts them (an account that uses a hashtag or replies to a post many
     * times meets another on it when any of its uses falls within the window of any of the other's).
     * O(d_a + d_b + their actions on the shared objects).
     */
    public int commonWithin(int a, int b, long windowMillis) {
        return (int) commonAndWithin(a, b, windowMillis);
    }

    /**
     * {@link #common} and {@link #commonWithin} in one merge: the objects both accounts acted on
     * (high 32 bits) and those with actions within {@code windowMillis} (low 32 bits).
     */
    public long commonAndWithin(int a, int b, long windowMillis) {
        int i = start[a];
        int j = start[b];
        int shared = 0;
        int n = 0;
        while (i < start[a + 1] && j < start[b + 1]) {
            int x = objects[i];
            int y = objects[j];
            if (x == y) {
                shared++;
                if (within(i, j, windowMillis)) {
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
        return ((long) shared << 32) | n;
    }

    /** Whether some time of incidence i and some time of incidence j lie within the window. */
    private boolean within(int i, int j, long windowMillis) {
        if (windowMillis == Long.MAX_VALUE) {
            return true;
        }
        int x = timeStart[i];
        int y = timeStart[j];
        while (x < timeStart[i + 1] && y < timeStart[j + 1]) {
            long d = times[x] - times[y];
            if (Math.abs(d) <= windowMillis) {
                return true;
            }
            if (d < 0) {
                x++;
            } else {
                y++;
            }
        }
        return false;
    }

    /**
     * The chance that a delay drawn from account a's delays and one drawn from b's lie within
     * {@code windowMillis} of each other: the share of all (delay of a, delay of b) pairs that do.
     * O(d_a + d_b) with two sliding bounds over the sorted delays. 0 when either has none (it never
     * acted on an object together with anyone, so it shares none either).
     */
    public double synchrony(int a, int b, long windowMillis) {
        int na = delayStart[a + 1] - delayStart[a];
        int nb = delayStart[b + 1] - delayStart[b];
        if (na == 0 || nb == 0) {
            return 0;
        }
        long within = 0;
        int lo = delayStart[b];
        int hi = delayStart[b];
        int endB = delayStart[b + 1];
        for (int i = delayStart[a]; i < delayStart[a + 1]; i++) {
            long d = delays[i];
            while (lo < endB && delays[lo] < d - windowMillis) {
                lo++;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < endB && delays[hi] <= d + windowMillis) {
                hi++;
            }
            within += hi - lo;
        }
        return within / ((double) na * nb);
    }
}
