package org.trollscope.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Groups joined by what they do together, on hand-built visits (seconds). Defaults: a clash under
 * 2 s or overlapping, a hand-off at most 180 s, apart over 600 s (the cue spread), at least 3
 * hand-offs in at least half the shared episodes.
 */
class SessionMergeTest {
    private final List<int[]> accounts = new ArrayList<>();
    private final List<long[][]> visits = new ArrayList<>();

    /** An episode: account i visits from starts[i] s for 10 s. */
    private void episode(int[] acc, long... starts) {
        long[][] v = new long[acc.length][];
        for (int i = 0; i < acc.length; i++) {
            v[i] = new long[] {starts[i] * 1000, (starts[i] + 10) * 1000};
        }
        accounts.add(acc);
        visits.add(v);
    }

    private OperatorFinder.Grouping grouping(int[]... groups) {
        OperatorFinder.Grouping g = new OperatorFinder.Grouping(new PairCounts(3), a -> 0);
        for (int[] grp : groups) {
            for (int i = 1; i < grp.length; i++) {
                g.link(grp[0], grp[i], 0, 0);
            }
        }
        return g;
    }

    private int merge(OperatorFinder.Grouping g) {
        return new SessionMerge(accounts, visits, OperationParameters.defaults()).merge(g);
    }

    private static Set<Integer> set(List<Integer> members) {
        return new TreeSet<>(members);
    }

    /**
     * One person runs 1-4 and takes two of them per cue; 1-2 and 3-4 were joined by their
     * registrations. No pair of accounts shares more than one episode, but the two groups hand off
     * 60 s apart in all three. 5-6 act on the same cues 20 min later (apart, no hand-off).
     */
    @Test
    void twoGroupsHandingOffOnEveryCueTheyShareAreOnePerson() {
        episode(new int[] {1, 3, 5, 6}, 0, 70, 1200, 1270);
        episode(new int[] {2, 4, 5, 6}, 3600, 3670, 4800, 4870);
        episode(new int[] {1, 4, 5, 6}, 7200, 7270, 8400, 8470);
        OperatorFinder.Grouping g = grouping(new int[] {1, 2}, new int[] {3, 4}, new int[] {5, 6});
        assertThat(merge(g)).isEqualTo(1);
        assertThat(set(g.members(1))).containsExactly(1, 2, 3, 4);
        assertThat(set(g.members(5))).containsExactly(5, 6);
        // the join's support: 3 hand-offs in 3 shared episodes
        assertThat(g.support.get(g.group(1))).containsExactly(3, 3);
    }

    /** Three hand-offs outweigh one episode apart (3 ≥ 3 × 1) but not two (3 < 3 × 2). */
    @Test
    void groupsApartOnAThirdOfTheirHandOffsAreNotJoined() {
        for (int apart = 1; apart <= 2; apart++) {
            accounts.clear();
            visits.clear();
            for (int k = 0; k < 3; k++) {
                episode(new int[] {1, 3}, k * 3600, k * 3600 + 70);
            }
            for (int k = 3; k < 3 + apart; k++) {
                episode(new int[] {2, 4}, k * 3600, k * 3600 + 1200);
            }
            OperatorFinder.Grouping g = grouping(new int[] {1, 2}, new int[] {3, 4});
            merge(g);
            assertThat(g.members(1)).hasSize(apart == 1 ? 4 : 2);
        }
    }

    /** Four hand-offs do not join two groups whose accounts once overlap (one person, two places). */
    @Test
    void groupsThatOnceActAtOnceAreNeverJoined() {
        for (int k = 0; k < 4; k++) {
            episode(new int[] {1, 3}, k * 3600, k * 3600 + 70);
        }
        episode(new int[] {2, 4}, 4 * 3600, 4 * 3600 + 5);
        OperatorFinder.Grouping g = grouping(new int[] {1, 2}, new int[] {3, 4});
        assertThat(merge(g)).isZero();
        // without the clash they join
        accounts.remove(4);
        visits.remove(4);
        g = grouping(new int[] {1, 2}, new int[] {3, 4});
        assertThat(merge(g)).isEqualTo(1);
    }

    /**
     * Groups meeting on a few joint cues are not joined by their hand-offs there: 1-2 and 3-4 hand
     * off on 3 shared episodes, but each acted in 4 more alone: 2 × 3 < 7. With 2 alone each they
     * are joined: 2 × 3 ≥ 5.
     */
    @Test
    void groupsMustShareHalfTheEpisodesOfTheLessActive() {
        for (int alone : new int[] {4, 2}) {
            accounts.clear();
            visits.clear();
            for (int k = 0; k < 3; k++) {
                episode(new int[] {1, 3}, k * 3600, k * 3600 + 70);
            }
            for (int k = 0; k < alone; k++) {
                episode(new int[] {1, 2}, (10 + k) * 3600, (10 + k) * 3600 + 70);
                episode(new int[] {3, 4}, (20 + k) * 3600, (20 + k) * 3600 + 70);
            }
            OperatorFinder.Grouping g = grouping(new int[] {1, 2}, new int[] {3, 4});
            merge(g);
            assertThat(g.members(1)).hasSize(alone == 4 ? 2 : 4);
        }
    }

