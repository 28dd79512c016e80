package org.trollscope.core.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.model.ActivityLog;

/**
 * Per target, the coordinated accounts' actions, split into episodes wherever they pause longer
 * than the gap. O(N + C log C) for N actions, C of them by coordinated accounts on a target.
 */
final class EpisodeFinder {
    final List<TargetEngagement> targets = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();

    EpisodeFinder(ActivityLog log, AccountOrder order, IntPredicate coordinated, IntFunction<String> accountName,
                  OperationParameters p) {
        int targetCount = log.targets().size();
        int[] all = new int[targetCount];
        int count = 0;
        for (int row = 0; row < log.size(); row++) {
            int t = log.target(row);
            if (t != ActivityLog.NONE) {
                all[t]++;
                if (coordinated.test(order.rank(log.account(row)))) {
                    count++;
                }
            }
        }
        Integer[] rows = new Integer[count];
        int k = 0;
        for (int row = 0; row < log.size(); row++) {
            if (log.target(row) != ActivityLog.NONE && coordinated.test(order.rank(log.account(row)))) {
                rows[k++] = row;
            }
        }
        Arrays.sort(rows, Comparator.<Integer>comparingInt(log::target).thenComparingLong(log::time)
                .thenComparingInt(r -> order.rank(log.account(r))).thenComparingInt(r -> r));
        long gap = p.episodeGap().toMillis();
        List<Episode> found = new ArrayList<>();
        for (int from = 0; from < rows.length; ) {
            int target = log.target(rows[from]);
            int to = from;
            while (to < rows.length && log.target(rows[to]) == target) {
                to++;
            }
            String name = targetName(log, target);
            int ownerAccount = log.targetAccount(rows[from]);
            String owner = ownerAccount == ActivityLog.NONE ? null : accountName.apply(order.rank(ownerAccount));
            int episodesBefore = found.size();
            for (int s = from; s < to; ) {
                int e = s + 1;
                while (e < to && log.time(rows[e]) - log.time(rows[e - 1]) <= gap) {
                    e++;
                }
                int[] accounts = Arrays.stream(rows, s, e).mapToInt(r -> order.rank(log.account(r))).distinct().toArray();
                if (accounts.length >= p.minEpisodeAccounts()) {
                    int[] ep = Arrays.stream(rows, s, e).mapToInt(Integer::intValue).toArray();
                    long[] starts = new long[accounts.length];
                    for (int i = 0, next = 0; i < ep.length && next < accounts.length; i++) {
                        if (order.rank(log.account(ep[i])) == accounts[next]) {
                            starts[next++] = log.time(ep[i]);
                        }
                    }
                    found.add(new Episode(0, name, owner, log.time(ep[0]), log.time(ep[ep.length - 1]), accounts, starts,
                            ep));
                }
                s = e;
            }
            int distinct = (int) Arrays.stream(rows, from, to).mapToInt(r -> order.rank(log.account(r))).distinct().count();
            targets.add(new TargetEngagement(name, owner, distinct, to - from, all[target], log.time(rows[from]),
                    log.time(rows[to - 1]), found.size() - episodesBefore));
            from = to;
        }
        targets.sort(Comparator.comparingInt(TargetEngagement::coordinatedActions).reversed()
                .thenComparing(TargetEngagement::target));
        found.sort(Comparator.comparingLong(Episode::start).thenComparing(Episode::target));
        for (int i = 0; i < found.size(); i++) {
            Episode e = found.get(i);
            episodes.add(new Episode(i + 1, e.target(), e.targetAccount(), e.start(), e.end(), e.accounts(), e.starts(),
                    e.rows()));
        }
    }

    /** The target's id as given; prefixed with {@code platform:} when the log mixes platforms. */
    static String targetName(ActivityLog log, int target) {
        String id = log.targets().get(target);
        return log.platforms().size() > 1 ? log.platforms().get(log.targets().scope(target)) + ":" + id : id;
    }
}
