package org.trollscope.core.detect.coaction;

import java.util.Arrays;
import java.util.List;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.Interner;
import org.trollscope.core.text.NearDuplicateFinder;
import org.trollscope.core.text.TalkingPoint;

/**
 * One method's actions grouped by object and sorted by (time, input row) within each object: the
 * input of the co-action kernel. Shares, likes and replies use the log's target ids; links and
 * hashtags get their own dictionary of normalised links / folded tags; near-text uses clusters of
 * near-duplicate messages ({@link NearTextObjects}), one object per talking point. Accounts are
 * {@link AccountOrder} ranks. Accounts with fewer than the min participation actions in the method
 * are left out.
 *
 * <p>Built with a counting sort by object (stable in input order) and a packed primitive sort by
 * time inside each object; O(N + Σ n log n); about 16 bytes per action.
 */
public final class MethodObjects {
    final CoActionMethod method;
    final int objectCount;
    final int[] objectStart;
    final int[] account;
    final long[] time;
    final int[] row;
    private final Interner names;
    private final ActivityLog log;
    private final int[] actionsPerAccount;
    private final int[] objectsPerAccount;
    private final int excludedAccounts;
    private final List<TalkingPoint> talkingPoints;
    /** Near-text only: measures a pair of texts for the evidence; null for the other methods. */
    private final NearDuplicateFinder textFinder;

    private MethodObjects(CoActionMethod method, ActivityLog log, Interner names, int objectCount, int[] objectStart,
                          int[] account, long[] time, int[] row, int[] actionsPerAccount, int excludedAccounts,
                          List<TalkingPoint> talkingPoints, NearDuplicateFinder textFinder) {
        this.method = method;
        this.log = log;
        this.names = names;
        this.objectCount = objectCount;
        this.objectStart = objectStart;
        this.account = account;
        this.time = time;
        this.row = row;
        this.actionsPerAccount = actionsPerAccount;
        this.excludedAccounts = excludedAccounts;
        this.objectsPerAccount = new int[actionsPerAccount.length];
        this.talkingPoints = List.copyOf(talkingPoints);
        this.textFinder = textFinder;
    }

    public CoActionMethod method() {
        return method;
    }

    public int objectCount() {
        return objectCount;
    }

    /** Objects with at least one kept action. */
    public int objectsWithActions() {
        int n = 0;
        for (int o = 0; o < objectCount; o++) {
            if (objectStart[o + 1] > objectStart[o]) {
                n++;
            }
        }
        return n;
    }

    /**
     * Near-text only: the talking points, object {@code o} being talking point {@code o + 1};
     * empty for the other methods.
     */
    public List<TalkingPoint> talkingPoints() {
        return talkingPoints;
    }

    /** Near-text: the exact similarity of two rows' texts; NaN for the other methods. */
    float textSimilarity(int rowA, int rowB) {
        return textFinder == null ? Float.NaN : (float) textFinder.similarity(log.text(rowA), log.text(rowB));
    }

    /** The object's id (target id, normalised link, folded tag, or {@code narrative-N} for near-text). */
    public String objectName(int object) {
        return names == null ? log.targets().get(object) : names.get(object);
    }

    /** Actions on the object (after the min-participation filter). */
    public int objectActions(int object) {
        return objectStart[object + 1] - objectStart[object];
    }

    /** Actions in the method by the account of this rank, before the min-participation filter. */
    public int actionsOf(int rank) {
        return actionsPerAccount[rank];
    }

    /**
     * Distinct objects the account (rank) acted on in the method, after the min-participation
     * filter: its degree in the account–object graph, which a null model keeps.
     */
    public int objectsOf(int rank) {
        return objectsPerAccount[rank];
    }

    /** Accounts that acted in the method but fewer times than the min participation. */
    public int excludedAccounts() {
        return excludedAccounts;
    }

    /** Actions kept for the method. */
    public int size() {
        return account.length;
    }

    static MethodObjects build(ActivityLog log, AccountOrder order, CoActionMethod method, int minParticipation,
                               int threads) {
        if (method == CoActionMethod.NEAR_TEXT) {
            throw new IllegalArgumentException("near-text objects are built by NearTextObjects");
        }
        Interner names = null;
        int[] objectOf = null;
        int objectCount;
        switch (method) {
            case LINK -> {
                names = new Interner();
                Interner d = log.urlDictionary();
                objectOf = new int[d.size()];
                for (int u = 0; u < d.size(); u++) {
                    String n = LinkNormaliser.normalise(d.get(u));
                    objectOf[u] = n.isEmpty() ? -1 : names.intern(n);
                }
                objectCount = names.size();
            }
            case HASHTAG -> {
                names = new Interner();
                Interner d = log.hashtagDictionary();
                objectOf = new int[d.size()];
                for (int h = 0; h < d.size(); h++) {
                    String n = HashtagFolding.fold(d.get(h));
                    objectOf[h] = n.isEmpty() ? -1 : names.intern(n);
                }
                objectCount = names.size();
            }
            default -> objectCount = log.targets().size();
        }
        int typeCode = switch (method) {
            case SHARE -> ActionType.SHARE.ordinal();
            case LIKE -> ActionType.LIKE.ordinal();
            case REPLY -> ActionType.REPLY.ordinal();
            default -> -1;
        };
        return group(log, order, method, names, objectOf, objectCount, typeCode, minParticipation, threads, List.of(), null);
    }

