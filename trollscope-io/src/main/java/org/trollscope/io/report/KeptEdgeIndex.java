package org.trollscope.io.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.trollscope.core.analysis.CoordinationEdges;

/**
 * The kept edges looked up by account pair (ranks), and each account's closest co-action gap over
 * its edges. O(E log E) to build, O(log E) per lookup.
 */
final class KeptEdgeIndex {
    private final long[] keys;
    private final int[] index;
    private final int[] closest;

    KeptEdgeIndex(CoordinationEdges edges) {
        int m = edges.size();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> key(edges.a(i), edges.b(i))));
        keys = new long[m];
        index = new int[m];
        Map<Integer, Integer> gaps = new HashMap<>();
        for (int k = 0; k < m; k++) {
            int i = order[k];
            keys[k] = key(edges.a(i), edges.b(i));
            index[k] = i;
            int g = edges.minGapMillis(i);
            if (g >= 0) {
                gaps.merge(edges.a(i), g, Math::min);
                gaps.merge(edges.b(i), g, Math::min);
            }
        }
        int maxRank = gaps.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        closest = new int[maxRank + 1];
        Arrays.fill(closest, -1);
        gaps.forEach((rank, g) -> closest[rank] = g);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | b;
    }

    int of(int rankA, int rankB) {
        int k = Arrays.binarySearch(keys, key(Math.min(rankA, rankB), Math.max(rankA, rankB)));
        return k >= 0 ? index[k] : -1;
    }

    int closestGapMillis(int rank) {
        return rank < closest.length ? closest[rank] : -1;
    }
}
