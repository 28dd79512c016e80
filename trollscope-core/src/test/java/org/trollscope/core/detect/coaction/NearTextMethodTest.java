package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.text.TalkingPoint;

class NearTextMethodTest {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
    private static final String SCRIPT = "Мы против экстремизма! Таджикистан выбирает мир и единство народа.";
    /** The script with Latin М, р, о, е, с inside Cyrillic words, upper case and emoji. */
    private static final String DISGUISED = "MЫ ПPOТИВ ЭКСТPEМИЗМА!!! 🇹🇯🇹🇯 Таджикистан выбирает мир и единство народа 👍";

    private static CoActionParameters params(Duration textWindow, int threads) {
        return new CoActionParameters(Duration.ofSeconds(60), EnumSet.of(CoActionMethod.NEAR_TEXT), 1, 1000, threads,
                textWindow);
    }

    private static void post(ActivityLogBuilder b, String id, String account, int minutes, String text) {
        b.add(new Action(id, "telegram", account, ActionType.POST, null, null, text, List.of(), List.of(), List.of(),
                T.plusSeconds(60L * minutes)));
    }

    private static ActivityLog twoPosts(int minutesApart, String first, String second) {
        ActivityLogBuilder b = new ActivityLogBuilder();
        post(b, "m1", "alice", 0, first);
        post(b, "m2", "bob", minutesApart, second);
        return b.build();
    }

    private static CoActionResult detect(CoActionParameters p, ActivityLog log) {
        return new CoActionDetector(p).detect(log, ProgressListener.NONE);
    }

    private static MethodEvidence nearText(CoActionResult r) {
        return r.methods().get(CoActionMethod.NEAR_TEXT);
    }

    @Test
    void twoAccountsPostingADisguisedCopyTenMinutesApartCoActWithBothTextsInTheEvidence() {
        ActivityLog log = twoPosts(10, SCRIPT, DISGUISED);
        CoActionDetector d = new CoActionDetector(params(Duration.ofHours(1), 1));
        CoActionResult r = d.detect(log, ProgressListener.NONE);
        PairEvidence e = nearText(r).pairs();
        assertThat(CoActionDetectorTest.pairs(r, e)).containsExactly("alice-bob");
        assertThat(e.objects(0)).isEqualTo(1);
        assertThat(e.minGapMillis(0)).isEqualTo(600_000);
        assertThat(nearText(r).objects().objectName(0)).isEqualTo("narrative-1");

        CoActionEvidence ev = d.evidence(r, new long[] {e.key(0)});
        assertThat(ev.size()).isEqualTo(1);
        assertThat(ev.method(0)).isEqualTo(CoActionMethod.NEAR_TEXT);
        assertThat(log.text(ev.rowA(0))).isEqualTo(SCRIPT); // alice is account a
        assertThat(log.text(ev.rowB(0))).isEqualTo(DISGUISED);
        assertThat(log.time(ev.rowB(0)) - log.time(ev.rowA(0))).isEqualTo(600_000);
        assertThat(ev.gapMillis(0)).isEqualTo(600_000);
        // homoglyphs, case, emoji and punctuation fold away: the normalised texts are identical
        assertThat(ev.textSimilarity(0)).isEqualTo(1.0);
    }

    @Test
    void theSameTextsThreeHoursApartCoActOnlyWhenTheTextWindowIsUnbounded() {
        ActivityLog log = twoPosts(180, SCRIPT, DISGUISED);
        assertThat(nearText(detect(params(Duration.ofHours(1), 1), log)).pairs().size()).isZero();
        assertThat(nearText(detect(params(Duration.ofHours(1), 1), log)).objects().talkingPoints()).isEmpty();
        CoActionResult unbounded = detect(params(null, 1), log);
        PairEvidence e = nearText(unbounded).pairs();
        assertThat(CoActionDetectorTest.pairs(unbounded, e)).containsExactly("alice-bob");
        assertThat(e.minGapMillis(0)).isEqualTo(3 * 3_600_000);
    }

    @Test
    void gapsBeyondTwentyFourDaysSaturateInsteadOfOverflowing() {
        ActivityLog log = twoPosts(60 * 24 * 40, SCRIPT, DISGUISED); // 40 days apart
        PairEvidence e = nearText(detect(params(null, 1), log)).pairs();
        assertThat(e.size()).isEqualTo(1);
        assertThat(e.minGapMillis(0)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void eachMethodSweepsWithItsOwnWindowAndAnUnboundedOneLeavesHeadroom() {
        CoActionParameters p = params(Duration.ofMinutes(30), 1);
        assertThat(p.windowMillis(CoActionMethod.SHARE)).isEqualTo(60_000);
        assertThat(p.windowMillis(CoActionMethod.NEAR_TEXT)).isEqualTo(1_800_000);
        long unbounded = params(null, 1).windowMillis(CoActionMethod.NEAR_TEXT);
        assertThat(unbounded + 100L * 365 * 86_400_000).isPositive(); // a century added does not overflow
        assertThat(params(null, 1).textWindowIfBounded()).isEmpty();
    }

    @Test
    void textsShorterThanTheMinimumLengthAreIgnored() {
        // "мы против экстремизма" normalises to 20 characters, under the minimum of 30
        ActivityLog log = twoPosts(1, "Мы против экстремизма!", "Мы против экстремизма!");
        CoActionResult r = detect(params(Duration.ofHours(1), 1), log);
        assertThat(nearText(r).pairs().size()).isZero();
        assertThat(nearText(r).objects().objectCount()).isZero();
    }

    @Test
    void theSameAccountRepeatingItselfIsNotACoAction() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        post(b, "m1", "alice", 0, SCRIPT);
        post(b, "m2", "alice", 5, DISGUISED);
        CoActionResult r = detect(params(Duration.ofHours(1), 1), b.build());
        assertThat(nearText(r).pairs().size()).isZero();
    }

    @Test
    void sharesAreNotComparedOnlyAuthoredTexts() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        post(b, "m1", "alice", 0, SCRIPT);
        b.add(new Action("m2", "telegram", "bob", ActionType.SHARE, "m1", null, SCRIPT, List.of(), List.of(), List.of(),
                T.plusSeconds(60)));
        assertThat(nearText(detect(params(Duration.ofHours(1), 1), b.build())).pairs().size()).isZero();
    }