    /**
     * Near-text objects: {@code objectOfRow[r]} is the object of row r, or −1; {@code names} names
     * the objects; {@code textFinder} measures evidence pairs.
     */
    static MethodObjects ofRows(ActivityLog log, AccountOrder order, Interner names, int[] objectOfRow,
                                List<TalkingPoint> talkingPoints, NearDuplicateFinder textFinder, int minParticipation,
                                int threads) {
        return group(log, order, CoActionMethod.NEAR_TEXT, names, objectOfRow, names.size(), -1, minParticipation, threads,
                talkingPoints, textFinder);
    }

    private static MethodObjects group(ActivityLog log, AccountOrder order, CoActionMethod method, Interner names,
                                       int[] objectOf, int objectCount, int typeCode, int minParticipation, int threads,
                                       List<TalkingPoint> talkingPoints, NearDuplicateFinder textFinder) {
        int n = log.size();
        int[] perAccount = new int[order.size()];
        for (int r = 0; r < n; r++) {
            if (hasObject(log, r, method, typeCode, objectOf)) {
                perAccount[order.rank(log.account(r))]++;
            }
        }
        int excluded = 0;
        boolean[] keep = new boolean[perAccount.length];
        for (int a = 0; a < perAccount.length; a++) {
            keep[a] = perAccount[a] >= minParticipation;
            if (perAccount[a] > 0 && !keep[a]) {
                excluded++;
            }
        }
        int[] start = new int[objectCount + 1];
        for (int r = 0; r < n; r++) {
            if (keep[order.rank(log.account(r))]) {
                forEachObject(log, r, method, typeCode, objectOf, o -> start[o + 1]++);
            }
        }
        for (int o = 0; o < objectCount; o++) {
            start[o + 1] += start[o];
        }
        int total = start[objectCount];
        int[] acc = new int[total];
        long[] tm = new long[total];
        int[] rw = new int[total];
        int[] fill = Arrays.copyOf(start, objectCount);
        for (int r = 0; r < n; r++) {
            int rank = order.rank(log.account(r));
            if (keep[rank]) {
                long t = log.time(r);
                int rr = r;
                forEachObject(log, r, method, typeCode, objectOf, o -> {
                    int p = fill[o]++;
                    acc[p] = rank;
                    tm[p] = t;
                    rw[p] = rr;
                });
            }
        }
        MethodObjects m = new MethodObjects(method, log, names, objectCount, start, acc, tm, rw, perAccount, excluded,
                talkingPoints, textFinder);
        int[] chunks = ParallelChunks.boundaries(start, objectCount, threads);
        ParallelChunks.run(threads, chunks.length - 1, w -> c -> {
            for (int o = chunks[c]; o < chunks[c + 1]; o++) {
                m.sortObject(start[o], start[o + 1]);
            }
        });
        m.countObjectsPerAccount();
        return m;
    }

