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
                .share("a", "u", "14:00:00")
                .build();
        CoActionParameters p = CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE))
                .withMinParticipation(1).withWindow(Duration.ofSeconds(60));
        CoActionResult r = new CoActionDetector(p).detect(log, ProgressListener.NONE);
        MethodEvidence m = r.methods().get(CoActionMethod.SHARE);
        AccountObjects inc = AccountObjects.of(m.objects(), m.crowding(), r.order().size());
        int a = rank(r, "a");
        int b = rank(r, "b");
        int z = rank(r, "z");
        assertThat(inc.degree(a)).isEqualTo(4);     // p, q, s and u, which a shared alone
        assertThat(inc.degree(b)).isEqualTo(3);
        assertThat(inc.common(a, b)).isEqualTo(2);   // p and q
        assertThat(inc.common(a, z)).isEqualTo(3);
        assertThat(inc.common(b, z)).isEqualTo(3);   // p, q, t
        // delays from each object's midpoint between its first action and the first by another
        // account: p and q 5 s after z, s 1 h after, t 0.5 s after b. a {5 s, 5 s, 3600 s} (u gives
        // none: measured from a's own action it would be 0 whatever a's habits); b {25 s, 295 s,
        // -0.5 s}. Pairs within 60 s: a=5 with b=25 and b=-0.5, twice → 4 of 3 × 3
        assertThat(inc.synchrony(a, b, 60_000)).isCloseTo(4 / 9.0, within(1e-12));
        // within 10 min everything but a's 2 h delay: 2 × 3 of 9
        assertThat(inc.synchrony(a, b, 600_000)).isCloseTo(6 / 9.0, within(1e-12));
        assertThat(inc.synchrony(a, b, 60_000)).isEqualTo(inc.synchrony(b, a, 60_000));
        // first actions at most 60 s apart on shared objects: p (20 s) but not q (290 s)
        assertThat(inc.commonWithin(a, b, 60_000)).isEqualTo(1);
        assertThat(inc.commonWithin(a, b, 290_000)).isEqualTo(2);
        // z opened p, q, s (delays -5, -5, -3600 s) and followed on t (+0.5 s); a: 5, 5, 3600:
        // within 60 s: z=-5 with a=5 twice (each), z=0.5 with a=5 twice → 6 of 4 × 3
        assertThat(inc.synchrony(a, z, 60_000)).isCloseTo(6 / 12.0, within(1e-12));
    }

    @Test
    void anOpenerAndItsFollowerAreAsFarApartInDelayAsInTime() {
        // x opens three objects and y follows 8 min later each time: delays -4 and +4 min, 8 min
        // apart, so a 10 min window holds every pair of their delays (from each account's own
        // earliest other, they would be -8 and +8 min: 16 min apart, never within the window)
        ActivityLog log = scenario()
                .share("x", "p", "08:00:00").share("y", "p", "08:08:00")
                .share("x", "q", "10:00:00").share("y", "q", "10:08:00")
                .share("x", "s", "12:00:00").share("y", "s", "12:08:00")
                .build();
        CoActionParameters p = CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE))
                .withMinParticipation(1).withWindow(Duration.ofMinutes(10));
        CoActionResult r = new CoActionDetector(p).detect(log, ProgressListener.NONE);
        MethodEvidence m = r.methods().get(CoActionMethod.SHARE);
        AccountObjects inc = AccountObjects.of(m.objects(), m.crowding(), r.order().size());
        int x = rank(r, "x");
        int y = rank(r, "y");
        assertThat(inc.commonWithin(x, y, 600_000)).isEqualTo(3);
        assertThat(inc.synchrony(x, y, 600_000)).isEqualTo(1.0);
        // 8 min apart is outside a 7 min window
        assertThat(inc.synchrony(x, y, 420_000)).isEqualTo(0.0);
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
