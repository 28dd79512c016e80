package org.trollscope.core.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.trollscope.core.model.ActivityLog;

/**
 * Talking points as star clusters of the near-duplicate pair graph: every message of a cluster is a
 * verified near-duplicate of the cluster's centre. The static, non-overlapping star cover of Aslam,
 * Pelekhov &amp; Rus ("The star clustering algorithm for static and dynamic information
 * organization", J. Graph Algorithms Appl. 8(1), 2004): messages are visited by descending number
 * of near-duplicates (then time, then row); an unassigned message becomes a centre and takes every
 * unassigned neighbour as a satellite.
 *
 * <p>Why stars and not connected components ({@link NearTextSearch#talkingPoints}): components
 * chain. Text A resembles B and B resembles C does not make A resemble C (Jaccard ≥ 0.4 is not
 * transitive), and a template that keeps being posted every half hour links into one component
 * that spans days. A star is one hop from its centre, so its texts all resemble one message a
 * reader can check, and with a time window on the pairs it spans at most two windows: the same
 * script posted on three days is three talking points, and two accounts that post it together on
 * each of those days co-act on three objects, not one. The price: two near-duplicates that fall
 * into two different stars (each closer to another centre) are not in one cluster; for copy-paste
 * campaigns, whose messages all descend from one template, the template's centre takes nearly all
 * of them (the README gives the share of verified pairs kept inside a star on generated data).
 *
 * <p>Cost O(P + M log M) for P pairs among M messages. Deterministic: depends only on the sorted
 * pairs and the log; talking points are numbered by (first time, lowest row).
 */
public final class StarClusters {
    private StarClusters() {
    }

    /** The star clusters of the pairs that span at least two accounts, numbered from 1. */
    public static List<TalkingPoint> talkingPoints(ActivityLog log, NearDuplicatePairs pairs) {
        int p = pairs.size();
        // the messages in pairs, as dense local indexes in row order
        int[] rows = new int[2 * p];
        System.arraycopy(pairs.a(), 0, rows, 0, p);
        System.arraycopy(pairs.b(), 0, rows, p, p);
        Arrays.sort(rows);
        int m = 0;
        for (int i = 0; i < rows.length; i++) {
            if (i == 0 || rows[i] != rows[i - 1]) {
                rows[m++] = rows[i];
            }
        }
        rows = Arrays.copyOf(rows, m);
        int[] degree = new int[m];
        int[] la = new int[p];
        int[] lb = new int[p];
        for (int i = 0; i < p; i++) {
            la[i] = Arrays.binarySearch(rows, pairs.a()[i]);
            lb[i] = Arrays.binarySearch(rows, pairs.b()[i]);
            degree[la[i]]++;
            degree[lb[i]]++;
        }
        int[] start = new int[m + 1];
        for (int v = 0; v < m; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(start, m);
        int[] neighbour = new int[2 * p];
        for (int i = 0; i < p; i++) {
            neighbour[fill[la[i]]++] = lb[i];
            neighbour[fill[lb[i]]++] = la[i];
        }
        final int[] r = rows;
        Integer[] visit = new Integer[m];
        for (int v = 0; v < m; v++) {
            visit[v] = v;
        }
        Arrays.sort(visit, Comparator.<Integer>comparingInt(v -> -degree[v])
                .thenComparingLong(v -> log.time(r[v])).thenComparingInt(v -> r[v]));
        int[] clusterOf = new int[m];
        Arrays.fill(clusterOf, -1);
        List<Integer> centres = new ArrayList<>();
        for (int v : visit) {
            if (clusterOf[v] >= 0) {
                continue;
            }
            int c = centres.size();
            centres.add(v);
            clusterOf[v] = c;
            for (int k = start[v]; k < start[v + 1]; k++) {
                if (clusterOf[neighbour[k]] < 0) {
                    clusterOf[neighbour[k]] = c;
                }
            }
        }
        // members per cluster in row order (local indexes ascend with rows)
        int[] size = new int[centres.size() + 1];
        for (int v = 0; v < m; v++) {
            size[clusterOf[v] + 1]++;
        }
        for (int c = 0; c < centres.size(); c++) {
            size[c + 1] += size[c];
        }
        int[] memberStart = size.clone();
        int[] members = new int[m];
        for (int v = 0; v < m; v++) {
            members[size[clusterOf[v]]++] = rows[v];
        }
        List<TalkingPoint> out = new ArrayList<>();
        for (int c = 0; c < centres.size(); c++) {
            int[] memberRows = Arrays.copyOfRange(members, memberStart[c], memberStart[c + 1]);
            int[] accounts = Arrays.stream(memberRows).map(log::account).sorted().distinct().toArray();
            if (accounts.length < 2) {
                continue;
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int row : memberRows) {
                first = Math.min(first, log.time(row));
                last = Math.max(last, log.time(row));
            }
            int centre = rows[centres.get(c)];
            out.add(new TalkingPoint(0, centre, log.text(centre), memberRows, accounts, Instant.ofEpochMilli(first),
                    Instant.ofEpochMilli(last)));
        }
        out.sort(Comparator.comparing(TalkingPoint::firstTime).thenComparingInt(t -> t.rows()[0]));
        List<TalkingPoint> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            TalkingPoint t = out.get(i);
            numbered.add(new TalkingPoint(i + 1, t.representativeRow(), t.representativeText(), t.rows(), t.accounts(),
                    t.firstTime(), t.lastTime()));
        }
        return numbered;
    }

    /**
     * The share of pairs whose two messages fall in one talking point: what the star cover keeps of
     * the pair graph (1 for components, by construction).
     */
    public static double pairsInside(List<TalkingPoint> points, NearDuplicatePairs pairs, int rowCount) {
        if (pairs.size() == 0) {
            return 1;
        }
        int[] pointOf = new int[rowCount];
        Arrays.fill(pointOf, -1);
        for (TalkingPoint t : points) {
            for (int row : t.rows()) {
                pointOf[row] = t.id();
            }
        }
        long inside = 0;
        for (int i = 0; i < pairs.size(); i++) {
            int x = pointOf[pairs.a()[i]];
            if (x >= 0 && x == pointOf[pairs.b()[i]]) {
                inside++;
            }
        }
        return (double) inside / pairs.size();
    }
}
