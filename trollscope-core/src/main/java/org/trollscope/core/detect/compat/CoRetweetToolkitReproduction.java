package org.trollscope.core.detect.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reproduces the Coordination Network Toolkit's {@code compute co_retweet --time_window W
 * --min_edge_weight K} (Graham et al., QUT Digital Media Research Centre, 2020): a directed edge
 * user_1 → user_2 weighs the number of distinct messages of user_1 whose retweeted tweet user_2
 * also retweeted within ±W seconds (inclusive); self-loops excluded; edges below K dropped.
 *
 * <p>Cost O(N log N + candidate pairs); edges sorted by (user_1, user_2). Deterministic.
 */
public final class CoRetweetToolkitReproduction {
    /** A directed edge. */
    public record Edge(String user1, String user2, int weight) {
    }

    private CoRetweetToolkitReproduction() {
    }

    public static List<Edge> run(ShareRows rows, long windowSeconds, int minEdgeWeight) {
        boolean[] all = new boolean[rows.size];
        Arrays.fill(all, true);
        Map<Long, Set<Integer>> messages = new HashMap<>();
        for (int[] g : rows.groups(all)) {
            Integer[] byTime = new Integer[g.length];
            for (int k = 0; k < g.length; k++) {
                byTime[k] = g[k];
            }
            Arrays.sort(byTime, (a, b) -> Long.compare(rows.time[a], rows.time[b]));
            for (int i = 0; i < byTime.length; i++) {
                int ri = byTime[i];
                for (int j = i + 1; j < byTime.length && rows.time[byTime[j]] - rows.time[ri] <= windowSeconds; j++) {
                    int rj = byTime[j];
                    int ai = rows.account[ri];
                    int aj = rows.account[rj];
                    if (ai == aj) {
                        continue;
                    }
                    messages.computeIfAbsent(((long) ai << 32) | aj, k -> new HashSet<>()).add(rows.content[ri]);
                    messages.computeIfAbsent(((long) aj << 32) | ai, k -> new HashSet<>()).add(rows.content[rj]);
                }
            }
        }
        List<Edge> out = new ArrayList<>();
        messages.forEach((key, set) -> {
            if (set.size() >= minEdgeWeight) {
                out.add(new Edge(rows.accountId((int) (key >>> 32)), rows.accountId((int) (long) key), set.size()));
            }
        });
        out.sort((a, b) -> {
            int c = a.user1().compareTo(b.user1());
            return c != 0 ? c : a.user2().compareTo(b.user2());
        });
        return out;
    }
}
