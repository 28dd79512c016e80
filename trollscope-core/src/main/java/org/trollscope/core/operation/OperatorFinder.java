package org.trollscope.core.operation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.trollscope.core.model.ActivityLog;

/**
 * Operators from the order in which accounts take their turn on a target, read on sudden episodes
 * (see {@link #sudden}). One person working several accounts acts with them one after another: on
 * each target one account's visit ({@link #visits}) ends and the next begins a few seconds to a minute
 * or two later (a hand-off), and two of their accounts never act at the same instant or in
 * overlapping visits (a clash). Groups are built in five passes, each refusing to join two groups
 * that hold a clashing pair (one person cannot be in two places at once):
 * <ol>
 *   <li>Pairs: two accounts that meet in at least half the episodes the less active of the two acted
 *   in, with at least {@code minHandOffs + 1} hand-offs making at least {@code minHandOffShare} of
 *   the episodes they share, and no clash; strongest first (share, then count, then ranks). A pair
 *   link rests on nothing but its own hand-offs, so it needs one more than a group: two accounts
 *   of two operators of one team hand off by chance in about a fifth of the episodes they share
 *   (the simulator's hard scenario), so across hundreds of such pairs some reach 3 of 3, and a
 *   link made first joins two people. With 3, operators' mean ARI on hard seeds 1–12 was 0.736;
 *   with 4, 0.796 (before the community and share rules; default and small-farm 1.000 either way). A pair with 3 is still joined later
 *   as two groups ({@link SessionMerge}) if nothing speaks against it by then.</li>
 *   <li>Registrations of one person: accounts created one after another within {@code batch}
 *   ({@link #batchLinks}) whose handles have one {@link HandleShape}.</li>
 *   <li>Groups by what they do together ({@link SessionMerge}).</li>
 *   <li>The looser batch links: the next registration and the one after next, unless the two groups'
 *   handle habits differ ({@link #habitsDiffer}).</li>
 *   <li>Groups again, then a registration left alone between two accounts of one group joins it.</li>
 * </ol>
 * A batch link is also refused when the two groups are apart in more shared episodes than they hand
 * off in, or hand off in under half of three or more ({@link SessionMerge#compatible}): two people
 * of one team registering in turn leave no gap between their accounts' creation times, and often
 * share a handle habit, but not their sessions.
 *
 * <p>Cost O(Σ k²) over episodes of k accounts for the pair counts, plus O(L · m²) for L links
 * between groups of at most m accounts, plus {@link SessionMerge}'s. Deterministic.
 */
final class OperatorFinder {
    static final double SUDDEN_SHARE = 0.8;
    /**
     * The span, in cue spreads from the burst, in which {@link #SUDDEN_SHARE} of an episode's
     * participants must start (50 min with the default spread): operators who take a minute per
     * account and start up to a quarter of an hour after their leader run through a team in half an
     * hour (the simulator's hard scenario; with 2 spreads its hand-offs were never read and operators
     * came from creation batches alone), while cover activity on a popular post trickles in over
     * hours.
     */
    static final int SUDDEN_SPREADS = 5;
    /**
     * Episodes of more accounts are not read for hand-offs (nor for team overlaps): a crowd that size
     * is not one person's sequence, and its pairs would cost O(k²) memory.
     */
    static final int MAX_EPISODE_ACCOUNTS = 500;

    private OperatorFinder() {
    }

