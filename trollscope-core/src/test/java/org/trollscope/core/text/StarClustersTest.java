package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

class StarClustersTest {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");

    /** Rows 0..n−1 posted by accounts acc0..acc(n−1) one minute apart (texts do not matter here). */
    private static ActivityLog log(int n) {
        ActivityLogBuilder b = new ActivityLogBuilder();
        for (int i = 0; i < n; i++) {
            b.add(new Action("m" + i, "telegram", "acc" + i, ActionType.POST, null, null, "text " + i, List.of(),
                    List.of(), List.of(), T.plusSeconds(60L * i)));
        }
        return b.build();
    }

    private static NearDuplicatePairs pairs(int[] a, int[] b) {
        float[] s = new float[a.length];
        java.util.Arrays.fill(s, 0.5f);
        return new NearDuplicatePairs(a, b, s, 0, 0, 0, 0);
    }

    @Test
    void aChainOfNearDuplicatesIsCutIntoStarsEachMessageANearDuplicateOfItsCentre() {
        // path 0-1-2-3-4: degrees 1,2,2,2,1; visited 1, 2, 3 (degree 2, by time), then 0, 4.
        // 1 becomes a centre with 0 and 2; 2 is taken; 3 becomes a centre with 4. Components would give one cluster.
        ActivityLog log = log(5);
        NearDuplicatePairs p = pairs(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4});
        List<TalkingPoint> points = StarClusters.talkingPoints(log, p);
        assertThat(points).extracting(TalkingPoint::id).containsExactly(1, 2);
        assertThat(points.get(0).rows()).containsExactly(0, 1, 2);
        assertThat(points.get(0).representativeRow()).isEqualTo(1);
        assertThat(points.get(1).rows()).containsExactly(3, 4);
        assertThat(points.get(1).representativeRow()).isEqualTo(3);
        assertThat(NearTextSearch.talkingPoints(log, p)).hasSize(1);
        // pairs 0-1, 1-2, 3-4 inside a star; 2-3 across: 3 of 4
        assertThat(StarClusters.pairsInside(points, p, 5)).isEqualTo(0.75);
    }

    @Test
    void theMessageWithMostNearDuplicatesIsTheCentreAndTakesThemAll() {
        // 4 is near-duplicate of 0..3; 0-1 also. Degrees: 4 → 4, 0 and 1 → 2: one star around 4.
        ActivityLog log = log(5);
        List<TalkingPoint> points = StarClusters.talkingPoints(log,
                pairs(new int[] {0, 0, 1, 2, 3}, new int[] {1, 4, 4, 4, 4}));
        assertThat(points).hasSize(1);
        assertThat(points.get(0).representativeRow()).isEqualTo(4);
        assertThat(points.get(0).representativeText()).isEqualTo("text 4");
        assertThat(points.get(0).rows()).containsExactly(0, 1, 2, 3, 4);
        assertThat(points.get(0).firstTime()).isEqualTo(T);
        assertThat(points.get(0).lastTime()).isEqualTo(T.plusSeconds(240));
    }

    @Test
    void noPairsNoTalkingPoints() {
        assertThat(StarClusters.talkingPoints(log(3), pairs(new int[0], new int[0]))).isEmpty();
    }
}
