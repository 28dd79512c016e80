package org.trollscope.core.detect.coaction;

import java.util.Arrays;

/**
 * One method's account–object incidences seen from the accounts: per account (rank), the objects
 * it acted on (ascending) and its delays, each the time of its first action on an object minus
 * the object's first action by anyone (ascending). Crowds are left out, as in the co-action sweep.
 * A significance test needs both: how many objects two accounts share, and how likely their
 * habitual delays put them within one window of each other.
 *
 * <p>Built in O(N + Σ d log d); about 16 bytes per incidence. Immutable.
 */
public final class AccountObjects {
    private final int[] start;
    private final int[] objects;
    private final long[] delays;

    private AccountObjects(int[] start, int[] objects, long[] delays) {
        this.start = start;
        this.objects = objects;
        this.delays = delays;
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
        long[] delays = new long[count[accounts]];
        int[] fill = Arrays.copyOf(count, accounts);
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < m.objectCount; o++) {
            int from = m.objectStart[o];
            if (crowding.isCrowd(o) || crowding.accounts(o) == 0 || from == m.objectStart[o + 1]) {
                continue;
            }
            long first = m.time[from]; // actions are sorted by time within the object
            for (int i = from; i < m.objectStart[o + 1]; i++) {
                int a = m.account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    objects[fill[a]] = o; // objects ascend: filled in object order
                    delays[fill[a]++] = m.time[i] - first;
                }
            }
        }
        for (int a = 0; a < accounts; a++) {
            Arrays.sort(delays, count[a], count[a + 1]);
        }
        return new AccountObjects(count, objects, delays);
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
     * The chance that a delay drawn from account a's delays and one drawn from b's lie within
     * {@code windowMillis} of each other: the share of all (delay of a, delay of b) pairs that do.
     * O(d_a + d_b) with two sliding bounds over the sorted delays. 0 when either has none.
     */
    public double synchrony(int a, int b, long windowMillis) {
        int na = degree(a);
        int nb = degree(b);
        if (na == 0 || nb == 0) {
            return 0;
        }
        long within = 0;
        int lo = start[b];
        int hi = start[b];
        int endB = start[b + 1];
        for (int i = start[a]; i < start[a + 1]; i++) {
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
