package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.io.write.InputInfo;
import org.trollscope.io.write.RunInfo;

class CaseFileBuilderTest {
    static final Instant MONDAY_NOON = Instant.parse("2024-01-01T12:00:00Z");   // 2024-01-01 was a Monday
    static final String SHA = "ab".repeat(32);

    /**
     * a, b and c share t1 (owned by owner1) at 12:00:00, :10, :20 and t2 (owner2) an hour later,
     * 10 s apart again; d shares t1 at 12:10 and posts on Tuesday at 09:00. alice_a (a) was created
     * two days before her first action.
     */
    static ActivityLog tinyLog() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        String[] accounts = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            b.add(share(accounts[i], "t1", "owner1", MONDAY_NOON.plusSeconds(10L * i)));
            b.add(share(accounts[i], "t2", "owner2", MONDAY_NOON.plusSeconds(3600 + 10L * i)));
        }
        b.add(share("d", "t1", "owner1", MONDAY_NOON.plusSeconds(600)));
        b.add(new Action("d-post", "twitter", "d", ActionType.POST, null, null, "hello", null, null, null,
                Instant.parse("2024-01-02T09:00:00Z")));
        b.profile(b.account(b.platform("twitter"), "a"), new AccountProfile("alice_a", "Alice",
                MONDAY_NOON.minus(Duration.ofDays(2)), 10, 5, null, null));
        return b.build();
    }

    static Action share(String account, String target, String owner, Instant time) {
        return new Action(account + "-" + target, "twitter", account, ActionType.SHARE, target, owner, null, null, null,
                null, time);
    }

    static AnalysisResult analyse(ActivityLog log) {
        return CoordinationAnalysis.run(log, AnalysisParameters.counting(), ProgressListener.NONE);
    }

    static RunInfo runInfo() {
        return new RunInfo("9.9.9", null, List.of(new InputInfo("/data/shares.csv", SHA, 8, 0, List.of())), 0,
                Map.of());
    }

    @Test
    void theSummaryCountsWhatWasAnalysedAndFound() {
        CaseFile c = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults());
        Summary s = c.summary();
        assertThat(s.title()).isEqualTo("Coordination in shares.csv");
        assertThat(s.inputs()).containsExactly(new InputFile("shares.csv", 8, SHA));
        assertThat(s.start()).isEqualTo(MONDAY_NOON);
        assertThat(s.end()).isEqualTo(Instant.parse("2024-01-02T09:00:00Z"));
        assertThat(s.platforms()).containsExactly("twitter");
        // a, b, c, d acted (owner1 and owner2 are only targeted); 8 actions
        assertThat(s.accounts()).isEqualTo(4);
        assertThat(s.actions()).isEqualTo(8);
        // a-b, a-c, b-c co-shared t1 and t2: 3 links of weight 2, one community
        assertThat(s.coordinatedAccounts()).isEqualTo(3);
        assertThat(s.links()).isEqualTo(3);
        assertThat(s.communities()).isEqualTo(1);
        assertThat(s.errorRate()).contains("not estimated").contains("at least 2 distinct objects within 60 s");
        assertThat(c.provenance().version()).isEqualTo("9.9.9");
        assertThat(c.provenance().seed()).isEqualTo(42L);
        assertThat(c.provenance().parameters()).contains(new Parameter("min weight", "2"), new Parameter("window", "PT1M"),
                new Parameter("pseudonymised", "no"));
        assertThat(c.provenance().limitations().get(0)).contains("not proof of inauthenticity");
    }

    @Test
    void theNetworkDrawsTheCoordinatedAccountsWithHandlesAndMethods() {
        CaseFile c = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults());
        assertThat(c.network().nodes()).extracting(NetworkNode::id).containsExactly("a", "b", "c");
        assertThat(c.network().nodes()).extracting(NetworkNode::label).containsExactly("@alice_a", "b", "c");
        assertThat(c.network().nodes()).allSatisfy(n -> {
            assertThat(n.coordinated()).isTrue();
            assertThat(n.community()).isZero();
            assertThat(n.actions()).isEqualTo(2);
        });
        assertThat(c.network().edges()).extracting(e -> e.a() + "-" + e.b() + ":" + e.weight())
                .containsExactly("a-b:2.0", "a-c:2.0", "b-c:2.0");
        assertThat(c.network().edges().get(0).methods()).containsExactly("share (2)");
        assertThat(c.network().note()).isNull();
    }

    @Test
    void aCappedNetworkKeepsTheStrongestAccountsAndSaysWhatWasLeftOut() {
        // every account has strength 4 (two links of weight 2): ties go to account order, so a and b stay
        CaseFile c = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults().withLimits(2, 1, 1));
        assertThat(c.network().nodes()).extracting(NetworkNode::id).containsExactly("a", "b");
        assertThat(c.network().edges()).extracting(NetworkEdge::a, NetworkEdge::b)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"));
        assertThat(c.network().note()).contains("the 2 most strongly linked of 3 coordinated accounts")
                .contains("edges.csv");
        assertThat(c.summary().links()).isEqualTo(3);
    }

    @Test
    void timelinesCountAllAndCoordinatedActionsPerHour() {
        CaseFile c = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults());
        Timeline t = c.timeline();
        // 21 hours from Monday 12:00 to Tuesday 09:00: hourly bins 12:00 .. 09:00 = 22 bins
        assertThat(t.bin()).isEqualTo(TimeBin.HOUR);
        assertThat(t.start()).isEqualTo(MONDAY_NOON);
        assertThat(t.all()).hasSize(22);
        assertThat(t.all().subList(0, 2)).containsExactly(4L, 3L);       // a, b, c, d at 12h; a, b, c at 13h
        assertThat(t.all().get(21)).isEqualTo(1L);                       // d's post
        assertThat(t.coordinated().subList(0, 2)).containsExactly(3L, 3L);
        assertThat(t.coordinated().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(t.communities()).hasSize(1);
        assertThat(t.communities().get(0).counts()).isEqualTo(t.coordinated());
    }

    @Test
    void theHourOfWeekSeparatesCoordinatedFromOrganicActions() {
        HourOfWeek h = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults()).hourOfWeek();
        // Monday 12h and 13h: indexes 12 and 13; Tuesday 09h: 24 + 9 = 33
        assertThat(h.coordinated().get(12)).isEqualTo(3);
        assertThat(h.coordinated().get(13)).isEqualTo(3);
        assertThat(h.coordinated().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
        assertThat(h.organic().get(12)).isEqualTo(1);
        assertThat(h.organic().get(33)).isEqualTo(1);
        assertThat(h.organic().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(ActivityTally.hourOfWeek(Instant.parse("1970-01-01T05:30:00Z").toEpochMilli())).isEqualTo(3 * 24 + 5);
        assertThat(ActivityTally.hourOfWeek(Instant.parse("1969-12-29T00:00:00Z").toEpochMilli())).isZero();
    }

    @Test
    void theCommunityCardListsMembersTargetsObjectsAndTimedEvidence() {
        CommunityCard k = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults())
                .communities().get(0);
        assertThat(k.members()).containsExactly("a", "b", "c");
        // each member aimed one share at owner1 and one at owner2
        assertThat(k.topTargets()).containsExactly(new RankedItem("owner1", 3), new RankedItem("owner2", 3));
        // three internal pairs each co-shared t1 once and t2 once
        assertThat(k.topObjects()).containsExactly(new RankedItem("t1", 3), new RankedItem("t2", 3));
        // all pairs have 2 co-actions: pair order; each pair's first co-action is on t1
        assertThat(k.evidence()).extracting(EvidencePair::accountA, EvidencePair::accountB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"), org.assertj.core.groups.Tuple.tuple("a", "c"),
                        org.assertj.core.groups.Tuple.tuple("b", "c"));
        EvidencePair ab = k.evidence().get(0);
        assertThat(ab.method()).isEqualTo("share");
        assertThat(ab.object()).isEqualTo("t1");
        assertThat(ab.timeA()).isEqualTo(MONDAY_NOON);
        assertThat(ab.timeB()).isEqualTo(MONDAY_NOON.plusSeconds(10));
    }

    @Test
    void theAccountCardGivesProfileFactsSignalsAndTargets() {
        List<AccountCard> cards = CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults()).accounts();
        assertThat(cards).extracting(AccountCard::id).containsExactly("a", "b", "c");
        AccountCard a = cards.get(0);
        assertThat(a.handle()).isEqualTo("@alice_a");
        assertThat(a.platform()).isEqualTo("twitter");
        assertThat(a.created()).isEqualTo(MONDAY_NOON.minus(Duration.ofDays(2)));
        assertThat(a.followers()).isEqualTo(10L);
        assertThat(cards.get(1).followers()).isNull();
        // two links of weight 2; closest partner b, 10 s after a on t1
        assertThat(a.signals()).containsExactly("linked to 2 accounts; 4 objects co-acted on across its links",
                "closest co-action with a partner: 10 s apart",
                "2 actions in the data, 2024-01-01 12:00:00 UTC – 2024-01-01 13:00:00 UTC",
                "created 2 days before its first action in the data");
        assertThat(a.topTargets()).containsExactly(new RankedItem("owner1", 1), new RankedItem("owner2", 1));
        // a profile link from the handle; none without a handle, none when pseudonymised
        assertThat(a.url()).isEqualTo("https://x.com/alice_a");
        assertThat(cards.get(1).url()).isNull();
        assertThat(CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults().withPseudonymized(true))
                .accounts().get(0).url()).isNull();
    }

    @Test
    void aRunThatFoundNothingStillGivesACaseFileThatRenders() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        b.add(share("a", "t1", null, MONDAY_NOON));
        CaseFile c = CaseFileBuilder.build(analyse(b.build()), runInfo(), CaseFileOptions.defaults());
        assertThat(c.network().nodes()).isEmpty();
        assertThat(c.communities()).isEmpty();
        assertThat(c.timeline().all()).containsExactly(1L);
        assertThat(ReportWriter.render(c)).contains("Coordination in shares.csv");
        ActivityLog empty = new ActivityLogBuilder().build();
        CaseFile none = CaseFileBuilder.build(analyse(empty), new RunInfo("1", null, Collections.emptyList(), 0, Map.of()),
                CaseFileOptions.defaults());
        assertThat(none.timeline()).isNull();
        assertThat(none.hourOfWeek()).isNull();
        assertThat(none.summary().start()).isNull();
    }

    @Test
    void aStrayTimestampCenturiesAwayLeavesOutTheTimelineButNotTheHeatmap() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        b.add(share("a", "t1", null, MONDAY_NOON));
        b.add(share("b", "t1", null, Instant.parse("2999-01-01T00:00:00Z")));   // 975 years later
        CaseFile c = CaseFileBuilder.build(analyse(b.build()), runInfo(), CaseFileOptions.defaults());
        assertThat(c.timeline()).isNull();
        assertThat(c.hourOfWeek().organic().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
    }

    @Test
    void theSameRunGivesTheSameReportBytes() {
        String one = ReportWriter.render(CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults()));
        String two = ReportWriter.render(CaseFileBuilder.build(analyse(tinyLog()), runInfo(), CaseFileOptions.defaults()));
        assertThat(one).isEqualTo(two);
    }
}
