package org.trollscope.core.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.network.DisjointSets;

/**
 * Near-duplicate messages in an {@link ActivityLog}: pairs of rows with near-duplicate texts
 * ({@link NearDuplicateFinder}) among the action types of the {@link NearTextQuery} (posts,
 * replies and quotes by default), restricted before verification to a time window and to different
 * accounts, and talking points: the connected components of those pairs
 * (union-find with path halving, union by lower root, so components do not depend on pair order),
 * kept when they span at least two accounts.
 *
 * <p>Cost: that of the finder, plus O(pairs · α) for the clusters. Deterministic: pairs are sorted
 * by rows, clusters numbered by (first time, lowest row).
 */
public final class NearTextSearch {
    private final NearDuplicateFinder finder;

    public NearTextSearch(TextNormalizer normalizer, NearDuplicateParameters parameters, int threads) {
        this.finder = new NearDuplicateFinder(normalizer, parameters, threads);
    }

    /** Pairs of rows (a &lt; b) with near-duplicate texts that satisfy the query. */
    public NearDuplicatePairs pairs(ActivityLog log, NearTextQuery query, ProgressListener progress) {
        TextSource source = new TextSource() {
            @Override
            public int size() {
                return log.size();
            }

            @Override
            public String text(int index) {
                return query.types().contains(log.type(index)) ? log.text(index) : null;
            }
        };
        long window = query.window() == null ? Long.MAX_VALUE : query.window().toMillis();
        CandidateFilter filter = new CandidateFilter() {
            @Override
            public boolean keep(int a, int b) {
                return (!query.differentAccounts() || log.account(a) != log.account(b))
                        && Math.abs(log.time(a) - log.time(b)) <= window;
            }

            @Override
            public long position(int message) {
                return log.time(message);
            }

            @Override
            public long span() {
                return window;
            }
        };
        return finder.find(source, filter, progress);
    }

    /** The talking points of verified pairs: clusters spanning at least two accounts. */
    public static List<TalkingPoint> talkingPoints(ActivityLog log, NearDuplicatePairs pairs) {
        int n = log.size();
        int[] parent = new int[n];
        int[] degree = new int[n];
        Arrays.fill(parent, -1); // -1: not in any pair
        for (int i = 0; i < pairs.size(); i++) {
            int a = pairs.a()[i];
            int b = pairs.b()[i];
            degree[a]++;
            degree[b]++;
            if (parent[a] < 0) {
                parent[a] = a;
            }
            if (parent[b] < 0) {
                parent[b] = b;
            }
            int ra = DisjointSets.root(parent, a);
            int rb = DisjointSets.root(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        // rows ascending: the root (lowest row) is met first, so members gather in row order
        int[] clusterOf = new int[n];
        List<int[]> members = new ArrayList<>();
        int[] counts = new int[16];
        Arrays.fill(clusterOf, -1);
        for (int r = 0; r < n; r++) {
            if (parent[r] < 0) {
                continue;
            }
            int root = DisjointSets.root(parent, r);
            if (root == r) {
                clusterOf[r] = members.size();
                members.add(new int[4]);
                if (counts.length < members.size()) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            int c = clusterOf[root];
            int[] m = members.get(c);
            if (counts[c] == m.length) {
                m = Arrays.copyOf(m, m.length * 2);
                members.set(c, m);
            }
            m[counts[c]++] = r;
        }
        List<TalkingPoint> out = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            int[] rows = Arrays.copyOf(members.get(c), counts[c]);
            int[] accounts = Arrays.stream(rows).map(log::account).sorted().distinct().toArray();
            if (accounts.length < 2) {
                continue;
            }
            int representative = rows[0];
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int r : rows) {
                if (degree[r] > degree[representative]) {
                    representative = r;
                }
                first = Math.min(first, log.time(r));
                last = Math.max(last, log.time(r));
            }
            out.add(new TalkingPoint(0, representative, log.text(representative), rows, accounts,
                    Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)));
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
}
