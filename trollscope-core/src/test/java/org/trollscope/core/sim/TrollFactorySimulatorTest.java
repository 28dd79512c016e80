package org.trollscope.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.eval.Role;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class TrollFactorySimulatorTest {
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(5);

    @Test
    void theSameSeedGivesTheSameActionsAccountsLabelsAndCues() {
        TrollFactorySimulator a = new TrollFactorySimulator(SmallScenario.parameters(), 42);
        TrollFactorySimulator b = new TrollFactorySimulator(SmallScenario.parameters(), 42);
        assertThat(SmallScenario.actions(a)).isEqualTo(SmallScenario.actions(b));
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.cues()).isEqualTo(b.cues());
        List<SimulatedAccount> accountsA = new ArrayList<>();
        List<SimulatedAccount> accountsB = new ArrayList<>();
        a.forEachAccount(accountsA::add);
        b.forEachAccount(accountsB::add);
        assertThat(accountsA).isEqualTo(accountsB);
    }

    @Test
    void anotherSeedGivesOtherActions() {
        List<Action> a = SmallScenario.actions(new TrollFactorySimulator(SmallScenario.parameters(), 1));
        List<Action> b = SmallScenario.actions(new TrollFactorySimulator(SmallScenario.parameters(), 2));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void theTestScenarioHasAFewThousandTimeOrderedActionsWithinThePeriodInSeveralChunks() {
        TrollFactorySimulator sim = new TrollFactorySimulator(SmallScenario.parameters(), 3);
        List<Integer> chunkSizes = new ArrayList<>();
        List<Action> all = new ArrayList<>();
        SimulationSummary summary = sim.generate(c -> {
            chunkSizes.add(c.size());
            all.addAll(c);
        }, ProgressListener.NONE);
        assertThat(all).hasSize((int) summary.actions());
        assertThat(all.size()).isBetween(2_000, 20_000);
        assertThat(chunkSizes.size()).isGreaterThanOrEqualTo(10);   // one chunk per simulated day
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Action::time));
        assertThat(all).allSatisfy(x -> assertThat(x.time()).isBetween(sim.start(), sim.end().minusMillis(1)));
        assertThat(all.stream().map(Action::actionId).distinct().count()).isEqualTo(all.size());
        // every target refers to a post that exists and was made earlier
        Map<String, Action> posts = all.stream().filter(x -> x.type() == ActionType.POST)
                .collect(Collectors.toMap(Action::actionId, x -> x));
        for (Action x : all) {
            if (x.target() != null) {
                assertThat(posts).containsKey(x.target());
                assertThat(posts.get(x.target()).time()).isBeforeOrEqualTo(x.time());
                assertThat(posts.get(x.target()).account()).isEqualTo(x.targetAccount());
            }
        }
    }

    @Test
    void labelsDescribeTeamsOfOperatorsWithOneLeaderEach() {
        ScenarioParameters p = SmallScenario.parameters();
        TrollFactorySimulator sim = new TrollFactorySimulator(p, 5);
        List<AccountLabel> labels = sim.labels();
        List<AccountLabel> factory = labels.stream().filter(AccountLabel::factory).collect(Collectors.toList());
        assertThat(labels).hasSize(p.organicAccounts() + factory.size());
        assertThat(factory).hasSize(sim.factoryAccounts());
        Map<String, Set<String>> operatorsByTeam = new TreeMap<>();
        Map<String, Long> accountsByOperator = new TreeMap<>();
        for (AccountLabel l : factory) {
            operatorsByTeam.computeIfAbsent(l.team(), k -> new HashSet<>()).add(l.operator());
            accountsByOperator.merge(l.operator(), 1L, Long::sum);
        }
        assertThat(operatorsByTeam).hasSize(p.teams());
        assertThat(operatorsByTeam.values()).allSatisfy(ops -> assertThat(ops).hasSize(p.operatorsPerTeam()));
        assertThat(accountsByOperator.values()).allSatisfy(n -> assertThat(n).isBetween(
                (long) p.minAccountsPerOperator(), (long) p.maxAccountsPerOperator()));
        Map<String, Long> leaders = factory.stream().filter(l -> l.role() == Role.LEADER)
                .collect(Collectors.groupingBy(AccountLabel::team, Collectors.counting()));
        assertThat(leaders).hasSize(p.teams()).allSatisfy((team, n) -> assertThat(n).isEqualTo(1L));
    }

    @Test
    void everyFactoryAccountActsOnACueAndLeadersActFirstOnTheirTeamsCues() {
        for (ScenarioParameters p : List.of(SmallScenario.parameters(),
                SmallScenario.parameters().toBuilder().timingJitter(3).participation(0.5).build())) {
            for (long seed = 1; seed <= 3; seed++) {
                TrollFactorySimulator sim = new TrollFactorySimulator(p, seed);
                List<Action> actions = SmallScenario.actions(sim);
                Map<String, AccountLabel> labels = sim.labels().stream()
                        .collect(Collectors.toMap(AccountLabel::accountId, l -> l));
                Set<String> actedOnCue = new HashSet<>();
                for (Cue cue : sim.cues()) {
                    // the whole team's activity on the target, before or after the cue
                    List<Action> team = actions.stream()
                            .filter(x -> cue.targetId().equals(x.target()))
                            .filter(x -> cue.team().equals(labels.get(x.account()).team()))
                            .collect(Collectors.toList());
                    assertThat(team).as("team %s acts on %s", cue.team(), cue.id()).isNotEmpty();
                    assertThat(labels.get(team.get(0).account()).role()).as("first on %s", cue.id())
                            .isEqualTo(Role.LEADER);
                    assertThat(team.get(0).time()).isAfter(cue.time());
                    // the ground truth's first action is the team's first action on the target
                    assertThat(cue.firstAction()).as("first action on %s", cue.id()).isEqualTo(team.get(0).time());
                    team.forEach(x -> actedOnCue.add(x.account()));
                }
                Set<String> factory = labels.values().stream().filter(AccountLabel::factory)
                        .map(AccountLabel::accountId).collect(Collectors.toSet());
                assertThat(actedOnCue).isEqualTo(factory);
            }
        }
    }

    @Test
    void organicActivityIsHeavyTailed() {
        TrollFactorySimulator sim = new TrollFactorySimulator(SmallScenario.parameters(), 2);
        Set<String> factory = factoryIds(sim);
        Map<String, Integer> perAccount = new HashMap<>();
        for (Action x : SmallScenario.actions(sim)) {
            if (!factory.contains(x.account())) {
                perAccount.merge(x.account(), 1, Integer::sum);
            }
        }
        int[] counts = perAccount.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        long top = 0;
        int topN = Math.max(1, counts.length / 20);
        for (int k = counts.length - topN; k < counts.length; k++) {
            top += counts[k];
        }
        // with a Pareto(1.6) tail plus hyperactive accounts the top 5% make well over 5% of the
        // actions (a uniform crowd would make 5%), and the busiest account dwarfs the median one
        assertThat((double) top / total).isGreaterThan(0.3);
        assertThat(counts[counts.length - 1]).isGreaterThan(20 * counts[counts.length / 2]);
    }

    @Test
    void viralPostsMakeUnrelatedOrganicAccountsCoActWithinAMinute() {
        TrollFactorySimulator sim = new TrollFactorySimulator(SmallScenario.parameters(), 11);
        Set<String> factory = factoryIds(sim);
        Map<String, List<Action>> byTarget = new HashMap<>();
        for (Action x : SmallScenario.actions(sim)) {
            if (x.target() != null && !factory.contains(x.account())
                    && (x.type() == ActionType.SHARE || x.type() == ActionType.LIKE)) {
                byTarget.computeIfAbsent(x.target(), k -> new ArrayList<>()).add(x);
            }
        }
        Set<String> postsWithCoActions = new HashSet<>();
        Set<String> coActingAccounts = new HashSet<>();
        int biggest = 0;
        for (Map.Entry<String, List<Action>> e : byTarget.entrySet()) {
            List<Action> l = e.getValue();
            biggest = Math.max(biggest, l.size());
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    Action a = l.get(i);
                    Action b = l.get(j);
                    if (!a.account().equals(b.account())
                            && Duration.between(a.time(), b.time()).abs().compareTo(Duration.ofSeconds(60)) <= 0) {
                        postsWithCoActions.add(e.getKey());
                        coActingAccounts.add(a.account());
                        coActingAccounts.add(b.account());
                    }
                }
            }
        }
        assertThat(biggest).isGreaterThanOrEqualTo(40);
        assertThat(postsWithCoActions.size()).isGreaterThanOrEqualTo(20);
        assertThat(coActingAccounts.size()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void peopleSleepAtNightAndTheFactoryWorksOfficeHoursOnWeekdays() {
        TrollFactorySimulator sim = new TrollFactorySimulator(SmallScenario.parameters(), 13);
        Set<String> factory = factoryIds(sim);
        Set<String> cueTargets = sim.cues().stream().map(Cue::targetId).collect(Collectors.toSet());
        int night = 0;
        int evening = 0;
        for (Action x : SmallScenario.actions(sim)) {
            LocalTime local = x.time().atOffset(LOCAL).toLocalTime();
            if (!factory.contains(x.account())) {
                if (local.getHour() >= 2 && local.getHour() < 5) {
                    night++;
                } else if (local.getHour() >= 19 && local.getHour() < 22) {
                    evening++;
                }
            } else if (!cueTargets.contains(x.target())) {
                // cover activity: office hours (09:00-18:00, each operator up to 30 min early or 60 late)
                // on weekdays only
                DayOfWeek day = x.time().atOffset(LOCAL).getDayOfWeek();
                assertThat(day).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(local).isBetween(LocalTime.of(8, 30), LocalTime.of(19, 0));
            }
        }
        assertThat(evening).isGreaterThan(4 * night);
    }

    @Test
    void cuesAreInOfficeHoursOnWeekdaysOrAtTwentyHoursForLivestreams() {
        TrollFactorySimulator sim = new TrollFactorySimulator(SmallScenario.parameters().toBuilder()
                .cues(40).livestreamShare(0.3).build(), 17);
        List<Cue> cues = sim.cues();
        assertThat(cues.stream().map(Cue::id).distinct().count()).isEqualTo(40);
        for (Cue c : cues) {
            LocalTime local = c.time().atOffset(LOCAL).toLocalTime();
            if (c.livestream()) {
                assertThat(c.kind()).isEqualTo(CueKind.ATTACK);
                assertThat(local).isBetween(LocalTime.of(20, 0), LocalTime.of(20, 7));
            } else {
                assertThat(c.time().atOffset(LOCAL).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(local.getHour()).isBetween(9, 17);
            }
        }
        assertThat(cues).anyMatch(Cue::livestream).anyMatch(c -> c.kind() == CueKind.AMPLIFY);
        assertThat(cues).isSortedAccordingTo(Comparator.comparing(Cue::time));
    }

    @Test
    void mostFactoryHandlesLookDefaultAndBatchCreatedAccountsAreMinutesApart() {
        ScenarioParameters p = SmallScenario.parameters().toBuilder().organicHandleShare(0).build();
        TrollFactorySimulator sim = new TrollFactorySimulator(p, 19);
        List<SimulatedAccount> factory = new ArrayList<>();
        List<SimulatedAccount> organic = new ArrayList<>();
        sim.forEachAccount(a -> (a.label().factory() ? factory : organic).add(a));
        String defaultLooking = "[a-z]+_[a-z]+\\d+";
        assertThat(factory).allSatisfy(a -> assertThat(a.profile().handle()).matches(defaultLooking));
        long organicDefault = organic.stream().filter(a -> a.profile().handle().matches(defaultLooking)).count();
        assertThat((double) organicDefault / organic.size()).isBetween(0.01, 0.2);
        List<Instant> created = factory.stream().map(a -> a.profile().createdAt()).sorted().collect(Collectors.toList());
        int withBatchMate = 0;
        for (int k = 0; k < created.size(); k++) {
            Instant t = created.get(k);
            if ((k > 0 && Duration.between(created.get(k - 1), t).toMinutes() < 10)
                    || (k + 1 < created.size() && Duration.between(t, created.get(k + 1)).toMinutes() < 10)) {
                withBatchMate++;
            }
        }
        // accounts are registered one after another in a few sessions; a rare one is registered alone
        assertThat(withBatchMate).isGreaterThanOrEqualTo(created.size() * 8 / 10);
        Set<String> handles = new HashSet<>();
        sim.forEachAccount(a -> assertThat(handles.add(a.profile().handle())).isTrue());
    }

    @Test
    void anOperatorsHandlesMostlyFollowOnePattern() {
        ScenarioParameters p = SmallScenario.parameters().toBuilder().organicHandleShare(0).build();
        TrollFactorySimulator sim = new TrollFactorySimulator(p, 29);
        Map<String, List<String>> patterns = new TreeMap<>();
        sim.forEachAccount(a -> {
            if (a.label().factory()) {
                // pattern = how many digits end the handle, and whether a male/female surname
                // ending (-ov/-ova/-ev/-eva/-zoda) comes first
                String h = a.profile().handle();
                int digits = h.length() - h.replaceAll("\\d+$", "").length();
                boolean surnameFirst = h.substring(0, h.indexOf('_')).matches(".*(ov|ova|ev|eva|zoda)");
                patterns.computeIfAbsent(a.label().operator(), k -> new ArrayList<>()).add(digits + "/" + surnameFirst);
            }
        });
        int modal = 0;
        int total = 0;
        for (List<String> l : patterns.values()) {
            modal += l.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting())).values().stream()
                    .mapToInt(Long::intValue).max().orElse(0);
            total += l.size();
        }
        // drawn independently per account (60% years, 80% name first) the most common pattern would
        // cover only about half of an operator's accounts
        assertThat((double) modal / total).isGreaterThan(0.7);
    }

    @Test
    void attackRepliesAreVerbatimWithoutParaphraseAndVariedWithIt() {
        for (double strength : new double[] {0.0, 0.8}) {
            ScenarioParameters p = SmallScenario.parameters().toBuilder().attackShare(1).livestreamShare(0)
                    .paraphraseStrength(strength).build();
            TrollFactorySimulator sim = new TrollFactorySimulator(p, 23);
            Set<String> factory = factoryIds(sim);
            Map<String, Set<String>> textsByTarget = new HashMap<>();
            Map<String, Integer> repliesByTarget = new HashMap<>();
            for (Action x : SmallScenario.actions(sim)) {
                if (x.type() == ActionType.REPLY && factory.contains(x.account())) {
                    textsByTarget.computeIfAbsent(x.target(), k -> new HashSet<>()).add(x.text());
                    repliesByTarget.merge(x.target(), 1, Integer::sum);
                    assertThat(x.text()).containsPattern("\\p{IsCyrillic}");
                }
            }
            assertThat(textsByTarget).isNotEmpty();
            for (Map.Entry<String, Set<String>> e : textsByTarget.entrySet()) {
                if (strength == 0) {
                    // two templates per cue, each with the full or the first name: at most 4 texts
                    assertThat(e.getValue().size()).isLessThanOrEqualTo(4);
                } else if (repliesByTarget.get(e.getKey()) >= 6) {
                    assertThat(e.getValue().size()).isGreaterThan(repliesByTarget.get(e.getKey()) / 2);
                }
            }
        }
    }

    private static Set<String> factoryIds(TrollFactorySimulator sim) {
        return sim.labels().stream().filter(AccountLabel::factory).map(AccountLabel::accountId)
                .collect(Collectors.toSet());
    }
}
