package org.trollscope.core.detect.compat;

import java.util.Arrays;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.Interner;

/**
 * Share rows in CooRTweet's input model: object id (the shared post), account id, content id (the
 * share itself) and time in whole seconds, in input order, repeats included. The reproductions of
 * other tools run on this table rather than on an {@link ActivityLog}, because those tools count a
 * repeated content id twice while the log keeps an action id once.
 *
 * <p>Columnar, dictionary-encoded; built once, then immutable.
 */
public final class ShareRows {
    final Interner objects = new Interner();
    final Interner accounts = new Interner();
    final Interner contents = new Interner();
    int size;
    int[] object = new int[256];
    int[] account = new int[256];
    int[] content = new int[256];
    long[] time = new long[256];

    /** Appends a row. */
    public ShareRows add(String objectId, String accountId, String contentId, long timeSeconds) {
        if (size == object.length) {
            int n = size * 2;
            object = Arrays.copyOf(object, n);
            account = Arrays.copyOf(account, n);
            content = Arrays.copyOf(content, n);
            time = Arrays.copyOf(time, n);
        }
        object[size] = objects.intern(objectId);
        account[size] = accounts.intern(accountId);
        content[size] = contents.intern(contentId);
        time[size] = timeSeconds;
        size++;
        return this;
    }

    /**
     * The share actions of a log that have a target, in input order: object = target id, content =
     * action id (or {@code row:N} when absent), time = epoch seconds (floor).
     */
    public static ShareRows of(ActivityLog log) {
        ShareRows rows = new ShareRows();
        int share = ActionType.SHARE.ordinal();
        for (int r = 0; r < log.size(); r++) {
            if (log.typeCode(r) == share && log.target(r) != ActivityLog.NONE) {
                String id = log.actionIdText(r);
                rows.add(log.targets().get(log.target(r)), log.accountIdText(log.account(r)), id == null ? "row:" + r : id,
                        Math.floorDiv(log.time(r), 1000));
            }
        }
        return rows;
    }

    public int size() {
        return size;
    }

    public String accountId(int account) {
        return accounts.get(account);
    }

    /** Row positions grouped by object (objects in first-seen order), input order inside each group. */
    int[][] groups(boolean[] keepRow) {
        int n = objects.size();
        int[] count = new int[n];
        for (int r = 0; r < size; r++) {
            if (keepRow[r]) {
                count[object[r]]++;
            }
        }
        int[][] groups = new int[n][];
        for (int o = 0; o < n; o++) {
            groups[o] = new int[count[o]];
        }
        int[] fill = new int[n];
        for (int r = 0; r < size; r++) {
            if (keepRow[r]) {
                groups[object[r]][fill[object[r]]++] = r;
            }
        }
        return groups;
    }
}
