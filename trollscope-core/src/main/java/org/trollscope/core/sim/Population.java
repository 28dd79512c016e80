package org.trollscope.core.sim;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who exists in a scenario: per account its kind, activity, reach, interest community and creation
 * time, and the factory's structure (operators, teams, leaders). Indices 0..organic-1 are organic
 * (government pages, critics, pages, then people); the factory's accounts follow. Account ids are
 * snowflake-like (creation time in milliseconds, then 22 bits of a scrambled index), so batch-created
 * accounts have close ids, as on real platforms, while the index order stays hidden.
 * Memory is O(accounts); everything is drawn from per-purpose seeded streams.
 */
final class Population {
    static final byte USER = 0;
    static final byte HYPERACTIVE = 1;
    static final byte PAGE = 2;
    static final byte GOVERNMENT = 3;
    static final byte CRITIC = 4;
    static final byte FACTORY = 5;

    private static final long DAY = DiurnalRhythm.DAY;
    private static final long YEAR = 365 * DAY;

    final ScenarioParameters p;
    final int organic;
    final int total;
    final long start;
    final byte[] kind;
    final double[] engageWeight;
    final double[] postRate;
    final double[] reach;
    final int[] community;
    final long[] createdAt;
    final long[] id;
    final boolean[] organicLooking;
    final int[] governmentAccounts;
    final int[] criticAccounts;

    /** Factory: per operator its accounts in the order the operator works through them. */
    final int[][] operatorAccounts;
    /** Per team its operators; the first operator runs the leader account. */
    final int[][] teamOperators;
    final int[] teamLeader;
    /** Per factory account (index - organic): its operator and team. */
    final int[] operatorOf;
    final int[] teamOf;

    final AliasSampler engagers;
    final AliasSampler[] communityEngagers;
    final int[][] communityMembers;

