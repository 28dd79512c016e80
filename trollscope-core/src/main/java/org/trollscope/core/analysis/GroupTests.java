package org.trollscope.core.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.community.Communities;
import org.trollscope.core.community.CommunityParameters;
import org.trollscope.core.community.LeidenCommunities;
import org.trollscope.core.detect.coaction.CoActionDetector;
import org.trollscope.core.detect.coaction.CoActionParameters;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.detect.coaction.PairEvidence;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.network.AccountNetwork;
import org.trollscope.core.significance.FalseDiscoveryControl;
import org.trollscope.core.significance.PairTests;
import org.trollscope.core.significance.PoissonTail;

/**
 * Group tests with sample splitting: an operation whose members each share only a few cues leaves
 * too little evidence in any one pair to survive a test over every pair of accounts, but a great
 * deal in the group. The objects of every method are split at random into two halves
 * ({@link CoActionDetector#onHalf}); on one half, pairs that co-acted on two or more objects and
 * whose pair test gives p ≤ {@link #SCREEN} are linked (weight −ln p) and Leiden proposes groups of at least {@link #MIN_GROUP} accounts;
 * on the other half, which played no part in choosing them, each group is tested: X = objects
 * co-acted on within the window summed over the group's pairs, against the same-time expectation
 * of {@link PairTests#expectedBetween} summed over the same pairs (Poisson upper tail; X must be
 * at least {@link #MIN_GROUP} and {@link #GROUP_MIN_RATIO} times the expectation). Then each
 * member of a significant group is tested the same way on its pairs inside the group (and must
 * co-act with it at least {@link #MIN_MEMBER_OBSERVED} times). Both
 * directions are run (find on half 0, test on half 1, and the reverse); groups, and then members,
 * are corrected with Benjamini–Hochberg over everything tested. The halves split each method's
 * objects separately, so a target's likes and its shares may fall in different halves, as the pair
 * tests treat them as separate chances (splitting by target instead lost a fifth of the planted
 * members on the simulator's hard scenario: with few cues, a team's cues would fall mostly in one
 * half). This is the "data splitting"
 * route to valid inference after selection (Cox, "A note on data-splitting for the evaluation of
 * significance levels", Biometrika 62(2), 1975).
 *
 * <p>Cost: two more sweeps, each on half the objects (grouped once, by the full run; beyond
 * {@link #KEEP_SINGLE_PAIRS_UP_TO} actions each half is swept once, over the full run's pairs only,
 * instead of sketching, counting and aggregating), and O(Σ|G|² · d) for the group
 * expectations. Deterministic: the halves hash object names, Leiden is seeded.
 */
final class GroupTests {
    /**
     * Pair p-value for a link in the screening network. The screen only proposes groups; their
     * tests are made on the other half, so a loose screen costs no validity, only the testing of
     * more (and larger) candidate groups. It lets a team whose members each share only a few cues
     * hang together: on the simulator's hard scenario (seeds 1–5) 0.01 proposed groups holding 80 %
     * of the factory, 0.2 holds 92 %, with no more organic accounts kept (0.1 and 0.5 alike).
     */
    static final double SCREEN = 0.2;
    /**
     * Leiden's modularity resolution for proposing groups: coarse, so that a team stays whole rather
     * than splitting into its operators, which gives each member more partners to be tested against
     * (measured on simulated factories: 1.0 splits teams and loses members; 0.1 keeps them).
     */
    static final double RESOLUTION = 0.1;
    /**
     * A member of a significant group must co-act with it at least this many times as often as
     * expected: lower than a group's floor ({@link #GROUP_MIN_RATIO}) because a member is tested
     * against its whole group, teams of other operators included, which dilutes its ratio, and
     * members whose activity is mostly cues reach only 1.5–3 (their own fast delays on cues raise
     * the expectation). Only members of groups that passed are tested.
     */
    static final double MIN_RATIO = 1.5;
    /**
     * A group must co-act at least this many times as often as expected, as a pair must
     * ({@link PairTests#MIN_RATIO}): the loose screen proposes organic groups of hundreds of
     * accounts, and over so many pairs the null model's bias reached 1.51 on one simulated crowd
     * (hard scenario, seed 7), which the members' floor of 1.5 would have let through. Factory
     * groups co-act 2.3–6 times as often as expected. Members of a significant group are then held
     * to {@link #MIN_RATIO}.
     */
    static final double GROUP_MIN_RATIO = 2;
    /**
     * Up to this many actions the halves keep every pair that met, and the edges added between kept
     * members come from the halves' merged evidence (pairs met once included); beyond, the halves
     * keep only pairs that met on two or more objects (at 20 million actions the pairs met once fill
     * an 8 GiB heap), each swept once over the full run's pairs, and the added edges come from the
     * full run's candidates. Either way the tests count every pair from the incidences
     * ({@link PairTests#coActedWithin}), so this decides memory and time, not the groups' X.
     */
    static final int KEEP_SINGLE_PAIRS_UP_TO = 5_000_000;
    /**
     * Largest group tested: its expectation costs O(|G|² · d). A loose screen on a large organic
     * crowd can join thousands of accounts at the coarse resolution; such a group is split first.
     */
    static final int MAX_GROUP = 2_000;
    /** The finest resolution tried when splitting a group over {@link #MAX_GROUP}. */
    static final double MAX_RESOLUTION = 10;
    /** Smallest group tested; pairs are left to the pair test. */
    static final int MIN_GROUP = 3;
    /** A member needs at least this many co-actions with its group on the test half. */
    static final int MIN_MEMBER_OBSERVED = 2;

