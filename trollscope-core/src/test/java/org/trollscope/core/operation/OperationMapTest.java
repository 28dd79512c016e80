package org.trollscope.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trollscope.core.detect.coaction.Scenario.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.detect.coaction.Scenario;
import org.trollscope.core.model.ActivityLog;

class OperationMapTest {
    /**
     * Operator X runs x1, x2, x3 and operator Y runs y1, y2. On each of three cues (10:00, 11:00,
     * 12:00, posts p1..p3) both work through their accounts 20 s apart, Y one second behind X, so
     * every X account hands off to a Y account within 90 s by chance, but x1/y1 and x2/y2 act one
     * second apart: one person cannot do that. zed is organic and likes p1 once.
     */
    private static Scenario twoOperators() {
        Scenario s = scenario();
        String[] posts = {"p1", "p2", "p3"};
        for (int h = 0; h < 3; h++) {
            String hh = Integer.toString(10 + h);
            s.like("x1", posts[h], hh + ":01:00").like("y1", posts[h], hh + ":01:01")
                    .like("x2", posts[h], hh + ":01:20").like("y2", posts[h], hh + ":01:21")
                    .like("x3", posts[h], hh + ":01:40");
        }
        return s.like("zed", "p1", "10:30:00");
    }

    private static OperationParameters threeAccountCues() {
        OperationParameters d = OperationParameters.defaults();
        return new OperationParameters(d.episodeGap(), 3, 3, d.cueSpread(), d.cueMerge(), d.sameInstant(), d.maxSwitch(),
                d.minHandOffs(), d.minHandOffShare(), d.teamOverlap(), d.batch());
    }

    private static OperationMap map(ActivityLog log, Set<String> coordinated, OperationParameters p) {
        AccountOrder order = AccountOrder.of(log);
        return OperationMap.of(log, order, rank -> coordinated.contains(log.accountIdText(order.account(rank))),
                rank -> log.accountIdText(order.account(rank)), rank -> 0, p);
    }

    private static final Set<String> FACTORY = Set.of("x1", "x2", "x3", "y1", "y2");

    private static List<String> names(ActivityLog log, int[] ranks) {
        AccountOrder order = AccountOrder.of(log);
        return Arrays.stream(ranks).mapToObj(r -> log.accountIdText(order.account(r))).toList();
    }

    @Test
    void accountsHandingOffWithoutEverActingAtOnceAreOneOperator() {
        ActivityLog log = twoOperators().build();
        OperationMap m = map(log, FACTORY, threeAccountCues());
        // links strongest first, ties by ranks (x1 x2 x3 y1 y2): x1-x2, x1-x3 join X; x1-y2 is refused
        // (x2-y2 clash), x2-y1 too (x1-y1 clash); y1-y2 join Y
        assertThat(m.operators()).hasSize(2);
        assertThat(names(log, m.operators().get(0).accounts())).containsExactly("x1", "x2", "x3");
        assertThat(names(log, m.operators().get(1).accounts())).containsExactly("y1", "y2");
        // X joined by x1-x2 and x1-x3: 3 hand-offs in 3 shared episodes each
        assertThat(m.operators().get(0).handOffs()).isEqualTo(6);
        assertThat(m.operators().get(0).sharedEpisodes()).isEqualTo(6);
        assertThat(m.operators().get(0).confidence()).isEqualTo(1.0);
    }

    /**
     * x1 comes back to p1 and p2 at :25, in the same episodes (no pause over 30 min). Its first-to-last
     * span there would overlap x2's and x3's visits and read as a clash between accounts of one
     * person; its visits (actions at most 180 s apart) do not, so X stays one operator.
     */
    @Test
    void anAccountComingBackToATargetLaterDoesNotClashWithItsSiblings() {
        ActivityLog log = twoOperators().share("x1", "p1", "10:25:00").share("x1", "p2", "11:25:00").build();
        OperationMap m = map(log, FACTORY, threeAccountCues());
        assertThat(m.operators()).extracting(o -> names(log, o.accounts()))
                .containsExactly(List.of("x1", "x2", "x3"), List.of("y1", "y2"));
        AccountOrder order = AccountOrder.of(log);
        Episode p1 = m.episodes().stream().filter(e -> e.target().equals("p1")).findFirst().orElseThrow();
        long[][] visits = OperatorFinder.visits(log, row -> order.rank(log.account(row)), p1, 180_000);
        // x1 (first participant): 10:01:00 alone, then 10:25:00 alone
        assertThat(visits[0]).containsExactly(at("10:01:00"), at("10:01:00"), at("10:25:00"), at("10:25:00"));
    }

