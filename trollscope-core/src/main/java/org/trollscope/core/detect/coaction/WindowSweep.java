package org.trollscope.core.detect.coaction;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The co-action kernel: over one object's actions sorted by time, every pair of actions by two
 * different accounts whose times differ by at most the window (inclusive) is a co-action; an exact
 * sliding window, no bins (the rule of CooRTweet, Righetti &amp; Balluff 2025, and of the
 * Coordination Network Toolkit, Graham et al. 2020, without their fixed or per-row windows).
 *
 * <p>First the object's crowding is measured: the most distinct accounts inside any one window
 * (two pointers, O(n)). If it exceeds {@code maxCrowd} nothing is expanded: such an object (a viral
 * post, a trending hashtag) would cost O(n²) pairs and says little about coordination; the caller
 * lists it. Otherwise the co-actions are summarised per account pair ({@link PairSink}); when every
 * account acts once on the object (shares: nearly always) each co-action is its own summary; when
 * an account acts several times (hashtags, links) the co-actions are grouped per pair with a dense
 * local index and a counting sort. Cost O(n + co-actions).
 *
 * <p>A pure function of its input: the instance holds only reusable scratch arrays (one instance
 * per thread; not thread-safe), so the same kernel serves a local thread pool or a distributed
 * engine. Output order depends only on the input order.
 */
