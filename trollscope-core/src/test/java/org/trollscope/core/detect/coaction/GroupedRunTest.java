package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.core.sim.TrollFactorySimulator;

/** A run that reuses another run's grouping of the objects finds exactly what a fresh run finds. */
class GroupedRunTest {
    private static ActivityLog log() {
        ScenarioParameters p = ScenarioParameters.defaults().toBuilder().organicAccounts(800).days(7).governmentPages(2)
                .critics(2).teams(1).operatorsPerTeam(2).minAccountsPerOperator(4).maxAccountsPerOperator(6).cues(10)
                .build();
        ActivityLogBuilder b = new ActivityLogBuilder();
        new TrollFactorySimulator(p, 3).generate(chunk -> chunk.forEach(b::add), ProgressListener.NONE);
        return b.build();
    }

    private static void assertSameEvidence(CoActionResult x, CoActionResult y) {
        assertThat(x.methods().keySet()).isEqualTo(y.methods().keySet());
        for (CoActionMethod m : x.methods().keySet()) {
            PairEvidence a = x.methods().get(m).pairs();
            PairEvidence b = y.methods().get(m).pairs();
            assertThat(a.size()).as(m.wireName()).isEqualTo(b.size());
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.key(i)).isEqualTo(b.key(i));
                assertThat(a.objects(i)).isEqualTo(b.objects(i));
            }
            assertThat(x.methods().get(m).coActions()).isEqualTo(y.methods().get(m).coActions());
            ObjectCrowding c = x.methods().get(m).crowding();
            ObjectCrowding d = y.methods().get(m).crowding();
            for (int o = 0; o < c.objectCount(); o++) {
                assertThat(new long[] {c.accounts(o), c.busiestWindow(o), c.coActions(o), c.coActingPairs(o)})
                        .as("%s object %d", m.wireName(), o)
                        .containsExactly(d.accounts(o), d.busiestWindow(o), d.coActions(o), d.coActingPairs(o));
            }
            for (int r = 0; r < x.order().size(); r++) {
                assertThat(c.partnersOf(r)).as("%s partners of %d", m.wireName(), r).isEqualTo(d.partnersOf(r));
            }
        }
    }

    /**
     * A half run given a run of the whole log in the same window is swept only over that run's
     * pairs: it must keep the same pairs as a fresh half run, with aggregation cut into several
     * ranges or not.
     */
    @Test
    void aHalfRestrictedToTheWholeRunsPairsFindsTheSame() {
        ActivityLog log = log();
        CoActionParameters tenMinutes = CoActionParameters.defaults().withWindow(Duration.ofMinutes(10));
        CoActionResult whole = new CoActionDetector(tenMinutes, 2).detect(log, ProgressListener.NONE);
        assertThat(whole.combined().size()).isGreaterThan(50);
        for (int h = 0; h < 2; h++) {
            CoActionResult fresh = new CoActionDetector(tenMinutes, 2).onHalf(h).detect(log, ProgressListener.NONE);
            assertThat(fresh.combined().size()).isGreaterThan(10);
            assertSameEvidence(new CoActionDetector(tenMinutes, 2).onHalf(h).detect(log, whole, ProgressListener.NONE),
                    fresh);
            assertSameEvidence(new CoActionDetector(tenMinutes, 2, 7).onHalf(h).detect(log, whole,
                    ProgressListener.NONE), fresh);
        }
    }

    @Test
    void anotherWindowOrAHalfReusingTheGroupingFindsTheSame() {
        ActivityLog log = log();
        CoActionParameters minute = CoActionParameters.defaults();
        CoActionParameters tenMinutes = minute.withWindow(Duration.ofMinutes(10));
        CoActionResult first = new CoActionDetector(minute, 1).detect(log, ProgressListener.NONE);
        assertThat(first.methods()).containsKey(CoActionMethod.NEAR_TEXT);
        assertSameEvidence(new CoActionDetector(tenMinutes, 1).detect(log, first, ProgressListener.NONE),
                new CoActionDetector(tenMinutes, 1).detect(log, ProgressListener.NONE));
        for (int h = 0; h < 2; h++) {
            assertSameEvidence(new CoActionDetector(tenMinutes, 2).onHalf(h).detect(log, first, ProgressListener.NONE),
                    new CoActionDetector(tenMinutes, 2).onHalf(h).detect(log, ProgressListener.NONE));
        }
        assertThatThrownBy(() -> new CoActionDetector(minute.withMinParticipation(3), 1).detect(log, first,
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum participation");
    }
}
