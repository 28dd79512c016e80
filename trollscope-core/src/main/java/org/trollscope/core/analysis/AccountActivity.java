package org.trollscope.core.analysis;

import java.util.Arrays;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.model.ActivityLog;

/** Per account rank: actions in the log, first and last action time (epoch ms; 0 actions: -1). O(N). */
public final class AccountActivity {
    private final int[] actions;
    private final long[] first;
    private final long[] last;

    AccountActivity(ActivityLog log, AccountOrder order) {
        int n = order.size();
        actions = new int[n];
        first = new long[n];
        last = new long[n];
        Arrays.fill(first, Long.MAX_VALUE);
        Arrays.fill(last, Long.MIN_VALUE);
        for (int r = 0; r < log.size(); r++) {
            int a = order.rank(log.account(r));
            long t = log.time(r);
            actions[a]++;
            first[a] = Math.min(first[a], t);
            last[a] = Math.max(last[a], t);
        }
    }

    public int actions(int rank) {
        return actions[rank];
    }

    public long firstSeen(int rank) {
        return actions[rank] == 0 ? -1 : first[rank];
    }

    public long lastSeen(int rank) {
        return actions[rank] == 0 ? -1 : last[rank];
    }
}
