package org.trollscope.core.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.model.ActivityLog;

/**
 * The shape of an operation, drawn from the accounts a coordination analysis found: the targets
 * they amplified or attacked and their share of each target's engagement, brigading episodes, cues
 * (moments many of them start at once), their share of the whole debate per day, operators (accounts
 * probably run by one person, see {@link OperatorFinder}), teams of operators answering the same
 * cues within one community of the account network, and each team's leader (see {@link TeamFinder}).
 *
 * <p>Works on the log's actions and the set of coordinated accounts only, so it applies to any
 * threshold. Cost O(N + C log C + Σ k²) for N actions, C coordinated actions on targets and
 * episodes of k accounts; deterministic (every list has a total order).
 */
public final class OperationMap {
    private final OperationParameters parameters;
    private final List<TargetEngagement> targets;
    private final List<Episode> episodes;
    private final List<Cue> cues;
    private final List<DayShare> days;
    private final List<Operator> operators;
    private final List<Team> teams;
    private final int[] operatorOf;
    private final int[] teamOf;
    private final boolean[] leader;
    private final int[] cuesActedIn;
    private final int[] cueActions;
    private final int[] actionsOf;
    private final boolean[] batchMate;
    private final Map<Integer, String> handlePattern = new HashMap<>();

    private OperationMap(OperationParameters parameters, List<TargetEngagement> targets, List<Episode> episodes,
                         List<Cue> cues, List<DayShare> days, List<Operator> operators, List<Team> teams, int accounts,
                         int[] actionsOf) {
        this.parameters = parameters;
        this.targets = List.copyOf(targets);
        this.episodes = List.copyOf(episodes);
        this.cues = List.copyOf(cues);
        this.days = List.copyOf(days);
        this.operators = List.copyOf(operators);
        this.teams = List.copyOf(teams);
        operatorOf = new int[accounts];
        teamOf = new int[accounts];
        leader = new boolean[accounts];
        for (Operator o : operators) {
            for (int a : o.accounts()) {
                operatorOf[a] = o.id();
            }
        }
        for (Team t : teams) {
            for (int a : t.accounts()) {
                teamOf[a] = t.id();
            }
            if (t.leader() >= 0) {
                leader[t.leader()] = true;
            }
        }
        this.actionsOf = actionsOf;
        this.cuesActedIn = new int[accounts];
        this.cueActions = new int[accounts];
        this.batchMate = new boolean[accounts];
    }

    /** Per account: cues acted in and actions in their episodes; whether created near another account of its operator. */
    private OperationMap withAccountSignals(ActivityLog log, AccountOrder order, IntFunction<Instant> createdAt) {
        Map<Integer, Episode> byId = new HashMap<>();
        for (Episode e : episodes) {
            byId.put(e.id(), e);
        }
        for (Cue c : cues) {
            Set<Integer> in = new HashSet<>();
            for (int id : c.episodes()) {
                for (int row : byId.get(id).rows()) {
                    int a = order.rank(log.account(row));
                    cueActions[a]++;
                    in.add(a);
                }
            }
            for (int a : in) {
                cuesActedIn[a]++;
            }
        }
        for (Operator o : operators) {
            List<String> handles = new ArrayList<>();
            for (int a : o.accounts()) {
                handles.add(log.profile(order.account(a)).handle());
            }
            Map.Entry<String, Integer> shape = HandleShape.commonest(handles);
            if (shape != null) {
                handlePattern.put(o.id(), shape.getKey() + " (" + shape.getValue() + " of " + o.accounts().length + ")");
            }
        }
        long batch = parameters.batch().toMillis();
        for (Operator o : operators) {
            for (int a : o.accounts()) {
                Instant ta = createdAt.apply(a);
                for (int b : o.accounts()) {
                    Instant tb = createdAt.apply(b);
                    if (a != b && ta != null && tb != null && Math.abs(ta.toEpochMilli() - tb.toEpochMilli()) <= batch) {
                        batchMate[a] = true;
                    }
                }
            }
        }
        return this;
    }

    /** The map of an analysis's coordinated accounts. */
    public static OperationMap of(AnalysisResult r, OperationParameters p) {
        return of(r.log(), r.order(), r::coordinated, r::accountId, rank -> {
            int node = r.network().node(rank);
            return node < 0 ? -1 : r.communities().of(node);
        }, p);
    }

    /**
     * The map of the accounts (by {@link AccountOrder} rank) that {@code coordinated} accepts.
     *
     * @param accountName an account's name by rank, for targets' owners
     * @param community an account's community by rank (-1 = none); teams never span two
     */
    public static OperationMap of(ActivityLog log, AccountOrder order, IntPredicate coordinated,
                                  IntFunction<String> accountName, IntUnaryOperator community, OperationParameters p) {
        EpisodeFinder found = new EpisodeFinder(log, order, coordinated, accountName, p);
        List<Cue> cues = CueFinder.find(found.episodes, p);
        IntFunction<Instant> createdAt = rank -> log.profile(order.account(rank)).createdAt();
        List<Operator> operators = OperatorFinder.find(log, row -> order.rank(log.account(row)), found.episodes,
                createdAt, p);
        List<Team> teams = TeamFinder.find(found.episodes, operators, community, p);
        int[] actionsOf = new int[order.size()];
        for (int row = 0; row < log.size(); row++) {
            actionsOf[order.rank(log.account(row))]++;
        }
        return new OperationMap(p, found.targets, found.episodes, cues, days(log, order, coordinated), operators, teams,
                order.size(), actionsOf).withAccountSignals(log, order, createdAt);
    }

