package org.trollscope.core.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.trollscope.core.network.DisjointSets;
import org.trollscope.core.significance.PoissonTail;

/**
 * Teams as operators answering the same cues: each operator (and each account not given to an
 * operator) is described by the cue-sized episodes it acted in; two whose sets overlap by at least
 * {@code teamOverlap} (Jaccard) are joined if most of their accounts lie in the same community of
 * the account network (a few joint cues, or an operator not recognised and split into lone accounts
 * of few episodes, must not bridge two teams), and teams are the connected groups of at least two
 * accounts. A team's leader is the account that acts first among the team in most of its episodes,
 * if it does so in at least half of them and at least three times (the instruction reaches the
 * leader first, the team follows). O(Σ k²) over episodes of k units (episodes of more than
 * {@link OperatorFinder#MAX_EPISODE_ACCOUNTS} units are left out of the overlaps). Deterministic.
 */
final class TeamFinder {
    private static final int MIN_LED = 3;
    /** Family-wise level of the lead test over a team's members ({@link #leads}). */
    static final double LEAD_ALPHA = 0.01;
    /** Level of the lead test for an account first in at least half the team's episodes. */
    static final double HALF_ALPHA = 0.05;

    private TeamFinder() {
    }

    static List<Team> find(List<Episode> episodes, List<Operator> operators, IntUnaryOperator community,
                           OperationParameters p) {
        List<Episode> cueSized = episodes.stream().filter(e -> CueFinder.cueSized(e, p)).toList();
        Map<Integer, Integer> operatorOf = new HashMap<>();
        for (Operator o : operators) {
            for (int a : o.accounts()) {
                operatorOf.put(a, o.id());
            }
        }
        // units: operators first (by id), then lone accounts (by rank)
        List<int[]> units = new ArrayList<>();
        List<Integer> unitOperator = new ArrayList<>();
        for (Operator o : operators) {
            units.add(o.accounts());
            unitOperator.add(o.id());
        }
        int[] lone = cueSized.stream().flatMapToInt(e -> Arrays.stream(e.accounts())).distinct()
                .filter(a -> !operatorOf.containsKey(a)).sorted().toArray();
        for (int a : lone) {
            units.add(new int[] {a});
            unitOperator.add(0);
        }
        Map<Integer, Integer> unitOf = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            for (int a : units.get(u)) {
                unitOf.put(a, u);
            }
        }
        BitSet[] acted = new BitSet[units.size()];
        for (int u = 0; u < acted.length; u++) {
            acted[u] = new BitSet();
        }
        for (int e = 0; e < cueSized.size(); e++) {
            for (int a : cueSized.get(e).accounts()) {
                acted[unitOf.get(a)].set(e);
            }
        }
        int[] unitCommunity = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            unitCommunity[u] = majority(units.get(u), community);
        }
        int[] parent = new int[units.size()];
        for (int u = 0; u < parent.length; u++) {
            parent[u] = u;
        }
        // co-occurrences of unit pairs, from the episodes themselves: O(Σ k²), not O(U²)
        PairCounts together = new PairCounts(1);
        for (Episode e : cueSized) {
            int[] in = Arrays.stream(e.accounts()).map(unitOf::get).distinct().sorted().toArray();
            if (in.length > OperatorFinder.MAX_EPISODE_ACCOUNTS) {
                continue;
            }
            for (int i = 0; i < in.length; i++) {
                for (int j = i + 1; j < in.length; j++) {
                    together.add(OperatorFinder.key(in[i], in[j]), 0, 1);
                }
            }
        }
        int[] actedCount = new int[units.size()];
        for (int u = 0; u < actedCount.length; u++) {
            actedCount[u] = acted[u].cardinality();
        }
        for (long k : together.sortedKeys()) {
            int u = (int) (k >>> 32);
            int v = (int) k;
            int inter = together.get(k, 0);
            int union = actedCount[u] + actedCount[v] - inter;
            if (unitCommunity[u] == unitCommunity[v] && inter >= p.teamOverlap() * union) {
                int ru = DisjointSets.root(parent, u);
                int rv = DisjointSets.root(parent, v);
                parent[Math.max(ru, rv)] = Math.min(ru, rv);
            }
        }
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            components.computeIfAbsent(DisjointSets.root(parent, u), x -> new ArrayList<>()).add(u);
        }
        List<int[][]> groups = new ArrayList<>();   // {accounts, operator ids}
        for (List<Integer> c : components.values()) {
            int[] accounts = c.stream().flatMapToInt(u -> Arrays.stream(units.get(u))).sorted().toArray();
            if (accounts.length < 2) {
                continue;
            }
            int[] ops = c.stream().mapToInt(unitOperator::get).filter(o -> o > 0).sorted().toArray();
            groups.add(new int[][] {accounts, ops});
        }
        groups.sort(Comparator.<int[][]>comparingInt(g -> -g[0].length).thenComparingInt(g -> g[0][0]));
        List<Team> teams = new ArrayList<>();
        for (int[][] g : groups) {
            teams.add(team(teams.size() + 1, g[0], g[1], cueSized));
        }
        return teams;
    }

    private static Team team(int id, int[] accounts, int[] operators, List<Episode> episodes) {
        int[] firsts = new int[accounts.length];
        double[] expected = new double[accounts.length];
        int[] in = new int[accounts.length];
        int teamEpisodes = 0;
        for (Episode e : episodes) {
            int members = 0;
            for (int a : e.accounts()) {   // in order of first action
                int i = Arrays.binarySearch(accounts, a);
                if (i >= 0) {
                    in[members++] = i;
                }
            }
            if (members >= 2) {
                teamEpisodes++;
                firsts[in[0]]++;
                for (int k = 0; k < members; k++) {
                    expected[in[k]] += 1.0 / members;
                }
            }
        }
        int best = -1;
        for (int i = 0; i < accounts.length; i++) {
            if (firsts[i] > 0 && (best < 0 || firsts[i] > firsts[best])) {
                best = i;
            }
        }
        if (best < 0 || !leads(firsts[best], expected[best], teamEpisodes, accounts.length)) {
            return new Team(id, operators, accounts, teamEpisodes, -1, 0, 0);
        }
        return new Team(id, operators, accounts, teamEpisodes, accounts[best], firsts[best], expected[best]);
    }

    /**
     * Whether an account first in {@code led} of the team's {@code episodes} leads it: at least
     * {@link #MIN_LED} times, and more often than chance. Under chance each of the m team members in
     * an episode is first with probability 1/m, so the account's firsts have mean {@code expected}
     * (the sum of 1/m over its episodes); the Poisson upper tail, which bounds that sum of Bernoulli
     * trials from above, must be at most {@link #LEAD_ALPHA} divided by the team's size (Bonferroni
     * over the members, any of whom could have come out first), or at most {@link #HALF_ALPHA} when
     * the account is first in at least half the team's episodes. With uneven participation no account
     * need be first in half the episodes: on the simulator's hard scenario (participation 0.5, timing
     * jitter ×3) a leader is first in 6–10 of 15–20 while chance gives it about one. And being first
     * in half is no evidence in a pair of accounts, one of which is always first.
     */
    static boolean leads(int led, double expected, int episodes, int teamSize) {
        if (led < MIN_LED) {
            return false;
        }
        double logP = PoissonTail.logUpperTail(led, expected);
        return logP <= Math.log(LEAD_ALPHA / teamSize) || (2 * led >= episodes && logP <= Math.log(HALF_ALPHA));
    }

    /** The community most of the accounts belong to (ties: the smallest id; -1 = none). */
    static int majority(int[] accounts, IntUnaryOperator community) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int a : accounts) {
            count.merge(community.applyAsInt(a), 1, Integer::sum);
        }
        int best = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
