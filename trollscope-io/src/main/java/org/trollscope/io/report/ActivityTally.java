package org.trollscope.io.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.model.ActivityLog;

/**
 * One pass over the actions of an analysis for the case file: actions per time bin (all, of
 * coordinated accounts, per shown community), per hour of the week (coordinated and organic), and
 * what each drawn account targeted. A target is the account an action was aimed at when the data
 * names it, else the object (post) id. The bin is an hour when the data spans at most 31 days,
 * else a day; bins start at the first action's hour or day (UTC). A span over 100 years (a stray
 * timestamp) gives no bins, and the report then has no timeline.
 *
 * <p>O(N) for N actions plus one map entry per (drawn account, target); deterministic.
 */
final class ActivityTally {
    static final long MAX_HOURLY_SPAN_MS = 31L * 24 * 3600 * 1000;
    /** Longest span drawn: 100 years of daily bins. */
    static final long MAX_DAYS = 36_600;

    final long firstTime;
    final long lastTime;
    final TimeBin bin;
    final long binStart;
    final long[] all;
    final long[] coordinated;
    /** Per shown community (index in {@code communities}), actions per bin. */
    final long[][] community;
    final long[] hourCoordinated = new long[HourOfWeek.HOURS];
    final long[] hourOrganic = new long[HourOfWeek.HOURS];
    /** Per drawn node index: target key → actions; key = target account (≥ 0) or -2 - target object. */
    private final Map<Integer, Map<Long, long[]>> targetsOfNode = new HashMap<>();
    private final AnalysisResult r;

    /**
     * @param nodeOfAccount network node of each log account, or -1
     * @param drawn         whether a node is drawn (its targets are counted)
     * @param shownIndex    per community: its index among the shown communities, or -1
     */
    ActivityTally(AnalysisResult r, int[] nodeOfAccount, boolean[] drawn, int[] shownIndex, int shownCommunities) {
        this.r = r;
        ActivityLog log = r.log();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int row = 0; row < log.size(); row++) {
            first = Math.min(first, log.time(row));
            last = Math.max(last, log.time(row));
        }
        firstTime = first;
        lastTime = last;
        if (log.size() == 0 || (last - first) / TimeBin.DAY.width().toMillis() > MAX_DAYS) {
            // nothing to draw, or a span no timeline shows usefully (a stray timestamp): no bins
            bin = TimeBin.HOUR;
            binStart = 0;
            all = new long[0];
        } else {
            bin = last - first <= MAX_HOURLY_SPAN_MS ? TimeBin.HOUR : TimeBin.DAY;
            long width = bin.width().toMillis();
            binStart = Math.floorDiv(first, width) * width;
            all = new long[(int) ((last - binStart) / width) + 1];
        }
        coordinated = new long[all.length];
        community = new long[shownCommunities][all.length];
        long width = bin.width().toMillis();
        for (int row = 0; row < log.size(); row++) {
            long t = log.time(row);
            int b = all.length == 0 ? -1 : (int) ((t - binStart) / width);
            int node = nodeOfAccount[log.account(row)];
            if (b >= 0) {
                all[b]++;
            }
            int how = hourOfWeek(t);
            if (node >= 0) {
                hourCoordinated[how]++;
                int k = shownIndex[r.communities().of(node)];
                if (b >= 0) {
                    coordinated[b]++;
                    if (k >= 0) {
                        community[k][b]++;
                    }
                }
                if (drawn[node]) {
                    long key = log.targetAccount(row) != ActivityLog.NONE ? log.targetAccount(row)
                            : log.target(row) != ActivityLog.NONE ? -2L - log.target(row) : Long.MIN_VALUE;
                    if (key != Long.MIN_VALUE) {
                        targetsOfNode.computeIfAbsent(node, x -> new HashMap<>()).computeIfAbsent(key, x -> new long[1])[0]++;
                    }
                }
            } else {
                hourOrganic[how]++;
            }
        }
    }

    /** Index {@code day·24 + hour}, day 0 = Monday, UTC. 1970-01-01 was a Thursday (day 3). */
    static int hourOfWeek(long epochMillis) {
        long hours = Math.floorDiv(epochMillis, 3_600_000L);
        long day = Math.floorMod(Math.floorDiv(hours, 24) + 3, 7);
        return (int) (day * 24 + Math.floorMod(hours, 24));
    }

    Instant start() {
        return Instant.ofEpochMilli(binStart);
    }

    /** A node's targets, most actions first, ties by name; at most {@code limit}. */
    List<RankedItem> topTargets(int node, int limit) {
        return ranked(targetsOfNode.getOrDefault(node, Map.of()), limit);
    }

    /** The targets of several nodes together. */
    List<RankedItem> topTargets(List<Integer> nodes, int limit) {
        Map<Long, long[]> sum = new HashMap<>();
        for (int n : nodes) {
            targetsOfNode.getOrDefault(n, Map.of()).forEach((k, v) -> sum.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        }
        return ranked(sum, limit);
    }

    private List<RankedItem> ranked(Map<Long, long[]> counts, int limit) {
        List<RankedItem> items = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> items.add(new RankedItem(targetName(k), v[0])));
        return CaseFileBuilder.top(items, limit);
    }

    private String targetName(long key) {
        ActivityLog log = r.log();
        if (key >= 0) {
            int account = (int) key;
            return CaseFileBuilder.accountName(r, account);
        }
        return log.targets().get((int) (-2 - key));
    }
}