final class WindowSweep implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long window;
    private final int maxCrowd;
    private final int accountCount;

    private transient int[] mark;
    private transient int[] counts;
    private transient int stamp;
    // slow path buffers
    private transient long[] localKeys;
    private transient int[] localTable;
    private transient int[] localSlot;
    private transient int[] coLocal;
    private transient int[] coI;
    private transient int[] coJ;
    private transient int[] groupStart;
    private transient int[] sorted;
    private transient int[] laterMark;

    /** Distinct accounts in the busiest window of the last swept object. */
    private int crowd;
    /** Co-actions of the last swept object (0 when it was a crowd). */
    private long coActions;
    /** Distinct account pairs that co-acted on the last swept object (0 when it was a crowd). */
    private long pairs;

    WindowSweep(long windowMillis, int maxCrowd, int accountCount) {
        this.window = windowMillis;
        this.maxCrowd = maxCrowd;
        this.accountCount = accountCount;
    }

    int crowd() {
        return crowd;
    }

    long coActions() {
        return coActions;
    }

    long pairs() {
        return pairs;
    }

    boolean wasCrowd() {
        return crowd > maxCrowd;
    }

    private void scratch() {
        if (mark == null) {
            mark = new int[accountCount];
            counts = new int[accountCount];
            localKeys = new long[16];
            localTable = new int[32];
            Arrays.fill(localTable, -1);
            localSlot = new int[16];
            coLocal = new int[64];
            coI = new int[64];
            coJ = new int[64];
            groupStart = new int[17];
            sorted = new int[64];
            laterMark = new int[64];
        }
    }

    /**
     * Sweeps {@code [from, to)} of the time-sorted arrays and reports every pair's summary to the sink,
     * unless the object is a crowd. Returns the number of distinct accounts on the object.
     */
    int sweep(int[] account, long[] time, int from, int to, PairSink sink) {
        scratch();
        coActions = 0;
        pairs = 0;
        int distinctAccounts = countDistinct(account, from, to);
        boolean once = distinctAccounts == to - from;
        crowd = once ? busiestWindowOnce(time, from, to) : busiestWindow(account, time, from, to);
        if (crowd > maxCrowd || to - from < 2) {
            return distinctAccounts;
        }
        if (once) {
            for (int i = from; i < to; i++) {
                int ai = account[i];
                long ti = time[i];
                for (int j = i + 1; j < to && time[j] - ti <= window; j++) {
                    int aj = account[j];
                    int gap = gap(time[j] - ti);
                    boolean iIsA = ai < aj;
                    int lead = gap > 0 ? 1 : 0;
                    sink.accept(PairKey.of(ai, aj), 1, gap, ti, time[j], iIsA ? lead : 0, iIsA ? 0 : lead, 1, 1);
                    coActions++;
                }
            }
            pairs = coActions;
        } else {
            groupedSweep(account, time, from, to, sink);
        }
        return distinctAccounts;
    }

    /** Reports every single co-action of {@code [from, to)} (no crowd check), as absolute positions. */
    void forEachCoAction(int[] account, long[] time, int from, int to, CoActionSink sink) {
        for (int i = from; i < to; i++) {
            int ai = account[i];
            long ti = time[i];
            for (int j = i + 1; j < to && time[j] - ti <= window; j++) {
                if (account[j] != ai) {
                    sink.accept(i, j);
                }
            }
        }
    }

    private int countDistinct(int[] account, int from, int to) {
        int s = ++stamp;
        if (s == 0) {
            Arrays.fill(mark, 0);
            s = stamp = 1;
        }
        int distinct = 0;
        for (int i = from; i < to; i++) {
            int a = account[i];
            if (mark[a] != s) {
                mark[a] = s;
                distinct++;
            }
        }
        return distinct;
    }

    private int busiestWindowOnce(long[] time, int from, int to) {
        int best = to > from ? 1 : 0;
        int j = from;
        for (int i = from; i < to; i++) {
            while (j < to && time[j] - time[i] <= window) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }

    private int busiestWindow(int[] account, long[] time, int from, int to) {
        int best = 0;
        int inside = 0;
        int j = from;
        for (int i = from; i < to; i++) {
            while (j < to && time[j] - time[i] <= window) {
                if (counts[account[j]]++ == 0) {
                    inside++;
                }
                j++;
            }
            best = Math.max(best, inside);
            if (--counts[account[i]] == 0) {
                inside--;
            }
        }
        return best;
    }

    private void groupedSweep(int[] account, long[] time, int from, int to, PairSink sink) {
        int m = 0;
        int pairs = 0;
        int tableMask = prepareTable(to - from);
        for (int i = from; i < to; i++) {
            int ai = account[i];
            long ti = time[i];
            for (int j = i + 1; j < to && time[j] - ti <= window; j++) {
                int aj = account[j];
                if (aj == ai) {
                    continue;
                }
                long key = PairKey.of(ai, aj);
                int slot = (int) (mix(key) & tableMask);
                int local;
                while (true) {
                    int l = localTable[slot];
                    if (l < 0) {
                        if (pairs == localKeys.length) {
                            localKeys = Arrays.copyOf(localKeys, pairs * 2);
                            localSlot = Arrays.copyOf(localSlot, pairs * 2);
                        }
                        localKeys[pairs] = key;
                        localSlot[pairs] = slot;
                        local = pairs++;
                        localTable[slot] = local;
                        if (pairs * 2 > tableMask) {
                            tableMask = rehash(pairs);
                        }
                        break;
                    }
                    if (localKeys[l] == key) {
                        local = l;
                        break;
                    }
                    slot = (slot + 1) & tableMask;
                }
                if (m == coLocal.length) {
                    coLocal = Arrays.copyOf(coLocal, m * 2);
                    coI = Arrays.copyOf(coI, m * 2);
                    coJ = Arrays.copyOf(coJ, m * 2);
                }
                coLocal[m] = local;
                coI[m] = i;
                coJ[m] = j;
                m++;
            }
        }
        coActions = m;
        this.pairs = pairs;
        // counting sort of the co-actions by local pair, stable: i stays non-decreasing in a group
        if (groupStart.length < pairs + 1) {
            groupStart = new int[pairs + 1];
        }
        Arrays.fill(groupStart, 0, pairs + 1, 0);
        for (int k = 0; k < m; k++) {
            groupStart[coLocal[k] + 1]++;
        }
        for (int p = 0; p < pairs; p++) {
            groupStart[p + 1] += groupStart[p];
        }
        if (sorted.length < m) {
            sorted = new int[Math.max(m, sorted.length * 2)];
        }
        int[] fill = Arrays.copyOf(groupStart, pairs);
        for (int k = 0; k < m; k++) {
            sorted[fill[coLocal[k]]++] = k;
        }
        int n = to - from;
        if (laterMark.length < n) {
            laterMark = new int[Math.max(n, laterMark.length * 2)];
        }
        Arrays.fill(laterMark, 0, n, -1);
        for (int p = 0; p < pairs; p++) {
            long key = localKeys[p];
            int a = PairKey.a(key);
            int minGap = Integer.MAX_VALUE;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            int aFirst = 0;
            int bFirst = 0;
            int earlier = 0;
            int later = 0;
            int lastI = -1;
            for (int s = groupStart[p]; s < groupStart[p + 1]; s++) {
                int k = sorted[s];
                int i = coI[k];
                int j = coJ[k];
                int gap = gap(time[j] - time[i]);
                minGap = Math.min(minGap, gap);
                first = Math.min(first, time[i]);
                last = Math.max(last, time[j]);
                if (gap > 0) {
                    if (account[i] == a) {
                        aFirst++;
                    } else {
                        bFirst++;
                    }
                }
                if (i != lastI) {
                    earlier++;
                    lastI = i;
                }
                if (laterMark[j - from] != p) {
                    laterMark[j - from] = p;
                    later++;
                }
            }
            sink.accept(key, groupStart[p + 1] - groupStart[p], minGap, first, last, aFirst, bFirst, earlier, later);
        }
        for (int p = 0; p < pairs; p++) {
            localTable[localSlot[p]] = -1;
        }
    }

    private int prepareTable(int n) {
        int want = Integer.highestOneBit(Math.max(16, n * 4) - 1) << 1;
        if (localTable.length < want) {
            localTable = new int[want];
            Arrays.fill(localTable, -1);
        }
        return localTable.length - 1;
    }

    private int rehash(int pairs) {
        int[] table = new int[localTable.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int l = 0; l < pairs; l++) {
            int slot = (int) (mix(localKeys[l]) & mask);
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = l;
            localSlot[l] = slot;
        }
        localTable = table;
        return mask;
    }

    /**
     * A gap as int milliseconds, saturated at {@link Integer#MAX_VALUE} (24.8 days): only an
     * unbounded near-text window lets gaps grow that long, and its evidence rows carry both times.
     */
    static int gap(long millis) {
        return millis > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) millis;
    }

    static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
