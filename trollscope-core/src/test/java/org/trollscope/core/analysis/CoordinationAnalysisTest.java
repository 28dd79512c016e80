package org.trollscope.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trollscope.core.detect.coaction.Scenario.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.detect.coaction.Scenario;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.network.AccountNetwork;

class CoordinationAnalysisTest {
    /** Two teams of four sharing their own posts 5 s apart on three posts each; one lone pair shares once. */
    static ActivityLog twoTeams() {
        Scenario s = scenario();
        String[][] teams = {{"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}};
        for (int t = 0; t < 2; t++) {
            for (int p = 0; p < 3; p++) {
                for (int k = 0; k < 4; k++) {
                    s.share(teams[t][k], "post-" + t + "-" + p, String.format("%02d:00:%02d", 10 + t * 3 + p, k * 5));
                }
            }
        }
        s.share("x", "q", "20:00:00").share("y", "q", "20:00:01").share("x", "r", "21:00:00").share("y", "r", "23:00:00");
        return s.build();
    }

    /** The count threshold on one 60 s window: these tests check the network built from kept edges. */
    static AnalysisParameters params(int threads) {
        AnalysisParameters d = AnalysisParameters.counting();
        return d.withCoAction(d.coAction().withThreads(threads));
    }

    @Test
    void eachTeamBecomesOneCommunityAndTheLonePairIsNotCoordinated() {
        AnalysisResult r = CoordinationAnalysis.run(twoTeams(), params(1), ProgressListener.NONE);
        // each team: C(4,2) = 6 pairs with weight 3 (three posts); x-y co-shared one post only (< min weight 2)
        assertThat(r.edges().size()).isEqualTo(12);
        AccountNetwork n = r.network();
        assertThat(n.nodeCount()).isEqualTo(8);
        assertThat(n.componentCount()).isEqualTo(2);
        assertThat(r.communities().count()).isEqualTo(2);
        List<String> first = new ArrayList<>();
        for (int v = 0; v < n.nodeCount(); v++) {
            if (r.communities().of(v) == 0) {
                first.add(r.accountId(n.rank(v)));
            }
        }
        assertThat(first).containsExactly("a1", "a2", "a3", "a4");
        int x = -1;
        for (int rank = 0; rank < r.order().size(); rank++) {
            if (r.accountId(rank).equals("x")) {
                x = rank;
            }
        }
        assertThat(r.coordinated(x)).isFalse();
        CommunitySummary c0 = r.communitySummaries().get(0);
        assertThat(c0.size()).isEqualTo(4);
        assertThat(c0.internalEdges()).isEqualTo(6);
        assertThat(c0.density()).isEqualTo(1.0);
        // each post: 6 co-actions inside the team
        assertThat(c0.topObjects()).containsExactly("share:post-0-0 (6)", "share:post-0-1 (6)", "share:post-0-2 (6)");
        assertThat(r.evidence().orElseThrow().size()).isEqualTo(36); // 12 edges × 3 posts
    }

    @Test
    void edgesCarryWeightCoActionsGapsAndMethods() {
        AnalysisResult r = CoordinationAnalysis.run(twoTeams(), params(2), ProgressListener.NONE);
        CoordinationEdges e = r.edges();
        // a1-a2: 5 s apart on three posts, a1 first each time
        assertThat(r.accountId(e.a(0)) + "-" + r.accountId(e.b(0))).isEqualTo("a1-a2");
        assertThat(e.weight(0)).isEqualTo(3);
        assertThat(e.coActions(0)).isEqualTo(3);
        assertThat(e.methods(0)).isEqualTo("share:3");
        assertThat(e.minGapMillis(0)).isEqualTo(5000);
        assertThat(e.medianGapMillis(0)).isEqualTo(5000);
        assertThat(e.aFirst(0)).isEqualTo(3);
        assertThat(e.bFirst(0)).isZero();
        assertThat(e.symmetry(0)).isEqualTo(1.0);
    }

    @Test
    void cooRTweetModeKeepsEveryPairAndCountsPairsAsWeight() {
        AnalysisParameters p = params(1);
        p = p.withCoAction(p.coAction().withWindow(Duration.ofSeconds(10)).withMinParticipation(1))
                .withCompat(Compatibility.COORTWEET, OptionalDouble.empty());
        AnalysisResult r = CoordinationAnalysis.run(twoTeams(), p, ProgressListener.NONE);
        // 10 s window: within a team only neighbours 5 s and 10 s apart: per post 3 + 2 = 5 pairs; 3 posts
        // → pairs k,k+1 weight 3 (3 per team), k,k+2 weight 3 (2 per team); x-y 1 s apart on q, weight 1
        assertThat(r.edges().size()).isEqualTo(11);
        assertThat(r.evidence()).isEmpty();
    }
}