    /** One group found on one half and tested on the other. */
    record Group(int foundOn, int[] members, long observed, double expected, double logP, double logQ,
                 long[] memberObserved, double[] memberExpected, boolean[] memberKept) {
    }

    final List<Group> groups;
    /** Per account rank, whether it is a kept member of a significant group. */
    final boolean[] kept;
    /** Per account rank and half found on, the group index, or -1. */
    final int[][] groupOf;

    /** The window's evidence of every pair that co-acted, combined and per method (the halves merged). */
    final PairEvidence merged;
    final java.util.Map<org.trollscope.core.detect.coaction.CoActionMethod, PairEvidence> mergedByMethod;

    private GroupTests(List<Group> groups, boolean[] kept, int[][] groupOf, CoActionResult[] halves,
                       CoActionResult full, boolean keepAll) {
        this.mergedByMethod = new java.util.EnumMap<>(org.trollscope.core.detect.coaction.CoActionMethod.class);
        if (keepAll) {
            this.merged = halves[0].combined().merge(halves[1].combined());
            halves[0].methods().forEach((m, e) -> mergedByMethod.put(m, e.pairs().merge(halves[1].methods().get(m).pairs())));
        } else {
            this.merged = full.combined();
            full.methods().forEach((m, e) -> mergedByMethod.put(m, e.pairs()));
        }
        this.groups = groups;
        this.kept = kept;
        this.groupOf = groupOf;
    }

    static GroupTests run(ActivityLog log, CoActionResult full, CoActionParameters co, Duration window,
                          CommunityParameters communities, double fdr, ProgressListener progress) {
        return run(log, full, co, window, communities, fdr, KEEP_SINGLE_PAIRS_UP_TO, progress);
    }

