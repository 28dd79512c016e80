package org.trollscope.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.network.AccountNetwork;

class LeidenCommunitiesTest {
    /** A ring of six 5-cliques, each clique joined to the next by one edge: the textbook modularity case. */
    static AccountNetwork ringOfCliques() {
        List<int[]> edges = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    edges.add(new int[] {c * 5 + i, c * 5 + j});
                }
            }
            int next = (c + 1) % 6;
            int x = c * 5 + 4;
            int y = next * 5;
            edges.add(new int[] {Math.min(x, y), Math.max(x, y)});
        }
        int[] a = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] b = edges.stream().mapToInt(e -> e[1]).toArray();
        double[] w = new double[a.length];
        java.util.Arrays.fill(w, 1);
        return AccountNetwork.of(a, b, w);
    }

    @Test
    void eachCliqueOfARingOfCliquesIsOneCommunity() {
        AccountNetwork g = ringOfCliques();
        Communities c = LeidenCommunities.detect(g, CommunityParameters.seeded(1));
        assertThat(c.count()).isEqualTo(6);
        for (int clique = 0; clique < 6; clique++) {
            for (int i = 1; i < 5; i++) {
                assertThat(c.of(clique * 5 + i)).isEqualTo(c.of(clique * 5));
            }
        }
        // numbered by size then smallest node: all size 5, so clique k is community k
        assertThat(c.of(25)).isEqualTo(5);
        // modularity: 66 edges, each clique holds 10 of them and a degree sum of 22: 6 × (10/66 − (22/132)²)
        assertThat(c.modularity()).isCloseTo(6 * (10.0 / 66 - Math.pow(22.0 / 132, 2)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theSameSeedGivesTheSamePartition() {
        AccountNetwork g = ringOfCliques();
        Communities x = LeidenCommunities.detect(g, CommunityParameters.seeded(7));
        Communities y = LeidenCommunities.detect(g, CommunityParameters.seeded(7));
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(y.of(v)).isEqualTo(x.of(v));
        }
    }

    @Test
    void componentsAreNumberedLargestFirst() {
        AccountNetwork g = AccountNetwork.of(new int[] {0, 5, 5}, new int[] {1, 6, 7}, new double[] {1, 2, 3});
        assertThat(g.componentCount()).isEqualTo(2);
        assertThat(g.component(g.node(5))).isZero(); // 5-6-7 has three accounts
        assertThat(g.component(g.node(0))).isEqualTo(1);
        assertThat(g.strength(g.node(5))).isEqualTo(5.0);
        assertThat(g.degree(g.node(5))).isEqualTo(2);
    }
}
