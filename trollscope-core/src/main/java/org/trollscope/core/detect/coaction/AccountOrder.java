package org.trollscope.core.detect.coaction;

import java.util.Arrays;
import java.util.Comparator;
import org.trollscope.core.model.ActivityLog;

/**
 * Ranks every account of a log by (platform, account id) text. Detection works on ranks, so pair
 * keys, output order and community seeds do not depend on the order of input rows.
 *
 * <p>O(A log A) string comparisons for A accounts; immutable.
 */
public final class AccountOrder {
    private final int[] rankOfAccount;
    private final int[] accountOfRank;

    private AccountOrder(int[] rankOfAccount, int[] accountOfRank) {
        this.rankOfAccount = rankOfAccount;
        this.accountOfRank = accountOfRank;
    }

    public static AccountOrder of(ActivityLog log) {
        int n = log.accountCount();
        String[] platform = new String[n];
        String[] id = new String[n];
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            platform[a] = log.accountPlatform(a);
            id[a] = log.accountIdText(a);
            order[a] = a;
        }
        Arrays.sort(order, Comparator.<Integer, String>comparing(a -> platform[a]).thenComparing(a -> id[a]));
        int[] accountOfRank = new int[n];
        int[] rankOfAccount = new int[n];
        for (int r = 0; r < n; r++) {
            accountOfRank[r] = order[r];
            rankOfAccount[order[r]] = r;
        }
        return new AccountOrder(rankOfAccount, accountOfRank);
    }

    public int size() {
        return accountOfRank.length;
    }

    public int rank(int account) {
        return rankOfAccount[account];
    }

    public int account(int rank) {
        return accountOfRank[rank];
    }
}