    /**
     * @param handle an account's handle by rank, or null when unknown: accounts registered in one
     *        batch by different people are told apart by their habits ({@link #habitsDiffer})
     * @param community an account's community by rank (-1 = none): no pass joins two groups whose
     *        accounts lie mostly in different communities
     */
    static List<Operator> find(ActivityLog log, IntUnaryOperator rankOfRow, List<Episode> episodes,
                               IntFunction<Instant> createdAt, IntFunction<String> handle, IntUnaryOperator community,
                               OperationParameters p) {
        long same = p.sameInstant().toMillis();
        long max = p.maxSwitch().toMillis();
        PairCounts pairs = new PairCounts(3);   // {shared episodes, hand-offs, clashes}
        Map<Integer, Integer> acted = new HashMap<>();   // account → sudden episodes
        List<int[]> suddenAccounts = new ArrayList<>();
        List<long[][]> suddenVisits = new ArrayList<>();
        for (Episode e : episodes) {
            if (e.accounts().length > MAX_EPISODE_ACCOUNTS || !sudden(e, p)) {
                continue;
            }
            int[] acc = e.accounts();
            for (int a : acc) {
                acted.merge(a, 1, Integer::sum);
            }
            long[][] visits = visits(log, rankOfRow, e, max);
            suddenAccounts.add(acc);
            suddenVisits.add(visits);
            for (int i = 0; i < acc.length; i++) {
                for (int j = i + 1; j < acc.length; j++) {
                    long k = key(acc[i], acc[j]);
                    pairs.add(k, 0, 1);
                    long gap = closest(visits[i], visits[j]);
                    if (gap < same) {
                        pairs.add(k, 2, 1);
                    } else if (gap <= max) {
                        pairs.add(k, 1, 1);
                    }
                }
            }
        }
        List<long[]> links = new ArrayList<>();   // {key, hand-offs, shared}
        for (long k : pairs.sortedKeys()) {
            int shared = pairs.get(k, 0);
            int handOffs = pairs.get(k, 1);
            int a = (int) (k >>> 32);
            int b = (int) k;
            int fewer = Math.min(acted.getOrDefault(a, 0), acted.getOrDefault(b, 0));
            if (pairs.get(k, 2) == 0 && handOffs >= p.minHandOffs() + 1 && handOffs >= p.minHandOffShare() * shared
                    && 2 * shared >= fewer) {
                links.add(new long[] {k, handOffs, shared});
            }
        }
        links.sort(Comparator.<long[]>comparingDouble(l -> -(double) l[1] / l[2]).thenComparingLong(l -> -l[1])
                .thenComparingLong(l -> l[0]));
        Grouping g = new Grouping(pairs, community);
        for (long[] l : links) {
            g.link((int) (l[0] >>> 32), (int) l[0], l[1], l[2]);
        }
        // then one person's registration runs, then what the groups do together, then looser batches
        SessionMerge sessions = new SessionMerge(suddenAccounts, suddenVisits, p);
        List<long[]> born = creationOrder(episodes, createdAt);
        long batch = p.batch().toMillis();
        for (long[] l : batchLinks(born, batch, false)) {
            int a = (int) (l[0] >>> 32);
            int b = (int) l[0];
            if (sameShape(handle.apply(a), handle.apply(b))) {
                batchLink(g, sessions, a, b);
            }
        }
        sessions.merge(g);
        for (long[] l : batchLinks(born, batch, true)) {
            int a = (int) (l[0] >>> 32);
            int b = (int) l[0];
            // a creation batch must not join two people's handle habits, nor two people's sessions
            if (g.group(a) != g.group(b) && !habitsDiffer(g.members(a), g.members(b), handle)) {
                batchLink(g, sessions, a, b);
            }
        }
        sessions.merge(g);
        // last, a registration of another habit in the middle of one person's run is theirs
        for (int i = 1; i + 1 < born.size(); i++) {
            int a = (int) born.get(i)[1];
            int before = (int) born.get(i - 1)[1];
            if (g.members(a).size() == 1 && g.group(before) == g.group((int) born.get(i + 1)[1])
                    && born.get(i)[0] - born.get(i - 1)[0] <= batch && born.get(i + 1)[0] - born.get(i)[0] <= batch) {
                batchLink(g, sessions, before, a);
            }
        }
        List<int[]> members = new ArrayList<>();
        for (List<Integer> m : g.groups.values()) {
            if (m.size() >= 2) {
                members.add(m.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        members.sort(Comparator.<int[]>comparingInt(m -> -m.length).thenComparingInt(m -> m[0]));
        List<Operator> operators = new ArrayList<>();
        for (int[] m : members) {
            long[] s = g.support.get(g.groupOf.get(m[0]));
            operators.add(new Operator(operators.size() + 1, m, (int) s[0], (int) s[1], sameBatch(m, createdAt, batch),
                    s[1] == 0 ? 0.0 : (double) s[0] / s[1]));
        }
        return operators;
    }

    /**
     * Per participant of the episode (in the order of {@link Episode#accounts()}), its visits to the
     * target: runs of its actions no more than {@code maxSwitch} apart, as {start, end, start, end,
     * ...}. An episode can last hours (no pause over its gap), and an account that acts at its start
     * and again hours later did not stay there in between: its first-to-last span would overlap every
     * other account's and read as a clash, even between two accounts of one person.
     */
    static long[][] visits(ActivityLog log, IntUnaryOperator rankOfRow, Episode e, long maxSwitch) {
        int[] acc = e.accounts();
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < acc.length; i++) {
            index.put(acc[i], i);
        }
        long[][] out = new long[acc.length][];
        int[] size = new int[acc.length];
        for (int i = 0; i < acc.length; i++) {
            out[i] = new long[4];
        }
        for (int row : e.rows()) {   // by time
            int i = index.get(rankOfRow.applyAsInt(row));
            long t = log.time(row);
            if (size[i] > 0 && t - out[i][size[i] - 1] <= maxSwitch) {
                out[i][size[i] - 1] = t;
            } else {
                if (size[i] + 2 > out[i].length) {
                    out[i] = Arrays.copyOf(out[i], out[i].length * 2);
                }
                out[i][size[i]++] = t;
                out[i][size[i]++] = t;
            }
        }
        for (int i = 0; i < acc.length; i++) {
            out[i] = Arrays.copyOf(out[i], size[i]);
        }
        return out;
    }

    /**
     * Whether at least {@link #SUDDEN_SHARE} of the episode's participants start within
     * {@link #SUDDEN_SPREADS} times {@code cueSpread} of its burst: an instructed run through the accounts. Where accounts
     * trickle in over hours (cover activity on a popular post), their actions are not one person's
     * sequence and would show clashes between accounts of one operator.
     */
    static boolean sudden(Episode e, OperationParameters p) {
        long b = CueFinder.burst(e, p);
        if (b < 0) {
            return false;
        }
        long span = SUDDEN_SPREADS * p.cueSpread().toMillis();
        int in = 0;
        for (long s : e.starts()) {
            if (s >= b && s <= b + span) {
                in++;
            }
        }
        return in >= SUDDEN_SHARE * e.accounts().length;
    }

    /** Members created within {@code batch} of another member. */
    private static int sameBatch(int[] members, IntFunction<Instant> createdAt, long batch) {
        long[] t = Arrays.stream(members).mapToObj(createdAt).filter(x -> x != null).mapToLong(Instant::toEpochMilli)
                .sorted().toArray();
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            boolean near = (i > 0 && t[i] - t[i - 1] <= batch) || (i + 1 < t.length && t[i + 1] - t[i] <= batch);
            if (near) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether two groups show different handle habits: each has a commonest {@link HandleShape}
     * (ties: none), they differ, and at least one of them is held by two or more accounts. A person
     * registering accounts one after another tends to keep one shape (how many digits, which
     * separators);
     * two people registering in turn in one batch often do not, while a batch link cannot tell where
     * one ends and the other begins.
     */
    static boolean habitsDiffer(List<Integer> x, List<Integer> y, IntFunction<String> handle) {
        Map.Entry<String, Integer> a = habit(x, handle);
        Map.Entry<String, Integer> b = habit(y, handle);
        return a != null && b != null && !a.getKey().equals(b.getKey()) && Math.max(a.getValue(), b.getValue()) >= 2;
    }

    /** The commonest handle shape of the accounts and its count; null without handles or on a tie. */
    private static Map.Entry<String, Integer> habit(List<Integer> accounts, IntFunction<String> handle) {
        Map<String, Integer> count = HandleShape.counts(accounts.stream().map(handle::apply).toList());
        Map.Entry<String, Integer> best = null;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
                tie = false;
            } else if (e.getValue().equals(best.getValue())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean clash(List<Integer> x, List<Integer> y, PairCounts pairs) {
        for (int a : x) {
            for (int b : y) {
                if (pairs.get(key(a, b), 2) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A creation-batch link: joins the groups of {@code a} and {@code b} when they are two and what
     * they did together does not speak against one person ({@link SessionMerge#compatible}), with
     * their hand-offs and shared episodes as the join's support.
     */
    private static void batchLink(Grouping g, SessionMerge sessions, int a, int b) {
        if (g.group(a) != g.group(b)) {
            int[] t = sessions.between(g.members(a), g.members(b));
            if (sessions.compatible(t)) {
                g.link(a, b, t[1], t[0]);
            }
        }
    }

    /** The closest approach of two accounts' visits ({start, end, ...}): negative when two overlap. */
    static long closest(long[] x, long[] y) {
        long gap = Long.MAX_VALUE;
        for (int i = 0; i < x.length; i += 2) {
            for (int j = 0; j < y.length; j += 2) {
                gap = Math.min(gap, Math.max(y[j] - x[i + 1], x[i] - y[j + 1]));
            }
        }
        return gap;
    }

    /** The accounts that acted in an episode and have a creation time, as {created, rank}, in order of creation. */
    private static List<long[]> creationOrder(List<Episode> episodes, IntFunction<Instant> createdAt) {
        TreeSet<Integer> accounts = new TreeSet<>();
        for (Episode e : episodes) {
            for (int a : e.accounts()) {
                accounts.add(a);
            }
        }
        List<long[]> born = new ArrayList<>();
        for (int a : accounts) {
            Instant t = createdAt.apply(a);
            if (t != null) {
                born.add(new long[] {t.toEpochMilli(), a});
            }
        }
        born.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        return born;
    }

    /**
     * Creation batches as links without hand-offs, {key, 0, 0}: accounts in order of creation
     * ({@link #creationOrder}), each linked to the next when created within {@code batch} of it (one
     * person registering accounts one after another); with {@code overOne}, then each to the one
     * after next as well, so that one registration with another habit does not cut a person's run in
     * two.
     */
    private static List<long[]> batchLinks(List<long[]> born, long batch, boolean overOne) {
        List<long[]> links = new ArrayList<>();
        for (int i = 1; i < born.size(); i++) {
            if (born.get(i)[0] - born.get(i - 1)[0] <= batch) {
                links.add(new long[] {key((int) born.get(i - 1)[1], (int) born.get(i)[1]), 0, 0});
            }
        }
        for (int i = 2; overOne && i < born.size(); i++) {
            if (born.get(i)[0] - born.get(i - 1)[0] <= batch && born.get(i - 1)[0] - born.get(i - 2)[0] <= batch) {
                links.add(new long[] {key((int) born.get(i - 2)[1], (int) born.get(i)[1]), 0, 0});
            }
        }
        return links;
    }

    /** Whether both handles are known and of one {@link HandleShape}. */
    static boolean sameShape(String a, String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank()
                && HandleShape.of(a.strip()).equals(HandleShape.of(b.strip()));
    }

    /**
     * Groups of accounts being joined into operators, with the hand-offs and shared episodes behind
     * each group's joining links. A join is refused when the two groups hold a clashing pair, or when
     * both have at least {@link #COMMUNITY_GROUP} accounts and these lie mostly in different
     * communities of the account network: one person's accounts work for one team, and the network's
     * communities follow teams. Two operators of two teams meeting on joint cues can hand off there
     * by chance (the simulator's hard scenario, seed 11: two such joins made two teams one). A single
     * account or a pair is not held to it: a few accounts of an operator fall in a neighbouring
     * community (hard seed 3: 8 of 121), and a pair's majority is a tie.
     */
    static final class Grouping {
        static final int COMMUNITY_GROUP = 3;
        final Map<Integer, List<Integer>> groups = new HashMap<>();
        final Map<Integer, Integer> groupOf = new HashMap<>();
        final Map<Integer, long[]> support = new HashMap<>();   // group → {hand-offs, shared}
        private final PairCounts pairs;
        private final IntUnaryOperator community;

        Grouping(PairCounts pairs, IntUnaryOperator community) {
            this.pairs = pairs;
            this.community = community;
        }

        private int community(int group) {
            return TeamFinder.majority(groups.get(group).stream().mapToInt(Integer::intValue).toArray(), community);
        }

        /** The group of {@code a}, made a group of its own if it had none; a group is named by its first member. */
        int group(int a) {
            return groupOf.computeIfAbsent(a, x -> {
                groups.put(x, new ArrayList<>(List.of(x)));
                return x;
            });
        }

        List<Integer> members(int a) {
            return groups.get(group(a));
        }

        /** Joins the groups of {@code a} and {@code b} unless they are one or clash; returns whether it did. */
        boolean link(int a, int b, long handOffs, long shared) {
            int ga = group(a);
            int gb = group(b);
            if (ga == gb || clash(groups.get(ga), groups.get(gb), pairs)
                    || (groups.get(ga).size() >= COMMUNITY_GROUP && groups.get(gb).size() >= COMMUNITY_GROUP
                            && community(ga) != community(gb))) {
                return false;
            }
            int keep = Math.min(ga, gb);
            int drop = Math.max(ga, gb);
            for (int m : groups.get(drop)) {
                groupOf.put(m, keep);
            }
            groups.get(keep).addAll(groups.remove(drop));
            long[] s = support.computeIfAbsent(keep, x -> new long[2]);
            long[] d = support.remove(drop);
            if (d != null) {
                s[0] += d[0];
                s[1] += d[1];
            }
            s[0] += handOffs;
            s[1] += shared;
            return true;
        }
    }

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }
}