    @Test
    void aLogWithoutTextsGivesAnEmptyMethod() {
        ActivityLog log = Scenario.scenario().share("alice", "p1", "12:00:00").share("bob", "p1", "12:00:10").build();
        CoActionResult r = detect(params(Duration.ofHours(1), 1).withMethods(EnumSet.allOf(CoActionMethod.class)), log);
        assertThat(nearText(r).objects().size()).isZero();
        assertThat(r.methods().get(CoActionMethod.SHARE).pairs().size()).isEqualTo(1);
    }

    @Test
    void accountsRepeatingAScriptOnThreeDaysCoActOnThreeObjects() {
        // one star per day: a one-hour window keeps the days apart, so the weight counts occasions
        ActivityLogBuilder b = new ActivityLogBuilder();
        for (int day = 0; day < 3; day++) {
            post(b, "a" + day, "alice", day * 1440, SCRIPT);
            post(b, "b" + day, "bob", day * 1440 + 7, DISGUISED);
        }
        CoActionResult r = detect(params(Duration.ofHours(1), 1), b.build());
        assertThat(nearText(r).objects().talkingPoints()).hasSize(3);
        assertThat(nearText(r).pairs().objects(0)).isEqualTo(3);
        assertThat(nearText(r).pairs().coActions(0)).isEqualTo(3);
    }

    @Test
    void theThreadCountDoesNotChangePairsOrTalkingPoints() {
        ActivityLog log = generated(new Random(11), 400);
        CoActionResult one = detect(params(Duration.ofHours(1), 1), log);
        CoActionResult three = detect(params(Duration.ofHours(1), 3), log);
        assertThat(nearText(one).pairs().size()).isGreaterThan(10); // the fixture plants copies: not vacuous
        assertThat(nearText(three).pairs()).isEqualTo(nearText(one).pairs());
        assertThat(rows(nearText(three).objects().talkingPoints())).isEqualTo(rows(nearText(one).objects().talkingPoints()));
    }

    private static List<String> rows(List<TalkingPoint> points) {
        List<String> out = new ArrayList<>();
        for (TalkingPoint t : points) {
            out.add(t.id() + ":" + t.representativeRow() + ":" + java.util.Arrays.toString(t.rows()));
        }
        return out;
    }

    @Test
    void theOrderOfInputRowsDoesNotChangeTheEvidence() {
        List<Action> actions = generatedActions(new Random(5), 300);
        List<Action> shuffled = new ArrayList<>(actions);
        java.util.Collections.shuffle(shuffled, new Random(6));
        CoActionResult x = detect(params(Duration.ofHours(1), 2), build(actions));
        CoActionResult y = detect(params(Duration.ofHours(1), 2), build(shuffled));
        assertThat(nearText(x).pairs().size()).isGreaterThan(10);
        assertThat(nearText(y).pairs()).isEqualTo(nearText(x).pairs());
    }

    private static ActivityLog build(List<Action> actions) {
        ActivityLogBuilder b = new ActivityLogBuilder();
        actions.forEach(b::add);
        return b.build();
    }

    static ActivityLog generated(Random rnd, int posts) {
        return build(generatedActions(rnd, posts));
    }

    /** Posts by 30 accounts over six hours: a third copies one of four scripts with a word added. */
    static List<Action> generatedActions(Random rnd, int posts) {
        String[] scripts = {SCRIPT, "Правительство строит новые школы и дороги, народ благодарит президента за заботу.",
                "Hukumat yangi maktablar va yo'llar qurmoqda, xalq prezidentga rahmat aytmoqda doimo.",
                "Оппозиция за границей лжёт о нашей стране, не верьте провокаторам и их каналам."};
        String[] words = {"сегодня", "опять", "вот", "друзья", "правда", "bugun", "yana", "все", "как", "мир", "хлеб",
                "дом", "город", "работа", "небо", "вода", "гора", "река", "поле", "сад"};
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            StringBuilder text = new StringBuilder();
            if (rnd.nextInt(3) == 0) {
                text.append(scripts[rnd.nextInt(scripts.length)]).append(' ').append(words[rnd.nextInt(words.length)]);
            } else {
                for (int w = 0; w < 12; w++) {
                    text.append(words[rnd.nextInt(words.length)]).append(' ');
                }
            }
            out.add(new Action("m" + i, "telegram", "acc" + rnd.nextInt(30), ActionType.POST, null, null, text.toString(),
                    List.of(), List.of(), List.of(), T.plusSeconds(60L * rnd.nextInt(360))));
        }
        return out;
    }
}
