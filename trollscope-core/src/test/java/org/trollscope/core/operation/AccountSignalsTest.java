package org.trollscope.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

/** Each signal on a tiny log: an account where it fires, one where it does not. */
class AccountSignalsTest {
    /** Monday 2024-03-04 00:00 UTC. */
    private static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    private static final AccountSignalParameters UTC = AccountSignalParameters.defaults().withOfficeZone(ZoneOffset.UTC);

    /** Builds a log from actions at instants; accounts may get a handle and a creation time. */
    private static final class Log {
        private final ActivityLogBuilder b = new ActivityLogBuilder();
        private int ids;

        Log like(String account, String target, Instant at) {
            b.add(new Action("x" + ids++, "twitter", account, ActionType.LIKE, target, null, null, null, null, null, at));
            return this;
        }

        Log post(String account, Instant at) {
            b.add(new Action("x" + ids++, "twitter", account, ActionType.POST, null, null, null, null, null, null, at));
            return this;
        }

        Log profile(String account, String handle, Instant created) {
            b.profile(b.account(b.platform("twitter"), account), new AccountProfile(handle, null, created, -1, -1, null,
                    null));
            return this;
        }

        ActivityLog build() {
            return b.build();
        }
    }

    private static Instant at(int days, int hours, int minutes, int seconds) {
        return MONDAY.plus(Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds));
    }

    private static OperationMap map(ActivityLog log, Set<String> coordinated, List<KnownEvent> events,
                                    AccountSignalParameters sp) {
        AccountOrder order = AccountOrder.of(log);
        return OperationMap.of(log, order, rank -> coordinated.contains(log.accountIdText(order.account(rank))),
                rank -> log.accountIdText(order.account(rank)), rank -> 0, rank -> 3, events,
                OperationParameters.defaults(), sp);
    }

    private static int rank(ActivityLog log, String account) {
        return AccountOrder.of(log).rank(log.accounts().find(account));
    }

    private static double component(OperationMap m, ActivityLog log, AccountSignal s, String account) {
        return m.signals().component(s, rank(log, account));
    }

    // ---- weights --------------------------------------------------------------------------------

    @Test
    void theWeightsAddUpToOneAndNoSignalWeighsMoreThanAQuarter() {
        assertThat(Arrays.stream(AccountSignal.values()).mapToDouble(AccountSignal::weight).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(AccountSignal.values()).allSatisfy(s -> assertThat(s.weight()).isLessThanOrEqualTo(0.25));
    }

    // ---- cues -----------------------------------------------------------------------------------

    /**
     * f1..f5 (coordinated) like p1 at Monday 10:00:00..10:00:40, p2 at Tuesday 10:00 and p3 at
     * Wednesday 10:00, 10 s apart: three cues, each one episode from :00 to :40. org (not
     * coordinated) likes p1 at 10:00:30 and p2 at 10:00:20, inside the bursts, and posts twice;
     * once likes p1 inside the burst and posts once; late likes p1 at 10:30, after the burst.
     */
    private static ActivityLog cueLog() {
        Log l = new Log();
        String[] posts = {"p1", "p2", "p3"};
        for (int d = 0; d < 3; d++) {
            for (int k = 0; k < 5; k++) {
                l.like("f" + (k + 1), posts[d], at(d, 10, 0, 10 * k));
            }
        }
        return l.like("org", "p1", at(0, 10, 0, 30)).like("org", "p2", at(1, 10, 0, 20))
                .post("org", at(0, 20, 0, 0)).post("org", at(1, 20, 0, 0))
                .like("once", "p1", at(0, 10, 0, 15)).post("once", at(0, 21, 0, 0))
                .like("late", "p1", at(0, 10, 30, 0)).post("late", at(1, 21, 0, 0))
                .build();
    }

    private static final Set<String> FIVE = Set.of("f1", "f2", "f3", "f4", "f5");

    @Test
    void actionsOnCueBurstsCountForAnyAccountThatActedOnTwoCues() {
        ActivityLog log = cueLog();
        OperationMap m = map(log, FIVE, List.of(), UTC);
        assertThat(m.cues()).hasSize(3);
        // f1: its three likes are the cues' first actions
        assertThat(component(m, log, AccountSignal.CUES, "f1")).isEqualTo(1.0);
        // org: 2 of its 4 actions inside bursts of cues 1 and 2, though it is not coordinated
        assertThat(component(m, log, AccountSignal.CUES, "org")).isEqualTo(0.5);
        assertThat(m.signals().cuesOf(rank(log, "org"))).containsExactly(1, 2);
        assertThat(m.reasons(rank(log, "org")))
                .containsExactly("50 % of its 4 actions on cue bursts (2 actions in 2 of 3 cues: 1, 2)");
    }

    @Test
    void oneCueOrAnActionAfterTheBurstDoesNotCount() {
        ActivityLog log = cueLog();
        OperationMap m = map(log, FIVE, List.of(), UTC);
        assertThat(m.signals().cueActions(rank(log, "once"))).isEqualTo(1);
        assertThat(component(m, log, AccountSignal.CUES, "once")).isZero();   // one cue: chance
        assertThat(m.signals().cueActions(rank(log, "late"))).isZero();
        assertThat(component(m, log, AccountSignal.CUES, "late")).isZero();
        assertThat(m.reasons(rank(log, "late"))).isEmpty();
    }

    // ---- network --------------------------------------------------------------------------------

    @Test
    void coordinatedAccountsGetHalfTheNetworkComponentAndOperatorsAndTeamsTheRest() {
        ActivityLog log = cueLog();
        OperationMap m = map(log, FIVE, List.of(), UTC);
        // f1..f5 start 10 s apart on every cue: hand-offs, never a clash, so one operator, and one
        // team of its five accounts led by f1
        assertThat(m.operators()).hasSize(1);
        assertThat(m.teams()).hasSize(1);
        assertThat(component(m, log, AccountSignal.NETWORK, "f2")).isEqualTo(1.0);
        assertThat(component(m, log, AccountSignal.NETWORK, "org")).isZero();
        // the network (0.25 × 1) outweighs the cues (0.20 × 1): its reasons come first
        assertThat(m.reasons(rank(log, "f2"))).containsExactly(
                "coordinated: kept links to 3 accounts (edges.csv)",
                "operator 1: hands off to its other accounts 2-180 s apart, never at the same instant (operators.csv)",
                "team 1 (teams.csv)",
                "100 % of its 3 actions on cue bursts (3 actions in 3 of 3 cues: 1, 2, 3)");
        assertThat(m.signals().score(rank(log, "f2"))).isCloseTo(0.25 + 0.20, within(1e-12));
        // a coordinated account alone: half the network component
        OperationMap bare = map(log, Set.of("f1", "org"), List.of(), UTC);
        assertThat(component(bare, log, AccountSignal.NETWORK, "org")).isEqualTo(0.5);
    }

    // ---- office hours ---------------------------------------------------------------------------

    /**
     * clerk: 10 actions Monday to Friday at 10:00; owl: 10 at 22:00; weekender: 10 on Saturdays at
     * 10:00; mixed: 5 at 10:00 and 5 at 22:00 on weekdays; few: 5 at 10:00. Nobody is coordinated.
     */
    private static ActivityLog rhythmLog() {
        Log l = new Log();
        for (int i = 0; i < 10; i++) {
            int weekday = i % 5 + 7 * (i / 5);
            l.post("clerk", at(weekday, 10, 0, 0)).post("owl", at(weekday, 22, 0, 0))
                    .post("weekender", at(5 + 7 * i, 10, 0, 0))
                    .post("mixed", at(weekday, i < 5 ? 10 : 22, 0, 0));
            if (i < 5) {
                l.post("few", at(weekday, 10, 0, 0));
            }
        }
        return l.build();
    }

    @Test
    void anAccountWorkingOfficeHoursStandsOutFromTheOrganicBaseline() {
        ActivityLog log = rhythmLog();
        OperationMap m = map(log, Set.of(), List.of(), UTC);
        // organic: 45 actions, 10 + 5 + 5 in office hours: b = 20/45 = 4/9
        assertThat(m.signals().officeBaseline()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(component(m, log, AccountSignal.OFFICE_HOURS, "clerk")).isCloseTo(1.0, within(1e-12));
        // mixed: s = 1/2, (1/2 - 4/9) / (5/9) = 1/10
        assertThat(component(m, log, AccountSignal.OFFICE_HOURS, "mixed")).isCloseTo(0.1, within(1e-12));
        assertThat(m.reasons(rank(log, "clerk"))).containsExactly(
                "100 % of its 10 actions in weekday office hours (09-18 at UTC) against 44 % of organic accounts' actions");
        // a clerk alone scores no more than the signal's weight
        assertThat(m.signals().score(rank(log, "clerk"))).isCloseTo(0.15, within(1e-12));
    }

    /**
     * With every account coordinated there is no organic rhythm: the baseline is the share of a
     * uniform week's hours that are office hours, 5 × 9 / 168 ≈ 27 %, and the reason says so.
     */
    @Test
    void withoutOrganicActionsTheBaselineIsAUniformWeekAndSaidToBe() {
        ActivityLog log = rhythmLog();
        OperationMap m = map(log, Set.of("clerk", "owl", "weekender", "mixed", "few"), List.of(), UTC);
        assertThat(m.signals().officeBaselineAssumed()).isTrue();
        assertThat(m.signals().officeBaseline()).isCloseTo(45.0 / 168, within(1e-12));
        assertThat(m.reasons(rank(log, "clerk"))).contains("100 % of its 10 actions in weekday office hours "
                + "(09-18 at UTC) against 27 % of a uniform week's hours (no organic actions to compare with)");
        assertThat(map(log, Set.of(), List.of(), UTC).signals().officeBaselineAssumed()).isFalse();
    }

    @Test
    void eveningsWeekendsAndTooFewActionsDoNotCountAsOfficeHours() {
        ActivityLog log = rhythmLog();
        OperationMap m = map(log, Set.of(), List.of(), UTC);
        assertThat(component(m, log, AccountSignal.OFFICE_HOURS, "owl")).isZero();
        assertThat(component(m, log, AccountSignal.OFFICE_HOURS, "weekender")).isZero();
        assertThat(component(m, log, AccountSignal.OFFICE_HOURS, "few")).isZero();   // 5 < 10 actions
    }

    @Test
    void officeHoursAreLocalTimeInTheGivenZone() {
        ActivityLog log = rhythmLog();
        // at UTC+05:00 the owl's 22:00 UTC is 03:00 the next day, the clerk's 10:00 UTC is 15:00
        OperationMap m = map(log, Set.of(), List.of(), UTC.withOfficeZone(ZoneOffset.ofHours(5)));
        assertThat(m.signals().inOfficeHours(at(0, 4, 0, 0).toEpochMilli())).isTrue();    // Monday 09:00 local
        assertThat(m.signals().inOfficeHours(at(0, 13, 0, 0).toEpochMilli())).isFalse();  // Monday 18:00 local
        assertThat(m.signals().inOfficeHours(at(4, 20, 0, 0).toEpochMilli())).isFalse();  // Saturday 01:00 local
        assertThat(component(m, log, AccountSignal.OFFICE_HOURS, "clerk")).isGreaterThan(0);
    }

    @Test
    void theZoneIsInferredFromTheOrganicAccountsQuietestHours() {
        long[] hours = new long[24];
        Arrays.fill(hours, 100);
        hours[22] = 10;
        hours[23] = 5;    // quietest three hours centred on 23:00 UTC: 04:00 at UTC+05:00
        hours[0] = 10;
        assertThat(AccountSignals.inferZone(hours)).isEqualTo(ZoneOffset.ofHours(5));
        hours = new long[24];
        Arrays.fill(hours, 100);
        hours[8] = 50;
        hours[9] = 1;     // centred on 09:00 UTC: 04:00 at UTC-05:00
        hours[10] = 50;
        assertThat(AccountSignals.inferZone(hours)).isEqualTo(ZoneOffset.ofHours(-5));
        long[] few = new long[24];
        few[3] = 999;     // fewer than 1,000 organic actions: UTC
        assertThat(AccountSignals.inferZone(few)).isEqualTo(ZoneOffset.UTC);
    }

    // ---- creation batches -----------------------------------------------------------------------

    @Test
    void accountsCreatedMinutesApartFormABatchAndAPairDoesNot() {
        Instant t = Instant.parse("2023-05-01T10:00:00Z");
        Log l = new Log();
        for (int i = 0; i < 5; i++) {   // b1..b5 two minutes apart
            l.post("b" + (i + 1), at(0, 12, 0, 0)).profile("b" + (i + 1), null, t.plusSeconds(120L * i));
        }
        for (int i = 0; i < 3; i++) {   // t1..t3 three minutes apart, 100 days later
            l.post("t" + (i + 1), at(0, 12, 0, 0)).profile("t" + (i + 1), null,
                    t.plus(Duration.ofDays(100)).plusSeconds(180L * i));
        }
        l.post("c1", at(0, 12, 0, 0)).profile("c1", null, t.plus(Duration.ofDays(200)))
                .post("c2", at(0, 12, 0, 0)).profile("c2", null, t.plus(Duration.ofDays(200)).plusSeconds(300));
        ActivityLog log = l.build();
        OperationMap m = map(log, Set.of(), List.of(), UTC);
        // b1: b2..b5 within 10 min, nothing else within 30 days: 5 accounts beyond the expected 0,
        // (5 - 2) / (5 - 2) = 1
        assertThat(component(m, log, AccountSignal.CREATION_BATCH, "b1")).isEqualTo(1.0);
        assertThat(m.reasons(rank(log, "b1"))).containsExactly("created in a batch with 4 other accounts within 10 min of it "
                + "(2023-05-01 10:00 UTC to 2023-05-01 10:08 UTC; 0.0 expected from the registrations around)");
        // t2: t1 and t3: (3 - 2) / 3
        assertThat(component(m, log, AccountSignal.CREATION_BATCH, "t2")).isCloseTo(1.0 / 3, within(1e-12));
        // a pair is common by chance
        assertThat(component(m, log, AccountSignal.CREATION_BATCH, "c1")).isZero();
        assertThat(m.signals().available(AccountSignal.CREATION_BATCH)).isTrue();
    }

    @Test
    void withoutCreationTimesTheBatchSignalIsUnavailable() {
        ActivityLog log = rhythmLog();
        OperationMap m = map(log, Set.of(), List.of(), UTC);
        assertThat(m.signals().available(AccountSignal.CREATION_BATCH)).isFalse();
        assertThat(m.signals().fired(AccountSignal.CREATION_BATCH)).isZero();
    }

    // ---- handles --------------------------------------------------------------------------------

    @Test
    void aNameFollowedByDigitsLooksLikeADefaultHandle() {
        assertThat(AccountSignals.isDefaultLooking("surayo2008")).isTrue();
        assertThat(AccountSignals.isDefaultLooking("nigora_murodova921")).isTrue();
        assertThat(AccountSignals.isDefaultLooking("f.rahimova77")).isTrue();
        assertThat(AccountSignals.isDefaultLooking("garden_gran")).isFalse();
        assertThat(AccountSignals.isDefaultLooking("tohir_samarqand_2")).isFalse();   // one digit
        assertThat(AccountSignals.isDefaultLooking("2024news")).isFalse();            // digits first
    }

    @Test
    void theHandleSignalFiresOnDefaultLookingHandlesAndGivesTheirShareInTheData() {
        ActivityLog log = new Log().post("u1", at(0, 9, 0, 0)).profile("u1", "surayo2008", null)
                .post("u2", at(0, 9, 0, 0)).profile("u2", "garden_gran", null)
                .post("u3", at(0, 9, 0, 0)).profile("u3", "@lola_36", null)
                .post("u4", at(0, 9, 0, 0)).profile("u4", "tohir_samarqand_2", null).build();
        OperationMap m = map(log, Set.of(), List.of(), UTC);
        assertThat(component(m, log, AccountSignal.DEFAULT_HANDLE, "u1")).isEqualTo(1.0);
        assertThat(component(m, log, AccountSignal.DEFAULT_HANDLE, "u3")).isEqualTo(1.0);
        assertThat(component(m, log, AccountSignal.DEFAULT_HANDLE, "u2")).isZero();
        assertThat(component(m, log, AccountSignal.DEFAULT_HANDLE, "u4")).isZero();
        assertThat(m.signals().defaultHandleShare()).isEqualTo(0.5);
        assertThat(m.reasons(rank(log, "u3"))).containsExactly(
                "default-looking handle @lola_36 (shape a_99: a name and digits; 50 % of the handles in the data)");
        assertThat(m.signals().score(rank(log, "u3"))).isEqualTo(0.10);
        // pseudonymisation tokens are not handles
        OperationMap tokens = map(log, Set.of(), List.of(), UTC.withHandles(false));
        assertThat(tokens.signals().available(AccountSignal.DEFAULT_HANDLE)).isFalse();
        assertThat(component(tokens, log, AccountSignal.DEFAULT_HANDLE, "u1")).isZero();
    }

    // ---- blocking windows -----------------------------------------------------------------------

    /**
     * Four days, Monday 00:00 to Friday 00:00 (span 96 h); a block all Wednesday (24 h, a quarter of
     * the span). o1, o2: 8 actions each, none on Wednesday; vpn: 8 actions, 2 each day; once: 3
     * outside and 1 on Wednesday. Nobody is coordinated.
     */
    private static ActivityLog blockLog() {
        Log l = new Log();
        int[][] o1 = {{0, 0}, {0, 12}, {1, 6}, {1, 18}, {3, 6}, {3, 18}, {3, 23}, {4, 0}};
        int[][] o2 = {{0, 6}, {0, 18}, {1, 6}, {1, 12}, {3, 6}, {3, 12}, {3, 13}, {3, 14}};
        for (int i = 0; i < 8; i++) {
            l.post("o1", at(o1[i][0], o1[i][1], 0, 0)).post("o2", at(o2[i][0], o2[i][1], 0, 0))
                    .post("vpn", at(i / 2, i % 2 == 0 ? 6 : 18, 0, 0));
        }
        return l.post("once", at(2, 12, 0, 0)).post("once", at(0, 6, 0, 0)).post("once", at(1, 6, 0, 0))
                .post("once", at(3, 6, 0, 0)).build();
    }

    private static final KnownEvent BLOCK = new KnownEvent("block", at(2, 0, 0, 0).toEpochMilli(),
            at(3, 0, 0, 0).toEpochMilli());

    @Test
    void anAccountThatKeptItsRateWhileOrganicAccountsWereBlockedStandsOut() {
        ActivityLog log = blockLog();
        // the rally (Thursday 00:00-23:00) is busy, not blocked; the moment has no window
        KnownEvent rally = new KnownEvent("rally", at(3, 0, 0, 0).toEpochMilli(), at(3, 23, 0, 0).toEpochMilli());
        KnownEvent moment = new KnownEvent("speech", at(2, 12, 0, 0).toEpochMilli(), at(2, 12, 0, 0).toEpochMilli());
        OperationMap m = map(log, Set.of(), List.of(BLOCK, rally, moment), UTC);
        assertThat(m.signals().blockingWindows()).containsExactly(BLOCK);
        // organic: 28 actions, 3 on Wednesday, 7 expected: retention 3/7
        assertThat(m.signals().organicRetention()).isCloseTo(3.0 / 7, within(1e-12));
        // vpn: 2 of 2 expected, r = 1: (1 - 3/7) / (1 - 3/7) = 1
        assertThat(component(m, log, AccountSignal.BLOCKING_WINDOWS, "vpn")).isCloseTo(1.0, within(1e-12));
        assertThat(m.reasons(rank(log, "vpn"))).containsExactly(
                "2 actions during blocking windows (block): 100 % of its usual rate against 43 % for organic accounts");
    }

    @Test
    void silenceOrASingleActionDuringTheBlockDoesNotCount() {
        ActivityLog log = blockLog();
        OperationMap m = map(log, Set.of(), List.of(BLOCK), UTC);
        assertThat(component(m, log, AccountSignal.BLOCKING_WINDOWS, "o1")).isZero();
        assertThat(component(m, log, AccountSignal.BLOCKING_WINDOWS, "once")).isZero();   // 1 < 2 actions
        OperationMap none = map(log, Set.of(), List.of(), UTC);
        assertThat(none.signals().available(AccountSignal.BLOCKING_WINDOWS)).isFalse();
        assertThat(component(none, log, AccountSignal.BLOCKING_WINDOWS, "vpn")).isZero();
    }

    // ---- parameters -----------------------------------------------------------------------------

    @Test
    void badParametersAreRefusedWithTheValue() {
        AccountSignalParameters d = AccountSignalParameters.defaults();
        assertThatThrownBy(() -> new AccountSignalParameters(null, 18, 9, 10, 2, d.batchWindow(), 5,
                d.backgroundWindow(), 0.5, 2, true)).hasMessageContaining("18-9");
        assertThatThrownBy(() -> new AccountSignalParameters(null, 9, 18, 10, 2, d.batchWindow(), 2,
                d.backgroundWindow(), 0.5, 2, true)).hasMessageContaining("fullBatch must be at least 3, was 2");
        assertThatThrownBy(() -> new AccountSignalParameters(null, 9, 18, 10, 2, d.batchWindow(), 5,
                d.backgroundWindow(), 1.5, 2, true)).hasMessageContaining("blockedRetention");
    }
}
