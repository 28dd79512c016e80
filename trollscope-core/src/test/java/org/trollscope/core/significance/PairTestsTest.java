package org.trollscope.core.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.detect.coaction.CoActionDetector;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.CoActionParameters;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

class PairTestsTest {
    private static Action share(String account, String target, long seconds) {
        return new Action(account + "-" + target, "x", account, ActionType.SHARE, target, null, null, null, null, null,
                Instant.ofEpochSecond(1_700_000_000L + seconds));
    }

    @Test
    void accountsThatAlwaysActTogetherOnEverythingAreNotSurprising() {
        // z, a and b share p1..p3, z first, a 10 s later, b 20 s later: every account acts on every
        // object (the configuration model is saturated: expected common objects = 3 = observed), and
        // every delay (z -10 s, a 10 s, b 20 s, pooled: no account acts on anything apart) is within
        // 60 s of every other (synchrony 1, so 3 co-actions expected). Same things: P(Poisson(3) ≥ 3)
        // = 1 − e^-3 (1 + 3 + 4.5); same time: 3 is not twice its expectation, so p = 1, and the
        // pair's p-value is the larger: 1.
        ActivityLogBuilder b = new ActivityLogBuilder();
        for (int o = 0; o < 3; o++) {
            b.add(share("z", "p" + o, o * 3600L));
            b.add(share("a", "p" + o, o * 3600L + 10));
            b.add(share("b", "p" + o, o * 3600L + 20));
        }
        CoActionResult r = new CoActionDetector(CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE)))
                .detect(b.build(), ProgressListener.NONE);
        PairTests t = PairTests.of(r);
        assertThat(t.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(t.observed(i)).isEqualTo(3);
            assertThat(t.common(i)).isEqualTo(3);
            assertThat(t.expected(i)).isCloseTo(3, within(1e-12));
            assertThat(t.logP(i)).isZero();
            // the same-time test failed, so the same-things expectation was not needed
            assertThat(t.expectedCommon(i)).isNaN();
        }
        // the fitted model approaches saturation (p = xy / (1 + xy) < 1) without reaching it
        assertThat(t.models().get(0).expectedCommon(3, 3)).isCloseTo(3, within(1e-3));
        assertThat(t.activeAccounts()).isEqualTo(3);
        assertThat(t.family()).isEqualTo(3);
    }

    @Test
    void slowAccountsMeetingWithinSecondsAgainAndAgainAreSurprising() {
        // 30 accounts each share 40 of 200 posts at delays spread over a day; a and b share 15 more
        // posts 5 s apart, between 1 and 20 hours after each post's first share, and 10 posts at
        // random. Their delays are spread, so meeting within 60 s fifteen times is far above what
        // their habits give, and so is sharing 15 posts that nobody else shares.
        ActivityLogBuilder b = new ActivityLogBuilder();
        java.util.Random rnd = new java.util.Random(7);
        for (int k = 0; k < 30; k++) {
            for (int j = 0; j < 40; j++) {
                int o = rnd.nextInt(200);
                b.add(share("u" + k, "p" + o, o * 100_000L + rnd.nextInt(86_400)));
            }
        }
        for (int j = 0; j < 15; j++) {
            int o = 200 + j;
            long delay = 3_600 + rnd.nextInt(68_400);
            b.add(share("u0", "p" + o, o * 100_000L));
            b.add(share("a", "p" + o, o * 100_000L + delay));
            b.add(share("b", "p" + o, o * 100_000L + delay + 5));
        }
        for (int j = 0; j < 10; j++) {
            int o = rnd.nextInt(200);
            b.add(share(j % 2 == 0 ? "a" : "b", "p" + o, o * 100_000L + rnd.nextInt(86_400)));
        }
        CoActionResult r = new CoActionDetector(CoActionParameters.defaults().withMethods(Set.of(CoActionMethod.SHARE)))
                .detect(b.build(), ProgressListener.NONE);
        PairTests t = PairTests.of(r);
        int best = 0;
        for (int i = 1; i < t.size(); i++) {
            if (t.logP(i) < t.logP(best)) {
                best = i;
            }
        }
        String pair = r.log().accountIdText(r.order().account(r.combined().a(best))) + "-"
                + r.log().accountIdText(r.order().account(r.combined().b(best)));
        assertThat(pair).isEqualTo("a-b");
        assertThat(t.observed(best)).isGreaterThanOrEqualTo(15);
        assertThat(t.expected(best)).isLessThan(2);
        // small enough to survive Benjamini-Hochberg over all pairs of the 33 accounts at 1 %
        assertThat(t.logP(best)).isLessThan(Math.log(0.01 / t.family()));
    }

    /** Pairs are tested in chunks on the detector's threads: the result must not depend on how many. */
    @Test
    void theThreadCountDoesNotChangeAnyTest() {
        org.trollscope.core.sim.ScenarioParameters p = org.trollscope.core.sim.ScenarioParameters.defaults().toBuilder()
                .organicAccounts(1500).days(7).teams(1).operatorsPerTeam(2).cues(8).build();
        ActivityLogBuilder b = new ActivityLogBuilder();
        new org.trollscope.core.sim.TrollFactorySimulator(p, 5).generate(chunk -> chunk.forEach(b::add),
                ProgressListener.NONE);
        org.trollscope.core.model.ActivityLog log = b.build();
        PairTests one = PairTests.of(new CoActionDetector(CoActionParameters.defaults().withThreads(1))
                .detect(log, ProgressListener.NONE));
        PairTests two = PairTests.of(new CoActionDetector(CoActionParameters.defaults().withThreads(2))
                .detect(log, ProgressListener.NONE));
        // more pairs than one chunk, so both threads take part
        assertThat(one.size()).isGreaterThan(3 * 4096).isEqualTo(two.size());
        for (int i = 0; i < one.size(); i++) {
            assertThat(two.observed(i)).isEqualTo(one.observed(i));
            assertThat(two.expected(i)).isEqualTo(one.expected(i));
            assertThat(two.logP(i)).isEqualTo(one.logP(i));
        }
    }
}