    /**
     * As {@link #run(ActivityLog, CoActionResult, CoActionParameters, Duration, CommunityParameters,
     * double, ProgressListener)}, keeping every pair on the halves up to {@code keepAllUpTo} actions.
     *
     * @param full the detection run of the whole log in {@code window}
     */
    static GroupTests run(ActivityLog log, CoActionResult full, CoActionParameters co, Duration window,
                          CommunityParameters communities, double fdr, int keepAllUpTo, ProgressListener progress) {
        boolean keepAll = log.size() <= keepAllUpTo;
        CoActionParameters p = co.withWindow(window);
        CoActionResult[] halves = new CoActionResult[2];
        PairTests[] screens = new PairTests[2];
        PairTests[] expectations = new PairTests[2];
        for (int h = 0; h < 2; h++) {
            // pairs met once in a half are too little to link on when screening but count when testing;
            // on large data they are not kept (memory stays bounded) and their one object is counted
            // from the incidences instead (PairTests#coActedWithin)
            halves[h] = new CoActionDetector(p, keepAll ? 1 : 2).onHalf(h)
                    .detect(log, full, progress);
            screens[h] = PairTests.of(halves[h], 2);
            expectations[h] = screens[h];
        }
        int accounts = halves[0].order().size();
        List<int[]> found = new ArrayList<>();
        List<Integer> foundOn = new ArrayList<>();
        int[][] groupOf = new int[2][accounts];
        for (int[] g : groupOf) {
            Arrays.fill(g, -1);
        }
        for (int h = 0; h < 2; h++) {
            for (int[] members : screen(halves[h].combined(), screens[h], communities)) {
                for (int m : members) {
                    groupOf[h][m] = found.size();
                }
                found.add(members);
                foundOn.add(h);
            }
        }
        int n = found.size();
        long[] observed = new long[n];
        double[] expected = new double[n];
        double[] logP = new double[n];
        List<long[]> memberObserved = new ArrayList<>();
        List<double[]> memberExpected = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            int test = 1 - foundOn.get(g);
            int[] m = found.get(g);
            long[] mo = new long[m.length];
            double[] me = new double[m.length];
            for (int x = 0; x < m.length; x++) {
                for (int y = x + 1; y < m.length; y++) {
                    // from the incidences: a method's evidence may lack the pairs met there once, and
                    // talking points count only within the run's window
                    long xo = expectations[test].coActedWithin(m[x], m[y]);
                    double l = expectations[test].expectedBetween(m[x], m[y]);
                    observed[g] += xo;
                    expected[g] += l;
                    mo[x] += xo;
                    mo[y] += xo;
                    me[x] += l;
                    me[y] += l;
                }
            }
            logP[g] = observed[g] >= MIN_GROUP && observed[g] >= GROUP_MIN_RATIO * expected[g] ? PoissonTail.logUpperTail(observed[g], expected[g]) : 0;
            memberObserved.add(mo);
            memberExpected.add(me);
        }
        double[] logQ = FalseDiscoveryControl.logQValues(logP, Math.max(1, n));
        double logFdr = Math.log(fdr);
        // members of significant groups, corrected together
        List<double[]> memberLogP = new ArrayList<>();
        int tested = 0;
        for (int g = 0; g < n; g++) {
            double[] lp = new double[found.get(g).length];
            if (logQ[g] <= logFdr) {
                for (int x = 0; x < lp.length; x++) {
                    long mo = memberObserved.get(g)[x];
                    double me = memberExpected.get(g)[x];
                    lp[x] = mo >= MIN_MEMBER_OBSERVED && mo >= MIN_RATIO * me ? PoissonTail.logUpperTail(mo, me) : 0;
                }
                tested += lp.length;
            }
            memberLogP.add(lp);
        }
        double[] all = new double[tested];
        for (int g = 0, k = 0; g < n; g++) {
            if (logQ[g] <= logFdr) {
                for (double v : memberLogP.get(g)) {
                    all[k++] = v;
                }
            }
        }
        double[] allQ = FalseDiscoveryControl.logQValues(all, Math.max(1, tested));
        boolean[] kept = new boolean[accounts];
        List<Group> groups = new ArrayList<>();
        for (int g = 0, k = 0; g < n; g++) {
            int[] m = found.get(g);
            boolean[] mk = new boolean[m.length];
            if (logQ[g] <= logFdr) {
                for (int x = 0; x < m.length; x++) {
                    mk[x] = allQ[k++] <= logFdr;
                    if (mk[x]) {
                        kept[m[x]] = true;
                    }
                }
            }
            groups.add(new Group(foundOn.get(g), m, observed[g], expected[g], logP[g], logQ[g], memberObserved.get(g),
                    memberExpected.get(g), mk));
        }
        return new GroupTests(List.copyOf(groups), kept, groupOf, halves, full, keepAll);
    }

    /**
     * Leiden groups of the network of links (a, b, w) at {@code resolution} into {@code out}; a group
     * over {@code maxGroup} accounts ({@link #MAX_GROUP} in the tests) is split by Leiden on its own links at ten times the
     * resolution, and one still too large at {@link #MAX_RESOLUTION} is left untested.
     */
    static void propose(int[] a, int[] b, double[] w, double resolution, CommunityParameters communities,
                        int maxGroup, List<int[]> out) {
        AccountNetwork net = AccountNetwork.of(a, b, w);
        Communities c = LeidenCommunities.detect(net, new CommunityParameters(communities.seed(), resolution,
                communities.iterations()));
        int[] size = new int[c.count()];
        for (int node = 0; node < net.nodeCount(); node++) {
            size[c.of(node)]++;
        }
        int[][] members = new int[c.count()][];
        for (int i = 0; i < members.length; i++) {
            members[i] = new int[size[i]];
        }
        int[] fill = new int[c.count()];
        for (int node = 0; node < net.nodeCount(); node++) {
            members[c.of(node)][fill[c.of(node)]++] = net.rank(node);
        }
        for (int[] m : members) {
            Arrays.sort(m);
            if (m.length < MIN_GROUP) {
                continue;
            }
            if (m.length <= maxGroup) {
                out.add(m);
            } else if (resolution * 10 <= MAX_RESOLUTION) {
                int k = 0;
                for (int i = 0; i < a.length; i++) {
                    if (Arrays.binarySearch(m, a[i]) >= 0 && Arrays.binarySearch(m, b[i]) >= 0) {
                        k++;
                    }
                }
                int[] sa = new int[k];
                int[] sb = new int[k];
                double[] sw = new double[k];
                for (int i = 0, j = 0; i < a.length; i++) {
                    if (Arrays.binarySearch(m, a[i]) >= 0 && Arrays.binarySearch(m, b[i]) >= 0) {
                        sa[j] = a[i];
                        sb[j] = b[i];
                        sw[j++] = w[i];
                    }
                }
                propose(sa, sb, sw, resolution * 10, communities, maxGroup, out);
            }
        }
    }

    /** Leiden groups of the screening network of one half, members ascending, groups by smallest member. */
    private static List<int[]> screen(PairEvidence pairs, PairTests tests, CommunityParameters communities) {
        double logScreen = Math.log(SCREEN);
        int n = 0;
        for (int i = 0; i < tests.size(); i++) {
            if (tests.logP(i) <= logScreen) {
                n++;
            }
        }
        int[] a = new int[n];
        int[] b = new int[n];
        double[] w = new double[n];
        for (int i = 0, k = 0; i < tests.size(); i++) {
            if (tests.logP(i) <= logScreen) {
                a[k] = pairs.a(i);
                b[k] = pairs.b(i);
                w[k++] = -tests.logP(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        propose(a, b, w, RESOLUTION, communities, MAX_GROUP, out);
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }
}