    Population(ScenarioParameters p, long seed) {
        this.p = p;
        this.organic = p.organicAccounts();
        this.start = ZonedDateTime.of(p.startDate().atStartOfDay(), p.timeZone()).toInstant().toEpochMilli();

        SplittableRandom frng = SeedStreams.of(seed, SeedStreams.FACTORY);
        int operators = p.teams() * p.operatorsPerTeam();
        int[] sizes = new int[operators];
        int factory = 0;
        for (int o = 0; o < operators; o++) {
            sizes[o] = p.minAccountsPerOperator()
                    + frng.nextInt(p.maxAccountsPerOperator() - p.minAccountsPerOperator() + 1);
            factory += sizes[o];
        }
        total = organic + factory;
        kind = new byte[total];
        engageWeight = new double[organic];
        postRate = new double[total];
        reach = new double[total];
        community = new int[total];
        createdAt = new long[total];
        id = new long[total];
        organicLooking = new boolean[total];

        governmentAccounts = new int[p.governmentPages()];
        criticAccounts = new int[p.critics()];
        int pages = (int) Math.round(p.pageShare() * organic);
        int communities = Math.max(1, organic / 250);
        double alpha = p.activityTailExponent();
        double xm = p.actionsPerAccountDay() * (alpha - 1) / alpha;
        for (int i = 0; i < organic; i++) {
            SplittableRandom r = SeedStreams.of(seed, SeedStreams.ACCOUNTS, i);
            community[i] = r.nextInt(communities);
            if (i < governmentAccounts.length) {
                governmentAccounts[i] = i;
                kind[i] = GOVERNMENT;
                postRate[i] = RandomDraws.uniform(r, 2, 6);
                reach[i] = RandomDraws.uniform(r, 5, 20);
                createdAt[i] = start - (long) RandomDraws.uniform(r, 3 * YEAR, 10 * YEAR);
            } else if (i < governmentAccounts.length + criticAccounts.length) {
                criticAccounts[i - governmentAccounts.length] = i;
                kind[i] = CRITIC;
                postRate[i] = RandomDraws.uniform(r, 1, 4);
                engageWeight[i] = 0.5;
                reach[i] = RandomDraws.uniform(r, 20, 60);
                createdAt[i] = start - (long) RandomDraws.uniform(r, 2 * YEAR, 12 * YEAR);
            } else if (i < governmentAccounts.length + criticAccounts.length + pages) {
                kind[i] = PAGE;
                postRate[i] = RandomDraws.uniform(r, 2, 12);
                engageWeight[i] = 0.2;
                reach[i] = RandomDraws.uniform(r, 10, 60);
                createdAt[i] = start - (long) RandomDraws.uniform(r, 2 * YEAR, 10 * YEAR);
            } else {
                double rate;
                double postShare;
                if (r.nextDouble() < p.hyperactiveShare()) {
                    kind[i] = HYPERACTIVE;
                    rate = RandomDraws.uniform(r, 40, 250);
                    postShare = 0.05;
                } else {
                    kind[i] = USER;
                    rate = Math.min(400, RandomDraws.pareto(r, xm, alpha));
                    postShare = RandomDraws.uniform(r, 0.03, 0.2);
                }
                postRate[i] = rate * postShare;
                engageWeight[i] = rate * (1 - postShare);
                reach[i] = RandomDraws.logNormal(r, 1, 0.9);
                createdAt[i] = organicCreation(r);
            }
        }

        operatorAccounts = new int[operators][];
        teamOperators = new int[p.teams()][p.operatorsPerTeam()];
        teamLeader = new int[p.teams()];
        operatorOf = new int[factory];
        teamOf = new int[factory];
        int next = organic;
        for (int t = 0; t < p.teams(); t++) {
            // each team registers its accounts in a few batches, one person after another
            int batches = 2 + frng.nextInt(3);
            long[] batchCursor = new long[batches];
            for (int b = 0; b < batches; b++) {
                batchCursor[b] = start - (long) RandomDraws.uniform(frng, 30 * DAY, 3 * YEAR);
            }
            for (int k = 0; k < p.operatorsPerTeam(); k++) {
                int o = t * p.operatorsPerTeam() + k;
                teamOperators[t][k] = o;
                operatorAccounts[o] = new int[sizes[o]];
                int batch = frng.nextInt(batches);
                for (int a = 0; a < sizes[o]; a++) {
                    int i = next++;
                    operatorAccounts[o][a] = i;
                    operatorOf[i - organic] = o;
                    teamOf[i - organic] = t;
                    kind[i] = FACTORY;
                    community[i] = -1;
                    organicLooking[i] = frng.nextDouble() < p.organicHandleShare();
                    if (organicLooking[i]) {
                        createdAt[i] = organicCreation(frng);
                    } else {
                        if (a > 0 && frng.nextDouble() < 0.25) {
                            batch = frng.nextInt(batches);
                        }
                        batchCursor[batch] += (long) RandomDraws.uniform(frng, 40_000, 480_000);
                        createdAt[i] = batchCursor[batch];
                    }
                }
            }
            teamLeader[t] = operatorAccounts[teamOperators[t][0]][0];
        }

        for (int i = 0; i < total; i++) {
            long scrambled = (i * 0x9E3779B1L) & (ScenarioParameters.MAX_ACCOUNTS - 1);
            id[i] = (createdAt[i] << 22) | scrambled;
        }

        engagers = new AliasSampler(engageWeight);
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < organic; i++) {
            members.get(community[i]).add(i);
        }
        communityMembers = new int[communities][];
        communityEngagers = new AliasSampler[communities];
        for (int c = 0; c < communities; c++) {
            int[] m = members.get(c).stream().mapToInt(Integer::intValue).toArray();
            communityMembers[c] = m;
            double[] w = new double[m.length];
            double sum = 0;
            for (int k = 0; k < m.length; k++) {
                w[k] = engageWeight[m[k]];
                sum += w[k];
            }
            communityEngagers[c] = sum > 0 ? new AliasSampler(w) : null;
        }
    }

    /** Ages spread over ten years, more of them recent, created at a time people are awake. */
    private long organicCreation(SplittableRandom r) {
        long day = 1 + (long) (Math.pow(r.nextDouble(), 1.5) * 10 * 365);
        return start - day * DAY + DiurnalRhythm.peopleTimeOfDay(r);
    }

    int factoryAccounts() {
        return total - organic;
    }

    boolean isFactory(int account) {
        return account >= organic;
    }

    int operators() {
        return operatorAccounts.length;
    }

    String accountId(int account) {
        return Long.toString(id[account]);
    }

    static String operatorName(int operator) {
        return String.format("op%03d", operator + 1);
    }

    static String teamName(int team) {
        return String.format("team%02d", team + 1);
    }
}