    private static List<DayShare> days(ActivityLog log, AccountOrder order, IntPredicate coordinated) {
        Map<Long, long[]> perDay = new TreeMap<>();
        for (int row = 0; row < log.size(); row++) {
            long[] c = perDay.computeIfAbsent(Math.floorDiv(log.time(row), 86_400_000L), d -> new long[2]);
            c[0]++;
            if (coordinated.test(order.rank(log.account(row)))) {
                c[1]++;
            }
        }
        List<DayShare> days = new ArrayList<>();
        perDay.forEach((d, c) -> days.add(new DayShare(LocalDate.ofEpochDay(d), c[0], c[1])));
        return days;
    }

    public OperationParameters parameters() {
        return parameters;
    }

    /** Targets coordinated accounts acted on, most coordinated actions first (ties: target). */
    public List<TargetEngagement> targets() {
        return targets;
    }

    /** Brigading episodes in time order. */
    public List<Episode> episodes() {
        return episodes;
    }

    /** Detected cues in time order. */
    public List<Cue> cues() {
        return cues;
    }

    /** Per UTC day with actions: all actions and the coordinated accounts' actions. */
    public List<DayShare> days() {
        return days;
    }

    /** Operators, largest first. */
    public List<Operator> operators() {
        return operators;
    }

    /** Teams, largest first. */
    public List<Team> teams() {
        return teams;
    }

    /** All actions in the log. */
    public long actions() {
        return days.stream().mapToLong(DayShare::actions).sum();
    }

    /** Actions made by coordinated accounts. */
    public long coordinatedActions() {
        return days.stream().mapToLong(DayShare::coordinatedActions).sum();
    }

    /** Coordinated actions over all actions (0 for an empty log). */
    public double coordinatedShare() {
        long all = actions();
        return all == 0 ? 0.0 : (double) coordinatedActions() / all;
    }

    /** The account's operator id, or 0 when it was not given to one. */
    public int operatorOf(int rank) {
        return operatorOf[rank];
    }

    /** The account's team id, or 0 when it is in no team. */
    public int teamOf(int rank) {
        return teamOf[rank];
    }

    public boolean isLeader(int rank) {
        return leader[rank];
    }

    /**
     * The commonest handle shape among the operator's accounts and how many share it, e.g.
     * {@code a_a9999 (7 of 9)} (see {@link HandleShape}); null without handles.
     */
    public String handlePattern(int operator) {
        return handlePattern.get(operator);
    }

    /** Cues the account acted in. */
    public int cuesActedIn(int rank) {
        return cuesActedIn[rank];
    }

    /**
     * Why the account belongs to the operation, each reason pointing to a file: the cues it acted
     * in (cues.csv), its operator (operators.csv) and creation batch, its team and whether it leads
     * (teams.csv); empty when it has none of these.
     */
    public List<String> reasons(int rank) {
        List<String> r = new ArrayList<>();
        if (cuesActedIn[rank] > 0) {
            r.add(String.format(Locale.ROOT, "acted in %d of %d cues (%d actions, %d %% of its %d)", cuesActedIn[rank],
                    cues.size(), cueActions[rank], Math.round(100.0 * cueActions[rank] / actionsOf[rank]),
                    actionsOf[rank]));
        }
        int o = operatorOf[rank];
        if (o > 0) {
            Operator op = operators.get(o - 1);
            r.add(String.format(Locale.ROOT, "operator %d: hands off to its %d other accounts %d-%d s apart, never at "
                            + "the same instant", o, op.accounts().length - 1, parameters.sameInstant().toSeconds(),
                    parameters.maxSwitch().toSeconds()));
            if (batchMate[rank]) {
                r.add(String.format(Locale.ROOT, "created within %d min of another account of operator %d",
                        parameters.batch().toMinutes(), o));
            }
        }
        int t = teamOf[rank];
        if (t > 0) {
            Team team = teams.get(t - 1);
            r.add(leader[rank]
                    ? String.format(Locale.ROOT, "leads team %d: first in %d of its %d episodes", t, team.led(),
                            team.episodes())
                    : "team " + t);
        }
        return r;
    }

    /** Leaders found, one per team at most. */
    public long leaders() {
        return teams.stream().filter(t -> t.leader() >= 0).count();
    }

    @Override
    public String toString() {
        return "OperationMap[targets=" + targets.size() + ", episodes=" + episodes.size() + ", cues=" + cues.size()
                + ", operators=" + operators.size() + ", teams=" + teams.size() + ", leaders=" + leaders()
                + ", share=" + coordinatedShare() + "]";
    }
}
