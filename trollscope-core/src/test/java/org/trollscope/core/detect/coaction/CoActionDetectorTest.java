package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trollscope.core.detect.coaction.Scenario.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

class CoActionDetectorTest {
    static CoActionParameters params(CoActionMethod... methods) {
        return new CoActionParameters(Duration.ofSeconds(60), EnumSet.copyOf(List.of(methods)), 1, 1000, 1);
    }

    static CoActionResult detect(CoActionParameters p, ActivityLog log) {
        return new CoActionDetector(p).detect(log, ProgressListener.NONE);
    }

    /** Pairs as "a-b" account ids. */
    static List<String> pairs(CoActionResult r, PairEvidence e) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            out.add(id(r, e.a(i)) + "-" + id(r, e.b(i)));
        }
        return out;
    }

    static String id(CoActionResult r, int rank) {
        return r.log().accountIdText(r.order().account(rank));
    }

    @Test
    void accountsSharingTheSamePostWithinTheWindowAreLinked() {
        ActivityLog log = scenario().share("alice", "p1", "12:00:00").share("bob", "p1", "12:00:30")
                .share("carol", "p1", "12:05:00").build(); // carol: 270 s after bob, outside 60 s
        CoActionResult r = detect(params(CoActionMethod.SHARE), log);
        PairEvidence e = r.methods().get(CoActionMethod.SHARE).pairs();
        assertThat(pairs(r, e)).containsExactly("alice-bob");
        assertThat(e.objects(0)).isEqualTo(1);
        assertThat(e.minGapMillis(0)).isEqualTo(30_000);
        assertThat(e.aFirst(0)).isEqualTo(1); // alice (a) shared first
        assertThat(e.bFirst(0)).isZero();
    }

    @Test
    void aGapOfExactlyTheWindowCountsAndOneMillisecondMoreDoesNot() {
        ActivityLog log = scenario().share("alice", "p1", "12:00:00").share("bob", "p1", "12:01:00")
                .share("carol", "p2", "12:00:00").share("dave", "p2", "12:01:00.001").build();
        CoActionResult r = detect(params(CoActionMethod.SHARE), log);
        assertThat(pairs(r, r.methods().get(CoActionMethod.SHARE).pairs())).containsExactly("alice-bob");
    }

    @Test
    void theWindowSlidesInsteadOfUsingFixedBins() {
        // 12:00:50 and 12:01:10 fall in different minute bins but are 20 s apart; a-c are 80 s apart
        ActivityLog log = scenario().share("a", "p", "12:00:00").share("b", "p", "12:00:50")
                .share("c", "p", "12:01:20").build();
        CoActionResult r = detect(params(CoActionMethod.SHARE), log);
        assertThat(pairs(r, r.methods().get(CoActionMethod.SHARE).pairs())).containsExactly("a-b", "b-c");
    }

    @Test
    void anAccountNeverCoActsWithItself() {
        ActivityLog log = scenario().share("alice", "p1", "12:00:00").share("alice", "p1", "12:00:10").build();
        CoActionResult r = detect(params(CoActionMethod.SHARE), log);
        assertThat(r.methods().get(CoActionMethod.SHARE).pairs().size()).isZero();
    }

    @Test
    void repeatedActionsOnOneObjectCountAsOneObjectButSeveralCoActions() {
        // alice uses #vote twice, bob once in between: co-actions (a1,b) gap 10 s and (b,a2) gap 20 s
        ActivityLog log = scenario().post("alice", "12:00:00", null, List.of("vote"))
                .post("bob", "12:00:10", null, List.of("Vote")).post("alice", "12:00:30", null, List.of("VOTE")).build();
        CoActionResult r = detect(params(CoActionMethod.HASHTAG), log);
        PairEvidence e = r.methods().get(CoActionMethod.HASHTAG).pairs();
        assertThat(pairs(r, e)).containsExactly("alice-bob");
        assertThat(e.objects(0)).isEqualTo(1);
        assertThat(e.coActions(0)).isEqualTo(2);
        assertThat(e.minGapMillis(0)).isEqualTo(10_000);
        assertThat(e.aFirst(0)).isEqualTo(1);
        assertThat(e.bFirst(0)).isEqualTo(1);
        // earlier sides: alice@0, bob@10 (2 distinct); later sides: bob@10, alice@30 (2 distinct)
        assertThat(e.earlierActions(0)).isEqualTo(2);
        assertThat(e.laterActions(0)).isEqualTo(2);
        assertThat(e.firstTime(0)).isEqualTo(Scenario.at("12:00:00").toEpochMilli());
        assertThat(e.lastTime(0)).isEqualTo(Scenario.at("12:00:30").toEpochMilli());
    }

    @Test
    void aRepeatedActionIdIsCountedOnce() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        Action bob = new Action("id2", "twitter", "bob", ActionType.SHARE, "p", null, null, null, null, null,
                Scenario.at("12:00:05"));
        b.add(new Action("id1", "twitter", "alice", ActionType.SHARE, "p", null, null, null, null, null,
                Scenario.at("12:00:00")));
        b.add(bob);
        b.add(bob); // the export repeats bob's row
        CoActionResult r = detect(params(CoActionMethod.SHARE), b.build());
        assertThat(r.methods().get(CoActionMethod.SHARE).pairs().coActions(0)).isEqualTo(1);
    }

    @Test
    void aCrowdedObjectIsListedAndNotExpanded() {
        // p1: three accounts within 60 s, max crowd 2 → crowd; p2: two accounts → expanded
        ActivityLog log = scenario().share("a", "p1", "12:00:00").share("b", "p1", "12:00:10").share("c", "p1", "12:00:20")
                .share("a", "p2", "13:00:00").share("b", "p2", "13:00:10").build();
        CoActionResult r = detect(params(CoActionMethod.SHARE).withMaxCrowd(2), log);
        assertThat(pairs(r, r.methods().get(CoActionMethod.SHARE).pairs())).containsExactly("a-b");
        assertThat(r.methods().get(CoActionMethod.SHARE).pairs().objects(0)).isEqualTo(1);
        assertThat(r.crowds()).containsExactly(new Crowd(CoActionMethod.SHARE, "p1", 3, 3, 3));
    }

    @Test
    void likesAndRepliesAreTheirOwnMethods() {
        ActivityLog log = scenario().like("a", "p", "12:00:00").like("b", "p", "12:00:05")
                .reply("c", "p", "12:00:00").reply("d", "p", "12:00:05").share("e", "p", "12:00:00").build();
        CoActionResult r = detect(params(CoActionMethod.LIKE, CoActionMethod.REPLY, CoActionMethod.SHARE), log);
        assertThat(pairs(r, r.methods().get(CoActionMethod.LIKE).pairs())).containsExactly("a-b");
        assertThat(pairs(r, r.methods().get(CoActionMethod.REPLY).pairs())).containsExactly("c-d");
        assertThat(r.methods().get(CoActionMethod.SHARE).pairs().size()).isZero();
    }

    @Test
    void linksCoActAfterNormalisation() {
        ActivityLog log = scenario().post("a", "12:00:00", List.of("https://News.example.org/story/?utm_source=tg#top"), null)
                .post("b", "12:00:20", List.of("HTTPS://news.example.org/story?fbclid=123"), null)
                .post("c", "12:00:30", List.of("https://news.example.org/other"), null).build();
        CoActionResult r = detect(params(CoActionMethod.LINK), log);
        MethodEvidence m = r.methods().get(CoActionMethod.LINK);
        assertThat(pairs(r, m.pairs())).containsExactly("a-b");
        assertThat(m.objects().objectName(0)).isEqualTo("https://news.example.org/story");
    }

    @Test
    void accountsBelowTheMinParticipationAreLeftOut() {
        // c shares once: with min participation 2 it is ignored, a and b share twice each
        ActivityLog log = scenario().share("a", "p1", "12:00:00").share("b", "p1", "12:00:05").share("c", "p1", "12:00:06")
                .share("a", "p2", "14:00:00").share("b", "p2", "15:00:00").build();
        CoActionResult r = detect(params(CoActionMethod.SHARE).withMinParticipation(2), log);
        assertThat(pairs(r, r.methods().get(CoActionMethod.SHARE).pairs())).containsExactly("a-b");
        assertThat(r.methods().get(CoActionMethod.SHARE).objects().excludedAccounts()).isEqualTo(1);
    }

    @Test
    void theEvidencePassListsEveryCoActionOfTheKeptPairsWithItsMedianGap() {
        // a-b co-share p1 (gap 10 s), p2 (gap 20 s), p3 (gap 40 s); a-c only p1 (gap 30 s)
        ActivityLog log = scenario().share("a", "p1", "12:00:00").share("b", "p1", "12:00:10").share("c", "p1", "12:00:30")
                .share("a", "p2", "13:00:00").share("b", "p2", "13:00:20")
                .share("b", "p3", "14:00:00").share("a", "p3", "14:00:40").build();
        CoActionDetector d = new CoActionDetector(params(CoActionMethod.SHARE));
        CoActionResult r = d.detect(log, ProgressListener.NONE);
        PairEvidence e = r.combined();
        assertThat(pairs(r, e)).containsExactly("a-b", "a-c", "b-c");
        long ab = e.key(0);
        CoActionEvidence ev = d.evidence(r, new long[] {ab});
        assertThat(ev.size()).isEqualTo(3);
        assertThat(ev.medianGapMillis(0)).isEqualTo(20_000);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            rows.add(ev.objectName(i) + " " + log.accountIdText(log.account(ev.rowA(i))) + " " + ev.gapMillis(i));
        }
        assertThat(rows).containsExactly("p1 a 10000", "p2 a 20000", "p3 a 40000");
        assertThat(e.aFirst(0)).isEqualTo(2); // a first on p1, p2
        assertThat(e.bFirst(0)).isEqualTo(1); // b first on p3
    }

    @Test
    void equalTimesLeadForNeither() {
        ActivityLog log = scenario().share("a", "p", "12:00:00").share("b", "p", "12:00:00").build();
        PairEvidence e = detect(params(CoActionMethod.SHARE), log).combined();
        assertThat(e.minGapMillis(0)).isZero();
        assertThat(e.aFirst(0) + e.bFirst(0)).isZero();
    }

    @Test
    void eachObjectKeepsTheCrowdingANullModelNeeds() {
        // p: a@0, b@30, c@80 → a-b and b-c co-act, a-c (80 s) not: 2 of 3 account pairs in sync
        ActivityLog log = scenario().share("a", "p", "12:00:00").share("b", "p", "12:00:30").share("c", "p", "12:01:20")
                .share("a", "q", "15:00:00").build();
        CoActionResult r = detect(params(CoActionMethod.SHARE), log);
        MethodEvidence m = r.methods().get(CoActionMethod.SHARE);
        int p = log.targets().find(0, "p");
        assertThat(m.crowding().accounts(p)).isEqualTo(3);
        assertThat(m.crowding().busiestWindow(p)).isEqualTo(2);
        assertThat(m.crowding().coActingPairs(p)).isEqualTo(2);
        assertThat(m.crowding().synchrony(p)).isEqualTo(2 / 3.0);
        int a = r.order().rank(log.accounts().find(0, "a"));
        assertThat(m.objects().objectsOf(a)).isEqualTo(2);
        assertThat(m.objects().actionsOf(a)).isEqualTo(2);
    }

    @Test
    void theMethodsCanBeParsedFromTheirNames() {
        assertThat(CoActionMethod.parseList("share, LIKE")).isEqualTo(Set.of(CoActionMethod.SHARE, CoActionMethod.LIKE));
    }
}
