package org.trollscope.core.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * cues within one community of the account network, and each team's leader (see {@link TeamFinder});
 * and per account the signals behind its score, with reasons ({@link AccountSignals}).
 *
 * <p>Works on the log's actions, its accounts' profiles and the set of coordinated accounts only,
 * so it applies to any threshold. Cost O(N + C log C + Σ k²) for N actions, C coordinated actions on targets and
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
    private AccountSignals signals;
    private final Map<Integer, String> handlePattern = new HashMap<>();

    private OperationMap(OperationParameters parameters, List<TargetEngagement> targets, List<Episode> episodes,
                         List<Cue> cues, List<DayShare> days, List<Operator> operators, List<Team> teams, int accounts) {
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
    }

    /** Per account: the handle pattern of its operator, and the signals behind its score. */
    private OperationMap withAccountSignals(ActivityLog log, AccountOrder order, IntPredicate coordinated,
                                            IntUnaryOperator degree, List<KnownEvent> events,
                                            AccountSignalParameters sp) {
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
        signals = AccountSignals.of(log, order, coordinated, degree, cues, episodes, operatorOf, teamOf, leader, teams,
                events, parameters, sp);
        return this;
    }

    /** The map of an analysis's coordinated accounts, with default account signals and no known events. */
    public static OperationMap of(AnalysisResult r, OperationParameters p) {
        return of(r, p, AccountSignalParameters.defaults(), List.of());
    }

    /**
     * The map of an analysis's coordinated accounts; {@code events} (known events, may be empty)
     * give the blocking windows of the account signals.
     */
    public static OperationMap of(AnalysisResult r, OperationParameters p, AccountSignalParameters sp,
                                  List<KnownEvent> events) {
        // node by rank, looked up once: the map reads it for every action
        int[] nodeOf = new int[r.order().size()];
        java.util.Arrays.fill(nodeOf, -1);
        for (int node = 0; node < r.network().nodeCount(); node++) {
            nodeOf[r.network().rank(node)] = node;
        }
        return of(r.log(), r.order(), rank -> nodeOf[rank] >= 0, r::accountId, rank -> {
            int node = nodeOf[rank];
            return node < 0 ? -1 : r.communities().of(node);
        }, rank -> {
            int node = nodeOf[rank];
            return node < 0 ? 0 : r.network().degree(node);
        }, events, p, sp);
    }

    /**
     * The map of the accounts (by {@link AccountOrder} rank) that {@code coordinated} accepts, with
     * default account signals, no known events and link counts unknown.
     *
     * @param accountName an account's name by rank, for targets' owners
     * @param community an account's community by rank (-1 = none); teams never span two
     */
    public static OperationMap of(ActivityLog log, AccountOrder order, IntPredicate coordinated,
                                  IntFunction<String> accountName, IntUnaryOperator community, OperationParameters p) {
        return of(log, order, coordinated, accountName, community, rank -> 0, List.of(), p,
                AccountSignalParameters.defaults());
    }

    /**
     * The map of the accounts (by {@link AccountOrder} rank) that {@code coordinated} accepts.
     *
     * @param accountName an account's name by rank, for targets' owners
     * @param community an account's community by rank (-1 = none); teams never span two
     * @param degree an account's kept links by rank (0 = none or unknown), for its reasons
     * @param events known events; those with an end in which organic activity fell are blocking windows
     */
    public static OperationMap of(ActivityLog log, AccountOrder order, IntPredicate coordinated,
                                  IntFunction<String> accountName, IntUnaryOperator community, IntUnaryOperator degree,
                                  List<KnownEvent> events, OperationParameters p, AccountSignalParameters sp) {
        EpisodeFinder found = new EpisodeFinder(log, order, coordinated, accountName, p);
        List<Cue> cues = CueFinder.find(found.episodes, p);
        IntFunction<Instant> createdAt = rank -> log.profile(order.account(rank)).createdAt();
        List<Operator> operators = OperatorFinder.find(log, row -> order.rank(log.account(row)), found.episodes,
                createdAt, rank -> log.profile(order.account(rank)).handle(), community, p);
        List<Team> teams = TeamFinder.find(found.episodes, operators, community, p);
        return new OperationMap(p, found.targets, found.episodes, cues, days(log, order, coordinated), operators, teams,
                order.size()).withAccountSignals(log, order, coordinated, degree, events, sp);
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

    /** The signals behind each account's score, and the score. */
    public AccountSignals signals() {
        return signals;
    }

    /**
     * Why the account may belong to the operation, strongest signal first, each reason pointing to
     * its evidence (see {@link AccountSignals#reasons}); empty when no signal fired.
     */
    public List<String> reasons(int rank) {
        return signals.reasons(rank);
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