    private static long at(String time) {
        return Instant.parse("2024-03-01T" + time + "Z").toEpochMilli();
    }

    @Test
    void operatorsOnTheSameCuesAreOneTeamLedByTheAccountActingFirst() {
        ActivityLog log = twoOperators().build();
        OperationMap m = map(log, FACTORY, threeAccountCues());
        assertThat(m.teams()).hasSize(1);
        Team t = m.teams().get(0);
        assertThat(t.operators()).containsExactly(1, 2);
        assertThat(names(log, t.accounts())).containsExactly("x1", "x2", "x3", "y1", "y2");
        // x1 acts first on all three cues
        assertThat(t.episodes()).isEqualTo(3);
        assertThat(names(log, new int[] {t.leader()})).containsExactly("x1");
        assertThat(t.led()).isEqualTo(3);
        // all five acted in each episode: 1/5 chance of being first, three times
        assertThat(t.ledExpected()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
        AccountOrder order = AccountOrder.of(log);
        int x1 = t.leader();
        // the network (0.25 × 1: coordinated, operator, team) outweighs the cues (0.20 × 3 of 3 actions)
        assertThat(m.reasons(x1)).containsExactly("coordinated (edges.csv)",
                "operator 1: hands off to its other accounts 2-180 s apart, never at the same instant (operators.csv)",
                "leads team 1: first in 3 of its 3 episodes, 0.6 by chance (teams.csv)",
                "100 % of its 3 actions on cue bursts (3 actions in 3 of 3 cues: 1, 2, 3)");
        int zed = order.rank(log.accounts().find("zed"));
        assertThat(m.reasons(zed)).isEmpty();
    }

    /**
     * A leader first in fewer than half of its team's episodes is still one when chance explains
     * its firsts poorly. By hand: P(X ≥ 7) for X ~ Poisson(0.88) = 1 − e^−0.88 Σ_{k<7} 0.88^k/k! ≈
     * 3.8e-5, under 0.01 / 34 ≈ 2.9e-4; with Poisson(2.13) it is ≈ 6.3e-3, over it.
     */
    @Test
    void anAccountFirstFarMoreOftenThanChanceLeadsThoughNotInHalfTheEpisodes() {
        assertThat(TeamFinder.leads(7, 0.88, 15, 34)).isTrue();
        assertThat(TeamFinder.leads(7, 2.13, 15, 34)).isFalse();
        // first in half the episodes: more often than chance at 5 % suffices, P(X ≥ 3 | 0.6) ≈ 0.023,
        // but not P(X ≥ 3 | 1.5) ≈ 0.19 (a pair of accounts, one of which is always first, three
        // times each alone); and never fewer than three
        assertThat(TeamFinder.leads(3, 0.6, 3, 5)).isTrue();
        assertThat(TeamFinder.leads(3, 1.5, 3, 2)).isFalse();
        assertThat(TeamFinder.leads(2, 0.01, 2, 5)).isFalse();
        // the Bonferroni share shrinks with the team: P(X ≥ 4 | 0.5) ≈ 1.75e-3
        assertThat(TeamFinder.leads(4, 0.5, 10, 5)).isTrue();
        assertThat(TeamFinder.leads(4, 0.5, 10, 6)).isFalse();
    }

    @Test
    void accountsCreatedOneAfterAnotherAreOneOperator() {
        // b1, b2, b3 share p9 once: too few for a hand-off link; b1 and b2 were created 5 min apart,
        // b3 an hour after b2
        ActivityLog log = scenario().like("b1", "p9", "10:00:00").like("b2", "p9", "10:03:00")
                .like("b3", "p9", "10:03:01")
                .created("b1", Instant.parse("2020-01-01T10:00:00Z")).created("b2", Instant.parse("2020-01-01T10:05:00Z"))
                .created("b3", Instant.parse("2020-01-01T11:05:00Z")).build();
        OperationMap m = map(log, Set.of("b1", "b2", "b3"), OperationParameters.defaults());
        assertThat(m.operators()).hasSize(1);
        Operator o = m.operators().get(0);
        assertThat(names(log, o.accounts())).containsExactly("b1", "b2");
        assertThat(o.sameBatch()).isEqualTo(2);
        assertThat(o.confidence()).isZero();   // no hand-offs behind it
    }

    /**
     * Two people registering in turn in one batch, 3 min apart, in this order: a1, a2 (a name and
     * four digits, a_a9999), x (a.a), a4, a5 (a_a9999), then b1, b2, b3 (two digits, a_a99). Only
     * batch links join them (one shared episode each: too few hand-offs). First the links between
     * registrations of one shape: a1-a2, a4-a5, b1-b2, b2-b3. The looser batch links then refuse
     * a2-x and x-a4 (x alone against two a_a9999) and a5-b1 (a_a9999 against a_a99); over one
     * account, a2-a4 joins {a1, a2} and {a4, a5} (the same habit) while x-a5, a1-x, a4-b1 and a5-b2
     * are refused. Last, x, left alone, was registered between two accounts of one group and joins
     * it: a stray registration does not cut a person's run in two. No batch link is vetoed: the
     * accounts like p9 in the order they were registered, a minute apart (hand-offs).
     */
    @Test
    void accountsRegisteredInTurnByTwoPeopleWithDifferentHabitsAreTwoOperators() {
        Scenario s = scenario();
        String[][] accounts = {{"a1", "rustamov_farrukh1987"}, {"a2", "saidova_malika1990"}, {"x", "f.rahimova"},
            {"a4", "nazarov_behruz1985"}, {"a5", "karimova_dilnoza1992"}, {"b1", "sharipov_umed77"},
            {"b2", "aminova_zarina85"}, {"b3", "qodirov_jamshed91"}};
        Instant t = Instant.parse("2021-05-01T10:00:00Z");
        Set<String> all = new java.util.TreeSet<>();
        for (int i = 0; i < accounts.length; i++) {
            s.like(accounts[i][0], "p9", "10:0" + i + ":00");
            s.created(accounts[i][0], accounts[i][1], t.plusSeconds(180L * i));
            all.add(accounts[i][0]);
        }
        ActivityLog log = s.build();
        OperationMap m = map(log, all, OperationParameters.defaults());
        assertThat(m.operators()).extracting(o -> Set.copyOf(names(log, o.accounts())))
                .containsExactly(Set.of("a1", "a2", "x", "a4", "a5"), Set.of("b1", "b2", "b3"));
        // each join carries what the two groups did on p9, a minute or two apart: a1-a2, a4-a5, then
        // {a1, a2}-{a4, a5} (a2 at 10:01, a4 at 10:03) and x (10:02) hand off once each; b1-b2, b2-b3
        assertThat(m.operators()).extracting(Operator::handOffs).containsExactly(4, 2);
        assertThat(m.operators()).extracting(Operator::sharedEpisodes).containsExactly(4, 2);
    }

    /**
     * q1 and q2 were registered 3 min apart with handles of one shape, a batch of one person, but on
     * the one cue they share q2 starts 20 min after q1 (apart: over the 10 min cue spread) with no
     * hand-off: two people, the link is refused. With q2 at 10:01:30, 90 s after q1's like (a
     * hand-off), they are one operator. f1 and f2 make the episode a cue.
     */
    @Test
    void registeredTogetherButApartOnTheirCuesIsTwoPeople() {
        for (String q2 : new String[] {"10:20:00", "10:01:30"}) {
            ActivityLog log = scenario().like("q1", "p9", "10:00:00").like("f1", "p9", "10:00:30")
                    .like("f2", "p9", "10:01:00").like("q2", "p9", q2)
                    .created("q1", "rustamov_farrukh1987", Instant.parse("2021-05-01T10:00:00Z"))
                    .created("q2", "saidova_malika1990", Instant.parse("2021-05-01T10:03:00Z")).build();
            OperationMap m = map(log, Set.of("q1", "q2", "f1", "f2"), threeAccountCues());
            assertThat(m.episodes()).hasSize(1);
            if (q2.equals("10:20:00")) {
                assertThat(m.operators()).isEmpty();
            } else {
                assertThat(m.operators()).extracting(o -> names(log, o.accounts())).containsExactly(List.of("q1", "q2"));
            }
        }
    }

    @Test
    void aTeamNeverSpansTwoCommunities() {
        ActivityLog log = twoOperators().build();
        AccountOrder order = AccountOrder.of(log);
        // x1 x2 x3 in community 0, y1 y2 in community 1 (ranks 0-2 and 3-4)
        OperationMap m = OperationMap.of(log, order, rank -> FACTORY.contains(log.accountIdText(order.account(rank))),
                rank -> log.accountIdText(order.account(rank)), rank -> rank < 3 ? 0 : 1, threeAccountCues());
        assertThat(m.teams()).hasSize(2);
        assertThat(names(log, m.teams().get(0).accounts())).containsExactly("x1", "x2", "x3");
        assertThat(names(log, m.teams().get(1).accounts())).containsExactly("y1", "y2");
        // x1 and y1 are first of their teams on all three cues, but that is too little to name a
        // leader: chance gives 1.0 and 1.5 firsts, P(X ≥ 3) ≈ 0.080 and 0.19, above 0.05
        assertThat(m.teams().get(0).led()).isZero();
        assertThat(m.teams().get(0).leader()).isEqualTo(-1);
        assertThat(m.teams().get(1).leader()).isEqualTo(-1);
    }

    @Test
    void cuesStartAtTheFirstActionOfTheBurst() {
        ActivityLog log = twoOperators().build();
        OperationMap m = map(log, FACTORY, threeAccountCues());
        assertThat(m.cues()).extracting(c -> Instant.ofEpochMilli(c.time())).containsExactly(
                Instant.parse("2024-03-01T10:01:00Z"), Instant.parse("2024-03-01T11:01:00Z"),
                Instant.parse("2024-03-01T12:01:00Z"));
        assertThat(m.cues().get(0).accounts()).isEqualTo(5);
        assertThat(m.cues().get(0).targets()).containsExactly("p1");
        // five accounts starting within 10 min: cues under the defaults too
        assertThat(map(log, FACTORY, OperationParameters.defaults()).cues()).hasSize(3);
    }

    @Test
    void aCueStartsWithTheLeaderWhoActedMinutesBeforeTheTeam() {
        // the leader L acts at 09:56; five followers start 10:04–10:14 (five accounts start within
        // 10 min from 10:04, not from 09:56, so the burst starts at 10:04); L is 8 min ahead, within the
        // 10 min spread, so the onset moves back to 09:56. F, at 09:45, is in the same episode (no
        // pause over 30 min) but 11 min ahead of L: too far to be part of the run
        ActivityLog log = scenario()
                .like("F", "p", "09:45:00")
                .like("L", "p", "09:56:00")
                .like("a", "p", "10:04:00").like("b", "p", "10:07:00").like("c", "p", "10:10:00")
                .like("d", "p", "10:13:00").like("e", "p", "10:14:00")
                .build();
        OperationMap m = map(log, Set.of("F", "L", "a", "b", "c", "d", "e"), OperationParameters.defaults());
        assertThat(m.cues()).extracting(c -> Instant.ofEpochMilli(c.time()))
                .containsExactly(Instant.parse("2024-03-01T09:56:00Z"));
        assertThat(m.cues().get(0).accounts()).isEqualTo(7);
    }

    @Test
    void targetsCountTheCoordinatedShareOfTheirEngagement() {
        ActivityLog log = twoOperators().build();
        OperationMap m = map(log, FACTORY, threeAccountCues());
        TargetEngagement p1 = m.targets().get(0);
        assertThat(p1.target()).isEqualTo("p1");
        assertThat(p1.coordinatedActions()).isEqualTo(5);
        assertThat(p1.actions()).isEqualTo(6);   // zed's like too
        assertThat(p1.coordinatedShare()).isEqualTo(5.0 / 6);
        assertThat(p1.episodes()).isEqualTo(1);
        assertThat(m.targets()).extracting(TargetEngagement::target).containsExactly("p1", "p2", "p3");
    }

    @Test
    void theShareOfTheDebateIsCountedPerDay() {
        ActivityLog log = twoOperators().build();
        OperationMap m = map(log, FACTORY, threeAccountCues());
        assertThat(m.days()).containsExactly(new DayShare(LocalDate.parse("2024-03-01"), 16, 15));
        assertThat(m.coordinatedShare()).isEqualTo(15.0 / 16);
    }

    @Test
    void aPauseLongerThanTheGapEndsAnEpisodeAndAnEpisodeNeedsThreeAccounts() {
        ActivityLog log = scenario().share("x1", "p4", "13:00:00").share("x2", "p4", "13:10:00")
                .share("y1", "p4", "13:50:00")   // 40 min after x2: a new, one-account burst
                .share("x1", "p5", "14:00:00").share("x2", "p5", "14:29:00").share("y1", "p5", "14:58:00")
                .build();                        // 29 min pauses: one episode of three accounts
        OperationMap m = map(log, FACTORY, OperationParameters.defaults());
        assertThat(m.episodes()).hasSize(1);
        Episode e = m.episodes().get(0);
        assertThat(e.target()).isEqualTo("p5");
        assertThat(e.actions()).isEqualTo(3);
        assertThat(names(log, e.accounts())).containsExactly("x1", "x2", "y1");
        assertThat(m.targets()).extracting(TargetEngagement::target, TargetEngagement::episodes)
                .containsExactly(Tuple.tuple("p4", 0), Tuple.tuple("p5", 1));
        assertThat(m.cues()).isEmpty();
        assertThat(m.operators()).isEmpty();
    }
}