    /**
     * Per account (rank), the sum of {@code perObject} over the distinct objects it acted on.
     * O(actions).
     */
    public double[] sumOverObjectsOfEachAccount(double[] perObject) {
        if (perObject.length != objectCount) {
            throw new IllegalArgumentException("one value per object expected, got " + perObject.length);
        }
        double[] sum = new double[objectsPerAccount.length];
        int[] seenOn = new int[objectsPerAccount.length];
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < objectCount; o++) {
            for (int i = objectStart[o]; i < objectStart[o + 1]; i++) {
                int a = account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    sum[a] += perObject[o];
                }
            }
        }
        return sum;
    }

    /**
     * The same grouping with only the objects of one half kept (the others keep their ids but no
     * actions). The half of an object is a hash of its method and name, so it does not depend on
     * input order: the two halves split the objects at random for sample splitting.
     *
     * @param which 0 or 1
     */
    public MethodObjects half(int which) {
        if (which != 0 && which != 1) {
            throw new IllegalArgumentException("half must be 0 or 1, was " + which);
        }
        int[] start = new int[objectCount + 1];
        int kept = 0;
        boolean[] keep = new boolean[objectCount];
        for (int obj = 0; obj < objectCount; obj++) {
            keep[obj] = halfOf(objectName(obj)) == which;
            if (keep[obj]) {
                kept += objectStart[obj + 1] - objectStart[obj];
            }
        }
        int[] acc = new int[kept];
        long[] t = new long[kept];
        int[] r = new int[kept];
        int k = 0;
        for (int obj = 0; obj < objectCount; obj++) {
            start[obj] = k;
            if (keep[obj]) {
                for (int i = objectStart[obj]; i < objectStart[obj + 1]; i++) {
                    acc[k] = account[i];
                    t[k] = time[i];
                    r[k++] = row[i];
                }
            }
        }
        start[objectCount] = k;
        MethodObjects m = new MethodObjects(method, log, names, objectCount, start, acc, t, r, actionsPerAccount,
                excludedAccounts, talkingPoints, textFinder);
        m.countObjectsPerAccount();
        return m;
    }

    private int halfOf(String name) {
        long h = 0x9E3779B97F4A7C15L * (method.ordinal() + 1);
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) (h & 1);
    }

    private void countObjectsPerAccount() {
        int[] seenOn = new int[objectsPerAccount.length];
        Arrays.fill(seenOn, -1);
        for (int o = 0; o < objectCount; o++) {
            for (int i = objectStart[o]; i < objectStart[o + 1]; i++) {
                int a = account[i];
                if (seenOn[a] != o) {
                    seenOn[a] = o;
                    objectsPerAccount[a]++;
                }
            }
        }
    }

    private interface ObjectConsumer {
        void accept(int object);
    }

    private static boolean hasObject(ActivityLog log, int r, CoActionMethod method, int typeCode, int[] objectOf) {
        if (typeCode >= 0) {
            return log.typeCode(r) == typeCode && log.target(r) != ActivityLog.NONE;
        }
        if (method == CoActionMethod.NEAR_TEXT) {
            return objectOf[r] >= 0;
        }
        int[] ids = method == CoActionMethod.LINK ? log.urls(r) : log.hashtags(r);
        for (int id : ids) {
            if (objectOf[id] >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void forEachObject(ActivityLog log, int r, CoActionMethod method, int typeCode, int[] objectOf,
                                      ObjectConsumer c) {
        if (typeCode >= 0) {
            if (log.typeCode(r) == typeCode && log.target(r) != ActivityLog.NONE) {
                c.accept(log.target(r));
            }
            return;
        }
        if (method == CoActionMethod.NEAR_TEXT) {
            if (objectOf[r] >= 0) {
                c.accept(objectOf[r]);
            }
            return;
        }
        int[] ids = method == CoActionMethod.LINK ? log.urls(r) : log.hashtags(r);
        // two raw links may normalise to one object: count it once per action
        for (int k = 0; k < ids.length; k++) {
            int o = objectOf[ids[k]];
            if (o < 0) {
                continue;
            }
            boolean seen = false;
            for (int q = 0; q < k && !seen; q++) {
                seen = objectOf[ids[q]] == o;
            }
            if (!seen) {
                c.accept(o);
            }
        }
    }

    /** Sorts one object's slice by (time, input row); the slice is in input-row order already. */
    private void sortObject(int from, int to) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        boolean ordered = true;
        long min = time[from];
        long max = time[from];
        for (int i = from + 1; i < to; i++) {
            if (time[i] < time[i - 1]) {
                ordered = false;
            }
            min = Math.min(min, time[i]);
            max = Math.max(max, time[i]);
        }
        if (ordered) {
            return;
        }
        int idxBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long span = max - min;
        int[] perm = new int[n];
        if (span >= 0 && (64 - Long.numberOfLeadingZeros(span)) + idxBits <= 63) {
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((time[from + i] - min) << idxBits) | i;
            }
            Arrays.sort(packed);
            long idxMask = (1L << idxBits) - 1;
            for (int i = 0; i < n; i++) {
                perm[i] = (int) (packed[i] & idxMask);
            }
        } else {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (x, y) -> Long.compare(time[from + x], time[from + y])); // stable
            for (int i = 0; i < n; i++) {
                perm[i] = boxed[i];
            }
        }
        int[] a2 = new int[n];
        long[] t2 = new long[n];
        int[] r2 = new int[n];
        for (int i = 0; i < n; i++) {
            a2[i] = account[from + perm[i]];
            t2[i] = time[from + perm[i]];
            r2[i] = row[from + perm[i]];
        }
        System.arraycopy(a2, 0, account, from, n);
        System.arraycopy(t2, 0, time, from, n);
        System.arraycopy(r2, 0, row, from, n);
    }
}