    /** A batch link's check: apart in no more episodes than handing off in, and never a clash. */
    @Test
    void compatibleUnlessApartMoreOftenThanHandingOffOrEverClashing() {
        episode(new int[] {1, 3}, 0, 70);         // hand-off
        episode(new int[] {2, 3}, 3600, 4800);    // apart (20 min)
        SessionMerge s = new SessionMerge(accounts, visits, OperationParameters.defaults());
        assertThat(s.between(List.of(1, 2), List.of(3))).containsExactly(2, 1, 1, 0);
        assertThat(s.compatible(s.between(List.of(1, 2), List.of(3)))).isTrue();
        assertThat(s.compatible(s.between(List.of(2), List.of(3)))).isFalse();
        // no shared episode: nothing against it
        assertThat(s.compatible(s.between(List.of(1), List.of(4)))).isTrue();
        episode(new int[] {1, 3}, 7200, 9600);    // apart again
        s = new SessionMerge(accounts, visits, OperationParameters.defaults());
        assertThat(s.compatible(s.between(List.of(1, 2), List.of(3)))).isFalse();
        accounts.remove(2);
        visits.remove(2);
        episode(new int[] {1, 3}, 7200, 7205);    // overlapping visits: a clash outweighs a hand-off
        s = new SessionMerge(accounts, visits, OperationParameters.defaults());
        assertThat(s.compatible(s.between(List.of(1), List.of(3)))).isFalse();
    }

    /**
     * Two groups of three handing off on every cue are not joined when their accounts lie in
     * different communities (two teams), but a single account of another community still joins.
     */
    @Test
    void groupsOfThreeInDifferentCommunitiesAreNeverJoined() {
        for (int k = 0; k < 3; k++) {
            episode(new int[] {1, 2, 3, 4, 5, 6, 7}, k * 3600, k * 3600 + 70, k * 3600 + 140, k * 3600 + 210,
                    k * 3600 + 280, k * 3600 + 350, k * 3600 + 420);
        }
        java.util.function.IntUnaryOperator community = a -> a <= 3 ? 0 : 1;   // 1-3 in 0; 4-7 in 1
        OperatorFinder.Grouping g = new OperatorFinder.Grouping(new PairCounts(3), community);
        g.link(1, 2, 0, 0);
        g.link(1, 3, 0, 0);
        g.link(4, 5, 0, 0);
        g.link(4, 6, 0, 0);
        assertThat(g.link(3, 4, 0, 0)).isFalse();
        assertThat(g.link(1, 7, 0, 0)).isTrue();   // 7, alone, joins {1, 2, 3}
        merge(g);
        assertThat(set(g.members(1))).containsExactly(1, 2, 3, 7);
        assertThat(set(g.members(4))).containsExactly(4, 5, 6);
        // in one community they are one person
        g = new OperatorFinder.Grouping(new PairCounts(3), a -> 0);
        g.link(1, 2, 0, 0);
        g.link(1, 3, 0, 0);
        g.link(4, 5, 0, 0);
        g.link(4, 6, 0, 0);
        assertThat(g.link(3, 4, 0, 0)).isTrue();
    }

    /**
     * Sharing three episodes or more, a batch link needs hand-offs in half of them: 1 of 3 (the
     * other two 5 min apart, neither apart nor a hand-off) is not enough, 2 of 3 is. Under three
     * shared episodes nothing is judged by share: 0 of 2 between is compatible.
     */
    @Test
    void sharingThreeEpisodesABatchLinkNeedsHandOffsInHalf() {
        episode(new int[] {1, 3}, 0, 70);
        episode(new int[] {1, 3}, 3600, 3900);
        episode(new int[] {1, 3}, 7200, 7500);
        SessionMerge s = new SessionMerge(accounts, visits, OperationParameters.defaults());
        assertThat(s.between(List.of(1), List.of(3))).containsExactly(3, 1, 0, 0);
        assertThat(s.compatible(s.between(List.of(1), List.of(3)))).isFalse();
        assertThat(s.compatible(new int[] {3, 2, 0, 0})).isTrue();
        assertThat(s.compatible(new int[] {2, 0, 0, 0})).isTrue();
    }
}
