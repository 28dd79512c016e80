package org.trollscope.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    // f1..f4: factory, operators o1 (f1 leader, f2) and o2 (f3, f4) in team t1; g1..g6 organic
    private static final List<AccountLabel> LABELS = List.of(
            new AccountLabel("f1", true, "o1", "t1", Role.LEADER),
            new AccountLabel("f2", true, "o1", "t1", Role.MEMBER),
            new AccountLabel("f3", true, "o2", "t1", Role.MEMBER),
            new AccountLabel("f4", true, "o2", "t1", Role.MEMBER),
            AccountLabel.organic("g1"), AccountLabel.organic("g2"), AccountLabel.organic("g3"),
            AccountLabel.organic("g4"), AccountLabel.organic("g5"), AccountLabel.organic("g6"));

    @Test
    void countsFlaggedAccountsAgainstTheLabels() {
        // flagged: f1 f2 f3 (TP 3), g1 (FP 1); not flagged: f4 (FN 1), g2..g6 (TN 5)
        Map<String, AccountPrediction> p = new HashMap<>();
        for (String id : List.of("f1", "f2", "f3", "g1")) {
            p.put(id, new AccountPrediction(id, true, null, null, null, null));
        }
        for (String id : List.of("f4", "g2", "g3", "g4", "g5")) {
            p.put(id, new AccountPrediction(id, false, null, null, null, null));
        }
        EvaluationReport r = Evaluator.evaluate(LABELS, new DetectionOutcome(p, false, false, false, false, null),
                List.of(), Evaluator.CUE_TOLERANCE);
        DetectionScore d = r.detection();
        assertThat(d).isEqualTo(new DetectionScore(3, 1, 1, 5));
        assertThat(d.precision()).isEqualTo(0.75);
        assertThat(d.recall()).isEqualTo(0.75);
        assertThat(d.f1()).isEqualTo(0.75);                       // 2·3 / (2·3 + 1 + 1)
        assertThat(d.organicFalsePositiveRate()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(r.missingFromResult()).isEqualTo(1);           // g6 is not in the result
        assertThat(r.operators()).isNull();
        assertThat(r.cues()).isNull();
    }

    @Test
    void scoresOperatorsTeamsAndLeadersWhenTheResultHasThem() {
        // operators: f1 f2 → A (right), f3 → B, f4 none (singleton), g1 → B (an organic in B)
        Map<String, AccountPrediction> p = new HashMap<>();
        p.put("f1", new AccountPrediction("f1", true, "c1", "A", "T", true));
        p.put("f2", new AccountPrediction("f2", true, "c1", "A", "T", false));
        p.put("f3", new AccountPrediction("f3", true, "c1", "B", "T", false));
        p.put("f4", new AccountPrediction("f4", true, "c2", null, null, false));
        p.put("g1", new AccountPrediction("g1", true, "c2", "B", "T", true));
        EvaluationReport r = Evaluator.evaluate(LABELS, new DetectionOutcome(p, true, true, true, true, null),
                List.of(), Evaluator.CUE_TOLERANCE);
        // ARI over f1..f4: truth {f1,f2}{f3,f4}, predicted {f1,f2}{f3}{f4}: index 1, rows 2, columns 1,
        // pairs 6 → expected 1/3, max 1.5 → (1 - 1/3) / (1.5 - 1/3) = 4/7
        assertThat(r.operators().adjustedRandIndex()).isCloseTo(4.0 / 7, within(1e-12));
        // every factory account flagged: the same over the flagged
        assertThat(r.operators().flaggedItems()).isEqualTo(4);
        assertThat(r.operators().flaggedAdjustedRandIndex()).isCloseTo(4.0 / 7, within(1e-12));
        // purity over f1 f2 f3 g1: A → 2 (o1), B → max(1 o2, 1 organic) = 1 → 3/4
        assertThat(r.operators().purity()).isEqualTo(0.75);
        assertThat(r.operators().predictedGroups()).isEqualTo(2);
        // teams: T holds f1 f2 f3 (t1) and g1: purity 3/4
        assertThat(r.teams().purity()).isEqualTo(0.75);
        assertThat(r.leaders()).isEqualTo(new LeaderScore(1, 1, 2));
        // communities over flagged f1..f4, g1: c1 = f1 f2 f3 (t1), c2 = f4 (t1), g1 → purity (3 + 1) / 5
        assertThat(r.communitiesVsTeams().purity()).isCloseTo(0.8, within(1e-12));
    }

    /**
     * An account detection missed has no operator and lowers the ARI over all factory accounts; over
     * the flagged ones it is set aside. f4 missed: all four, truth {f1,f2}{f3,f4}, predicted
     * {f1,f2}{f3}{f4}: 4/7 as above; flagged f1 f2 f3, truth {f1,f2}{f3}, predicted the same: 1.
     */
    @Test
    void theGroupingOfTheFlaggedAccountsIsScoredApartFromWhatDetectionMissed() {
        Map<String, AccountPrediction> p = new HashMap<>();
        p.put("f1", new AccountPrediction("f1", true, "c1", "A", "T", true));
        p.put("f2", new AccountPrediction("f2", true, "c1", "A", "T", false));
        p.put("f3", new AccountPrediction("f3", true, "c1", "B", "T", false));
        p.put("f4", new AccountPrediction("f4", false, null, null, null, false));
        EvaluationReport r = Evaluator.evaluate(LABELS, new DetectionOutcome(p, true, true, true, true, null),
                List.of(), Evaluator.CUE_TOLERANCE);
        assertThat(r.operators().adjustedRandIndex()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(r.operators().flaggedItems()).isEqualTo(3);
        assertThat(r.operators().flaggedAdjustedRandIndex()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aTrueCueMatchesADetectedCueWithinTheTolerance() {
        Instant ten = Instant.parse("2024-03-04T05:00:00Z");
        Instant eleven = Instant.parse("2024-03-04T06:00:00Z");
        // 10:04 is 4 min after the first cue; 11:06 is 6 min after the second (outside 5 min)
        CueScore s = Evaluator.cues(List.of(ten, eleven, eleven),
                List.of(ten.plus(Duration.ofMinutes(4)), eleven.plus(Duration.ofMinutes(6))), Duration.ofMinutes(5));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.cues()).isEqualTo(2);
        assertThat(s.share()).isEqualTo(0.5);
        assertThat(Evaluator.cues(List.of(ten), List.of(ten.minus(Duration.ofMinutes(5))), Duration.ofMinutes(5))
                .matched()).isEqualTo(1);
    }

    @Test
    void cueStartsAreScoredBesideTheInstructionsWhenKnown() {
        Map<String, AccountPrediction> p = new HashMap<>();
        p.put("f1", new AccountPrediction("f1", true, "c1", null, null, false));
        Instant ten = Instant.parse("2024-03-04T05:00:00Z");
        Instant detected = ten.plus(Duration.ofMinutes(10));
        // the factory started 9 min after the instruction: the detected onset 10 min after it
        // misses the instruction but lies 1 min from the start
        DetectionOutcome outcome = new DetectionOutcome(p, false, false, false, false, List.of(detected));
        EvaluationReport r = Evaluator.evaluate(LABELS, outcome, List.of(ten),
                List.of(ten.plus(Duration.ofMinutes(9))), Evaluator.CUE_TOLERANCE);
        assertThat(r.cues().matched()).isZero();
        assertThat(r.cueStarts().matched()).isEqualTo(1);
        assertThat(r.cueStarts().cues()).isEqualTo(1);
        assertThat(Evaluator.evaluate(LABELS, outcome, List.of(ten), Evaluator.CUE_TOLERANCE).cueStarts()).isNull();
    }

    @Test
    void accountsTheLabelsDoNotKnowAreAnError() {
        Map<String, AccountPrediction> p = Map.of("zz", new AccountPrediction("zz", true, null, null, null, null));
        assertThatThrownBy(() -> Evaluator.evaluate(LABELS, new DetectionOutcome(p, false, false, false, false, null),
                List.of(), Evaluator.CUE_TOLERANCE)).hasMessageContaining("1 accounts").hasMessageContaining("zz");
    }

    @Test
    void aLabelThatContradictsItselfIsRejected() {
        assertThatThrownBy(() -> new AccountLabel("x", true, null, "t1", Role.MEMBER))
                .hasMessageContaining("needs an operator");
        assertThatThrownBy(() -> new AccountLabel("x", false, null, null, Role.LEADER))
                .hasMessageContaining("contradicts role leader");
    }
}
