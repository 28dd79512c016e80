package org.trollscope.core.detect.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reproduces the edge list of CooRTweet 2.1.3 (Righetti &amp; Balluff, Computational Communication
 * Research 7(1), 2025): {@code detect_groups(x, time_window, min_participation, remove_loops = TRUE)}
 * then {@code generate_coordinated_network(result, edge_weight = p, subgraph = 0 or 1)}, rule for
 * rule as the R code behaves:
 * <ol>
 * <li>drop accounts with fewer than M rows;</li>
 * <li>per object, every pair of rows (x before y in input order) with |t_x − t_y| ≤ W;</li>
 * <li>drop loops: either content id equal to the object id, equal content ids, or one account;</li>
 * <li>second min-participation pass, matched by content id value: among the rows whose content id
 *     appears in a remaining pair, accounts with at least M such rows are qualified, and a pair is
 *     kept if either of its content ids belongs to a qualified row;</li>
 * <li>orient each pair earlier → later (input order breaks ties);</li>
 * <li>per unordered account pair (ids in string order, content ids not swapped): weight = pairs,
 *     n_content_id / n_content_id_y = distinct earlier / later content ids;</li>
 * <li>{@code subgraph = 1}: keep edges whose weight is strictly above the p-quantile (R type 7).</li>
 * </ol>
 * Cost O(N log N + candidate pairs) with hash sets per edge: meant for comparison runs, not for the
 * largest data. Deterministic: edges sorted by account ids.
 */
public final class CoortweetReproduction {
    private CoortweetReproduction() {
    }

    public static List<CoortweetEdge> run(ShareRows rows, CoortweetParameters p) {
        int n = rows.size;
        long w = p.window().getSeconds();
        int m = p.minParticipation();
        int[] perAccount = new int[rows.accounts.size()];
        for (int r = 0; r < n; r++) {
            perAccount[rows.account[r]]++;
        }
        boolean[] keep = new boolean[n];
        for (int r = 0; r < n; r++) {
            keep[r] = perAccount[rows.account[r]] >= m;
        }
        // steps 2-3
        IntPairs pairs = new IntPairs();
        for (int[] g : rows.groups(keep)) {
            if (g.length < 2) {
                continue;
            }
            String objectId = rows.objects.get(rows.object[g[0]]);
            Integer[] byTime = new Integer[g.length];
            for (int k = 0; k < g.length; k++) {
                byTime[k] = g[k];
            }
            Arrays.sort(byTime, (a, b) -> Long.compare(rows.time[a], rows.time[b]));
            for (int i = 0; i < byTime.length; i++) {
                int ri = byTime[i];
                for (int j = i + 1; j < byTime.length && rows.time[byTime[j]] - rows.time[ri] <= w; j++) {
                    int rj = byTime[j];
                    int x = Math.min(ri, rj);
                    int y = Math.max(ri, rj);
                    if (isLoop(rows, objectId, x, y)) {
                        continue;
                    }
                    pairs.add(x, y);
                }
            }
        }
        // step 4
        BitSet inPair = new BitSet(rows.contents.size());
        for (int k = 0; k < pairs.size; k++) {
            inPair.set(rows.content[pairs.x[k]]);
            inPair.set(rows.content[pairs.y[k]]);
        }
        int[] qualifiedRows = new int[rows.accounts.size()];
        for (int r = 0; r < n; r++) {
            if (keep[r] && inPair.get(rows.content[r])) {
                qualifiedRows[rows.account[r]]++;
            }
        }
        BitSet qualified = new BitSet(rows.contents.size());
        for (int r = 0; r < n; r++) {
            if (keep[r] && inPair.get(rows.content[r]) && qualifiedRows[rows.account[r]] >= m) {
                qualified.set(rows.content[r]);
            }
        }
        // steps 5-6
        Map<String, Map<String, Aggregate>> edges = new HashMap<>();
        for (int k = 0; k < pairs.size; k++) {
            int x = pairs.x[k];
            int y = pairs.y[k];
            if (!qualified.get(rows.content[x]) && !qualified.get(rows.content[y])) {
                continue;
            }
            if (rows.time[y] < rows.time[x]) {
                int t = x;
                x = y;
                y = t;
            }
            String ax = rows.accountId(rows.account[x]);
            String ay = rows.accountId(rows.account[y]);
            String lo = ax.compareTo(ay) <= 0 ? ax : ay;
            String hi = lo == ax ? ay : ax;
            Aggregate agg = edges.computeIfAbsent(lo, k2 -> new HashMap<>()).computeIfAbsent(hi, k2 -> new Aggregate());
            agg.weight++;
            agg.earlier.add(rows.content[x]);
            agg.later.add(rows.content[y]);
        }
        List<CoortweetEdge> out = new ArrayList<>();
        edges.forEach((a, inner) -> inner.forEach((b, agg) ->
                out.add(new CoortweetEdge(a, b, agg.weight, agg.earlier.size(), agg.later.size()))));
        out.sort((e1, e2) -> {
            int c = e1.account().compareTo(e2.account());
            return c != 0 ? c : e1.accountY().compareTo(e2.accountY());
        });
        if (p.edgePercentile().isPresent() && !out.isEmpty()) {
            double[] weights = out.stream().mapToDouble(CoortweetEdge::weight).toArray();
            double q = quantileType7(weights, p.edgePercentile().getAsDouble());
            out.removeIf(e -> !(e.weight() > q));
        }
        return out;
    }

    /** R's default quantile (type 7): linear interpolation between order statistics at (n − 1)p. */
    public static double quantileType7(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    private static boolean isLoop(ShareRows rows, String objectId, int x, int y) {
        return rows.account[x] == rows.account[y] || rows.content[x] == rows.content[y]
                || rows.contents.get(rows.content[x]).equals(objectId) || rows.contents.get(rows.content[y]).equals(objectId);
    }

    private static final class Aggregate {
        int weight;
        final Set<Integer> earlier = new HashSet<>();
        final Set<Integer> later = new HashSet<>();
    }

    /** A growable list of row pairs. */
    private static final class IntPairs {
        int size;
        int[] x = new int[64];
        int[] y = new int[64];

        void add(int a, int b) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            x[size] = a;
            y[size++] = b;
        }
    }
}
