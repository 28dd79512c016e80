package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ForceAtlas2LayoutTest {
    /**
     * Two cliques of four (nodes 0-3 and 4-7), no edge between them; communities 0 and 1. Weight 2,
     * the least a kept link has with the default min weight.
     */
    static double[][] twoCliques() {
        List<int[]> edges = new ArrayList<>();
        for (int base : new int[] {0, 4}) {
            for (int a = base; a < base + 4; a++) {
                for (int b = a + 1; b < base + 4; b++) {
                    edges.add(new int[] {a, b});
                }
            }
        }
        int[] ea = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] eb = edges.stream().mapToInt(e -> e[1]).toArray();
        double[] ew = new double[ea.length];
        java.util.Arrays.fill(ew, 2);
        return ForceAtlas2Layout.layout(8, ea, eb, ew, new int[] {0, 0, 0, 0, 1, 1, 1, 1});
    }

    static double distance(double[][] xy, int a, int b) {
        return Math.hypot(xy[0][a] - xy[0][b], xy[1][a] - xy[1][b]);
    }

    @Test
    void linkedAccountsEndCloserToEachOtherThanToAnotherGroup() {
        double[][] xy = twoCliques();
        double inside = 0;
        double across = 0;
        for (int a = 0; a < 8; a++) {
            for (int b = a + 1; b < 8; b++) {
                if ((a < 4) == (b < 4)) {
                    inside = Math.max(inside, distance(xy, a, b));
                } else {
                    across = across == 0 ? distance(xy, a, b) : Math.min(across, distance(xy, a, b));
                }
            }
        }
        // every pair inside a clique is closer than the closest pair across the two
        assertThat(inside).isLessThan(across);
    }

    @Test
    void theSameNetworkGivesTheSamePositions() {
        double[][] one = twoCliques();
        double[][] two = twoCliques();
        assertThat(two[0]).containsExactly(one[0]);
        assertThat(two[1]).containsExactly(one[1]);
    }

    @Test
    void aNetworkAboveTheExactLimitIsLaidOutWithBarnesHutToFinitePositions() {
        // 1,200 nodes in 30 rings of 40 (seeded chords inside each ring): the quadtree path
        int n = 1_200;
        Random random = new Random(3);
        List<int[]> edges = new ArrayList<>();
        int[] community = new int[n];
        for (int i = 0; i < n; i++) {
            community[i] = i / 40;
            int next = (i % 40 == 39) ? i - 39 : i + 1;
            edges.add(new int[] {Math.min(i, next), Math.max(i, next)});
            if (random.nextInt(4) == 0) {
                int other = (i / 40) * 40 + random.nextInt(40);
                if (other != i) {
                    edges.add(new int[] {Math.min(i, other), Math.max(i, other)});
                }
            }
        }
        int[] ea = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] eb = edges.stream().mapToInt(e -> e[1]).toArray();
        double[] ew = new double[ea.length];
        java.util.Arrays.fill(ew, 2);
        double[][] xy = ForceAtlas2Layout.layout(n, ea, eb, ew, community);
        for (int i = 0; i < n; i++) {
            assertThat(Double.isFinite(xy[0][i]) && Double.isFinite(xy[1][i])).as("node " + i).isTrue();
        }
        // ring 0's nodes stay nearer their own ring's centre than the farthest node of the drawing
        double spread = 0;
        for (int i = 0; i < n; i++) {
            spread = Math.max(spread, Math.hypot(xy[0][i], xy[1][i]));
        }
        double ring = 0;
        for (int i = 1; i < 40; i++) {
            ring = Math.max(ring, distance(xy, 0, i));
        }
        assertThat(ring).isLessThan(spread);
    }

    @Test
    void oneNodeStaysWhereItStarts() {
        double[][] xy = ForceAtlas2Layout.layout(1, new int[0], new int[0], new double[0], new int[] {0});
        assertThat(Double.isFinite(xy[0][0])).isTrue();
    }
}
