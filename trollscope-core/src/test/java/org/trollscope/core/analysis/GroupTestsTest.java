package org.trollscope.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.detect.coaction.CoActionDetector;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.detect.coaction.PairEvidence;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.core.sim.TrollFactorySimulator;

/**
 * The group tests' two paths on a small simulated factory with sparse participation (each account
 * in half of its team's cues, every delay ×3, as in the hard scenario): keeping every pair met on a
 * half (inputs up to 5 M actions) and keeping only pairs met twice (larger inputs, where a pair met
 * once is counted from the incidences and the links between kept members come from the full run).
 */
class GroupTestsTest {
    private static final Duration WINDOW = Duration.ofMinutes(10);

    @Test
    void bothPathsKeepNearlyTheSameFactoryMembersAndLinkEachOfThem() {
        ScenarioParameters p = SignificanceOnSimulatedFactoriesTest.small().toBuilder()
                .participation(0.5).timingJitter(3).build();
        for (long seed = 1; seed <= 2; seed++) {
            TrollFactorySimulator sim = new TrollFactorySimulator(p, seed);
            ActivityLogBuilder b = new ActivityLogBuilder();
            sim.generate(chunk -> chunk.forEach(b::add), ProgressListener.NONE);
            ActivityLog log = b.build();
            AnalysisParameters a = AnalysisParameters.defaults();
            CoActionResult full = new CoActionDetector(a.coAction().withWindow(WINDOW), 2).detect(log,
                    ProgressListener.NONE);
            GroupTests exact = GroupTests.run(log, full, a.coAction(), WINDOW, a.communities(), a.fdr(),
                    Integer.MAX_VALUE, ProgressListener.NONE);
            GroupTests large = GroupTests.run(log, full, a.coAction(), WINDOW, a.communities(), a.fdr(), 0,
                    ProgressListener.NONE);
            Set<String> factory = new HashSet<>();
            for (AccountLabel l : sim.labels()) {
                if (l.factory()) {
                    factory.add(l.accountId());
                }
            }
            Set<String> keptExact = kept(exact, full, log);
            Set<String> keptLarge = kept(large, full, log);
            assertThat(keptExact).as("seed %d", seed).isNotEmpty().isSubsetOf(factory);
            // the large path's screen lacks pairs met once on each of two methods (no method's
            // evidence keeps them), so it may propose slightly smaller groups
            assertThat(keptLarge).as("seed %d", seed).isSubsetOf(factory);
            assertThat(keptLarge.size()).as("seed %d", seed).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * keptExact.size()));
            // every kept member has a pair in each path's evidence with another kept member of its group
            assertThat(linked(exact, full, log)).as("seed %d", seed).isEqualTo(keptExact);
            assertThat(linked(large, full, log)).as("seed %d", seed).isEqualTo(keptLarge);
            // the large path's evidence is the full run's; the exact one adds the pairs met only once
            assertThat(large.merged.size()).isEqualTo(full.combined().size());
            assertThat(exact.merged.size()).isGreaterThan(full.combined().size());
        }
    }

    @Test
    void aGroupOverTheLargestTestedIsSplitAtAFinerResolution() {
        // two rings of six accounts (0-5 and 6-11), joined by one link 0-6
        java.util.List<int[]> links = new java.util.ArrayList<>();
        for (int base : new int[] {0, 6}) {
            for (int x = 0; x < 6; x++) {
                int y = (x + 1) % 6;
                links.add(new int[] {base + Math.min(x, y), base + Math.max(x, y)});
            }
        }
        links.add(new int[] {0, 6});
        int[] a = links.stream().mapToInt(l -> l[0]).toArray();
        int[] b = links.stream().mapToInt(l -> l[1]).toArray();
        double[] w = new double[a.length];
        java.util.Arrays.fill(w, 1);
        org.trollscope.core.community.CommunityParameters c = AnalysisParameters.defaults().communities();
        java.util.List<int[]> whole = new java.util.ArrayList<>();
        GroupTests.propose(a, b, w, GroupTests.RESOLUTION, c, 100, whole);
        // the coarse resolution keeps the two rings together; resolution 1 parts them
        assertThat(whole).hasSize(1);
        assertThat(whole.get(0)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        java.util.List<int[]> split = new java.util.ArrayList<>();
        GroupTests.propose(a, b, w, GroupTests.RESOLUTION, c, 8, split);
        assertThat(split).hasSize(2);
        split.sort((x, y) -> Integer.compare(x[0], y[0]));
        assertThat(split.get(0)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(split.get(1)).containsExactly(6, 7, 8, 9, 10, 11);
        // nothing fits in groups of at most 3, even at the finest resolution: none is tested
        java.util.List<int[]> none = new java.util.ArrayList<>();
        GroupTests.propose(a, b, w, GroupTests.RESOLUTION, c, 3, none);
        assertThat(none).isEmpty();
    }

    private static Set<String> kept(GroupTests g, CoActionResult full, ActivityLog log) {
        Set<String> out = new HashSet<>();
        for (int rank = 0; rank < g.kept.length; rank++) {
            if (g.kept[rank]) {
                out.add(log.accountIdText(full.order().account(rank)));
            }
        }
        return out;
    }

    private static Set<String> linked(GroupTests g, CoActionResult full, ActivityLog log) {
        Set<String> out = new HashSet<>();
        PairEvidence m = g.merged;
        for (int i = 0; i < m.size(); i++) {
            int x = m.a(i);
            int y = m.b(i);
            if (!g.kept[x] || !g.kept[y]) {
                continue;
            }
            for (int h = 0; h < 2; h++) {
                if (g.groupOf[h][x] >= 0 && g.groupOf[h][x] == g.groupOf[h][y]) {
                    out.add(log.accountIdText(full.order().account(x)));
                    out.add(log.accountIdText(full.order().account(y)));
                }
            }
        }
        return out;
    }
}
