package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.trollscope.core.detect.coaction.Scenario.scenario;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;

class AccountObjectsTest {
    private static int rank(CoActionResult r, String id) {
        for (int k = 0; k < r.order().size(); k++) {
            if (r.log().accountIdText(r.order().account(k)).equals(id)) {
                return k;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void commonObjectsAndDelaySynchronyAreCountedByHand() {
        // z opens p, q and s; a follows after 10 s, 10 s and 2 h; b after 30 s, 5 min, and b alone shares t
        ActivityLog log = scenario()
                .share("z", "p", "08:00:00").share("a", "p", "08:00:10").share("b", "p", "08:00:30")
                .share("z", "q", "09:00:00").share("a", "q", "09:00:10").share("b", "q", "09:05:00")
                .share("z", "s", "10:00:00").share("a", "s", "12:00:00")
                .share("b", "t", "13:00:00").share("z", "t", "13:00:01")
                .build();
        CoActionParameters p = CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE))
                .withMinParticipation(1).withWindow(Duration.ofSeconds(60));
        CoActionResult r = new CoActionDetector(p).detect(log, ProgressListener.NONE);
        MethodEvidence m = r.methods().get(CoActionMethod.SHARE);
        AccountObjects inc = AccountObjects.of(m.objects(), m.crowding(), r.order().size());
        int a = rank(r, "a");
        int b = rank(r, "b");
        int z = rank(r, "z");
        assertThat(inc.degree(a)).isEqualTo(3);
        assertThat(inc.degree(b)).isEqualTo(3);
        assertThat(inc.common(a, b)).isEqualTo(2);   // p and q
        assertThat(inc.common(a, z)).isEqualTo(3);
        assertThat(inc.common(b, z)).isEqualTo(3);   // p, q, t
        // delays from the earliest other account, all on objects of 2 or 3 accounts (one class):
        // z {-10, -10, -7200, 1}, a {10, 10, 7200}, b {30, 300, -1} (b opened t, z followed 1 s later)
        AccountObjects.Habits h = inc.habits(60_000);
        // pooled pairs within 60 s: seven delays in [-10, 30] see each other (7 of 10 each), the other
        // three see only themselves (1 of 10): (7 × 0.7 + 3 × 0.1) / 10
        assertThat(h.populationSynchrony(3)).isCloseTo(0.52, within(1e-12));
        // a apart from b: {7200} (near 1 of 10 pooled); b apart from a: {-1} (near 7 of 10); they are
        // not within 60 s of each other. With the prior weight k = 5, per shared object (p and q):
        // (0 + 5 × 0.1 + 5 × 0.7 + 25 × 0.52) / ((1 + 5) × (1 + 5))
        assertThat(h.expectedWithin(a, b)).isCloseTo(2 * 17 / 36.0, within(1e-6));
        assertThat(h.expectedWithin(b, a)).isCloseTo(h.expectedWithin(a, b), within(1e-12));
        // a shares all its objects with z (p, q, s): a's side is the pooled distribution alone; z
        // apart: {1}. Per object (0 + 0 + 5 × 0.7 + 25 × 0.52) / ((0 + 5) × (1 + 5))
        assertThat(h.expectedWithin(a, z)).isCloseTo(3 * 16.5 / 30, within(1e-6));
    }

    @Test
    void aTeamThatOnlySharesItsOwnObjectsIsJudgedByEveryoneElsesDelaysOnObjectsOfItsReach() {
        // x, y and w share e0..e3 within 20 s of each other and nothing else; o0..o3 share posts
        // q0..q3 in pairs 75 min apart; o0..o3 and u0..u3 all share the viral v within 7 s.
        Scenario s = scenario();
        for (int k = 0; k < 4; k++) {
            String h = String.format("%02d", 2 * k);
            s.share("x", "e" + k, h + ":00:00").share("y", "e" + k, h + ":00:10").share("w", "e" + k, h + ":00:20");
            s.share("o" + k, "q" + k, h + ":30:00").share("o" + ((k + 1) % 4), "q" + k, String.format("%02d:45:00",
                    2 * k + 1));
            s.share("o" + k, "v", "20:00:0" + k).share("u" + k, "v", "20:00:0" + (k + 4));
        }
        CoActionParameters p = CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE))
                .withMinParticipation(1).withWindow(Duration.ofSeconds(60));
        CoActionResult r = new CoActionDetector(p).detect(s.build(), ProgressListener.NONE);
        MethodEvidence m = r.methods().get(CoActionMethod.SHARE);
        AccountObjects inc = AccountObjects.of(m.objects(), m.crowding(), r.order().size());
        AccountObjects.Habits h = inc.habits(60_000);
        // objects of 2 or 3 accounts: the team's 12 delays (x -10, y 10, w 20, four times) are within
        // 60 s of each other, the eight organic ones (-4500 and 4500, four times) of their own sign's
        // four: (12 × 12 + 8 × 4) / 20²; the viral post's class (8 accounts) is apart: all within 7 s
        assertThat(h.populationSynchrony(3)).isCloseTo((12 * 12 + 8 * 4) / 400.0, within(1e-12));
        assertThat(h.populationSynchrony(8)).isEqualTo(1.0);
        // x and y act on nothing apart: each e-object counts the pooled synchrony of its class,
        // not the 1 their own delays would give
        assertThat(h.expectedWithin(rank(r, "x"), rank(r, "y"))).isCloseTo(4 * 176 / 400.0, within(1e-6));
    }

    @Test
    void halvesSplitTheObjectsWithoutOverlapAndCoverThemAll() {
        Scenario s = scenario();
        for (int o = 0; o < 40; o++) {
            s.share("a", "o" + o, String.format("%02d:%02d:00", o / 60, o % 60)).share("b", "o" + o,
                    String.format("%02d:%02d:05", o / 60, o % 60));
        }
        ActivityLog log = s.build();
        CoActionParameters p = CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE));
        CoActionDetector d = new CoActionDetector(p, 1);
        int zero = d.onHalf(0).detect(log, ProgressListener.NONE).combined().objects(0);
        int one = d.onHalf(1).detect(log, ProgressListener.NONE).combined().objects(0);
        assertThat(zero + one).isEqualTo(40);
        // a random split of 40 objects: both halves get some (P(all on one side) = 2^-39)
        assertThat(zero).isPositive();
        assertThat(one).isPositive();
        assertThat(d.onHalf(0).detect(log, ProgressListener.NONE).combined().objects(0)).isEqualTo(zero);
    }
}
