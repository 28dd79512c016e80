package org.trollscope.core.detect.coaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;

/**
 * Finds co-actions: pairs of accounts acting on the same object (shared post, liked post, replied-to
 * post, link, hashtag, cluster of near-duplicate texts) within a time window of each other (the
 * text window for near-text), with the exact sliding-window rule of {@link WindowSweep}. Per method:
 * group actions by object ({@link MethodObjects}), split the objects into chunks, sweep the chunks on
 * {@code threads} workers each filling its own {@link PairTable}; each worker sorts its table by pair key and the sorted runs are merged. A
 * second pass ({@link #evidence}) re-sweeps only the objects that can hold kept pairs and lists
 * their co-actions.
 *
 * <p>Cost O(N log N + Σ co-actions) time; memory about 16 bytes per action, 52 per candidate pair,
 * and a bounded aggregation buffer (see {@link #sweep}). Deterministic: every per-pair update is a sum, min or max, and outputs are sorted
 * by pair key or combined by chunk index, so the thread count never changes a result.
 */
public final class CoActionDetector {
    /** 2^29 slots: 128 MiB per worker for the repeat sketch. */
    private static final int SKETCH_BITS = 29;

    private final CoActionParameters parameters;
    private final int minPairObjects;
    private final long pairBudget;
    private final int half;

    /** Keeps the evidence of every pair that co-acted at least once. */
    public CoActionDetector(CoActionParameters parameters) {
        this(parameters, 1);
    }

    /**
     * Keeps the evidence of pairs that co-acted on at least {@code minPairObjects} distinct objects;
     * the others are only counted ({@link MethodEvidence#pairsBelowMinObjects()}). On large data most
     * pairs meet once by chance, and keeping them would dominate memory.
     */
    public CoActionDetector(CoActionParameters parameters, int minPairObjects) {
        this(parameters, minPairObjects, 0);
    }

    /** With a fixed budget of pair summaries per aggregation pass (0: from the heap size); for tests. */
    CoActionDetector(CoActionParameters parameters, int minPairObjects, long pairBudget) {
        if (minPairObjects < 1) {
            throw new IllegalArgumentException("min pair objects must be at least 1, was " + minPairObjects);
        }
        this.parameters = parameters;
        this.minPairObjects = minPairObjects;
        this.pairBudget = pairBudget;
        this.half = -1;
    }

    private CoActionDetector(CoActionDetector d, int half) {
        this.parameters = d.parameters;
        this.minPairObjects = d.minPairObjects;
        this.pairBudget = d.pairBudget;
        this.half = half;
    }

    /**
     * The same detector on one random half of every method's objects ({@link MethodObjects#half}):
     * for sample splitting, where groups found on one half are tested on the other.
     */
    public CoActionDetector onHalf(int which) {
        if (which != 0 && which != 1) {
            throw new IllegalArgumentException("half must be 0 or 1, was " + which);
        }
        return new CoActionDetector(this, which);
    }

    public CoActionParameters parameters() {
        return parameters;
    }

    /** Runs every method of the parameters over the log. */
    public CoActionResult detect(ActivityLog log, ProgressListener progress) {
        return detect(log, null, progress);
    }

    /**
     * Runs every method of the parameters over the log, reusing the objects that {@code grouped}, an
     * earlier run on the whole of the same log, grouped them into: grouping (and the near-duplicate
     * search) does not depend on the window, so a run in another window, or on one half of the
     * objects, need not repeat it. {@code grouped} must have the same methods, minimum
     * participation and text window; the result equals that of {@link #detect(ActivityLog,
     * ProgressListener)}.
     */
    public CoActionResult detect(ActivityLog log, CoActionResult grouped, ProgressListener progress) {
        if (grouped != null && (grouped.log() != log
                || !grouped.parameters().methodSet().equals(parameters.methodSet())
                || grouped.parameters().minParticipation() != parameters.minParticipation()
                || !java.util.Objects.equals(grouped.parameters().textWindow(), parameters.textWindow()))) {
            throw new IllegalArgumentException("the grouped run differs in its log, methods, minimum participation or "
                    + "text window");
        }
        AccountOrder order = grouped != null ? grouped.order() : AccountOrder.of(log);
        Map<CoActionMethod, MethodEvidence> out = new EnumMap<>(CoActionMethod.class);
        for (CoActionMethod m : parameters.methodSet()) {
            // the near-duplicate search reports its own stages
            MethodObjects objects = grouped != null ? grouped.methods().get(m).objects()
                    : m == CoActionMethod.NEAR_TEXT ? NearTextObjects.build(log, order, parameters, progress)
                    : MethodObjects.build(log, order, m, parameters.minParticipation(), parameters.threads());
            progress.start("co-" + m.wireName(), -1);
            if (half >= 0) {
                objects = objects.half(half);
            }
            out.put(m, half >= 0 && restricts(grouped) ? sweepWithin(objects, grouped.methods().get(m), order.size())
                    : sweep(objects, order.size()));
            progress.finish();
        }
        return new CoActionResult(log, order, parameters, minPairObjects, out);
    }

    /**
     * Whether a half run can be restricted to the pairs of {@code grouped}: a pair that met on
     * {@link #minPairObjects} (at least two) objects of one half met on as many in the whole log, so
     * with the same parameters a run of the whole log that kept pairs from as few objects already
     * holds every pair the half can keep.
     */
    private boolean restricts(CoActionResult grouped) {
        return grouped != null && minPairObjects >= 2 && grouped.minPairObjects() <= minPairObjects
                && grouped.parameters().equals(parameters);
    }

    /**
     * One half's sweep restricted to the pairs the run of the whole log kept ({@code full}): the
     * object crowding is the whole run's (an object's crowding depends on its own actions only), and
     * a sketch made of the whole run's pairs replaces the sketching and counting passes, so the
     * half is swept once (once per aggregation range). The result equals {@link #sweep}'s, except
     * that {@link MethodEvidence#pairsBelowMinObjects()} counts only the whole run's pairs.
     */
    private MethodEvidence sweepWithin(MethodObjects o, MethodEvidence full, int accountCount) {
        ObjectCrowding crowding = full.crowding();
        ObjectStats stats = new ObjectStats(o.objectCount);
        for (int obj = 0; obj < o.objectCount; obj++) {
            if (o.objectStart[obj + 1] > o.objectStart[obj]) {
                stats.accounts[obj] = crowding.accounts(obj);
                stats.busiest[obj] = crowding.busiestWindow(obj);
                stats.coActions[obj] = crowding.coActions(obj);
                stats.pairs[obj] = crowding.coActingPairs(obj);
            }
        }
        PairEvidence candidates = full.pairs();
        RepeatFilter filter = new RepeatFilter(SKETCH_BITS);
        long[] perAccount = new long[accountCount];
        for (int i = 0; i < candidates.size(); i++) {
            filter.add(candidates.key(i));
            filter.add(candidates.key(i));
            perAccount[candidates.a(i)]++;
        }
        int[] chunks = ParallelChunks.boundaries(o.objectStart, o.objectCount, parameters.threads());
        long budget = pairBudget();
        List<PairEvidence> passes = new ArrayList<>();
        long[] partners = null;
        long dropped = 0;
        int lo = 0;
        while (lo < accountCount || partners == null) {
            long sum = 0;
            int hi = lo;
            while (hi < accountCount && (hi == lo || sum + perAccount[hi] <= budget)) {
                sum += perAccount[hi++];
            }
            if (sum > 0 || partners == null) {
                // the first pass also counts each account's partners, over every pair
                boolean first = partners == null;
                int from = lo;
                int to = hi;
                int expected = (int) Math.min(sum / parameters.threads() + 1024, Integer.MAX_VALUE / 16);
                List<SweepWorker> workers = ParallelChunks.run(parameters.threads(), chunks.length - 1,
                        w -> new SweepWorker(o, accountCount, chunks, null, stats, null, filter, from, to, expected,
                                first));
                if (first) {
                    partners = new long[accountCount];
                    addPartners(workers, partners);
                }
                PairEvidence pass = merged(workers);
                PairEvidence kept = pass.withMinObjects(minPairObjects);
                dropped += pass.size() - kept.size();
                passes.add(kept);
            }
            lo = hi;
        }
        long total = Arrays.stream(stats.coActions).sum();
        return new MethodEvidence(o, PairEvidence.concat(passes), new ObjectCrowding(stats.accounts, stats.busiest,
                stats.coActions, stats.pairs, parameters.maxCrowd(), partners), total, dropped);
    }

    /** Sweeps chunks; in the counting pass it records crowding and pairs per lower account, else it aggregates. */
    private final class SweepWorker implements ParallelChunks.Worker {
        final WindowSweep kernel;
        final MethodObjects o;
        final int[] chunks;
        final ObjectStats stats;
        final PairTable table;
        final long[] pairsPerLowerAccount;
        final ObjectStats known;
        final RepeatFilter sketch;
        final RepeatFilter filter;
        final int lo;
        final int hi;
        /** Counting pass: summaries the filter rejected, each a pair met on exactly one object. */
        long rejected;
        /** In the pass that records crowding: per account, its (partner, object) co-action summaries. */
        final long[] partners;

        SweepWorker(MethodObjects o, int accountCount, int[] chunks, ObjectStats stats, ObjectStats known,
                    RepeatFilter sketch, RepeatFilter filter, int lo, int hi, int expected) {
            this(o, accountCount, chunks, stats, known, sketch, filter, lo, hi, expected, stats != null);
        }

        SweepWorker(MethodObjects o, int accountCount, int[] chunks, ObjectStats stats, ObjectStats known,
                    RepeatFilter sketch, RepeatFilter filter, int lo, int hi, int expected, boolean countPartners) {
            this.o = o;
            this.known = known;
            this.sketch = sketch;
            this.filter = filter;
            this.chunks = chunks;
            this.kernel = new WindowSweep(parameters.windowMillis(o.method), parameters.maxCrowd(), accountCount);
            this.stats = stats;
            this.lo = lo;
            this.hi = hi;
            this.table = expected > 0 ? new PairTable(expected) : null;
            this.pairsPerLowerAccount = expected > 0 ? null : new long[accountCount];
            this.partners = countPartners ? new long[accountCount] : null;
        }

        @Override
        public void chunk(int c) {
            PairSink sink;
            if (table != null) {
                sink = (pair, co, gap, first, last, af, bf, ea, la) -> {
                    int a = PairKey.a(pair);
                    if (a >= lo && a < hi && (filter == null || filter.mayRepeat(pair))) {
                        table.accept(pair, co, gap, first, last, af, bf, ea, la);
                    }
                };
            } else if (sketch != null) {
                sink = (pair, co, gap, first, last, af, bf, ea, la) -> sketch.add(pair);
            } else {
                sink = (pair, co, gap, first, last, af, bf, ea, la) -> {
                    if (filter == null || filter.mayRepeat(pair)) {
                        pairsPerLowerAccount[PairKey.a(pair)]++;
                    } else {
                        rejected++;
                    }
                };
            }
            if (partners != null) {
                PairSink inner = sink;
                sink = (pair, co, gap, first, last, af, bf, ea, la) -> {
                    partners[PairKey.a(pair)]++;
                    partners[PairKey.b(pair)]++;
                    inner.accept(pair, co, gap, first, last, af, bf, ea, la);
                };
            }
            for (int obj = chunks[c]; obj < chunks[c + 1]; obj++) {
                int from = o.objectStart[obj];
                int to = o.objectStart[obj + 1];
                // the aggregation passes skip what the counting pass found empty: crowds and pair-less objects
                if (from == to || (known != null && known.pairs[obj] == 0)) {
                    continue;
                }
                int distinct = kernel.sweep(o.account, o.time, from, to, sink);
                if (stats != null) {
                    // each object is written by exactly one worker
                    stats.accounts[obj] = distinct;
                    stats.busiest[obj] = kernel.crowd();
                    stats.coActions[obj] = kernel.coActions();
                    stats.pairs[obj] = kernel.pairs();
                }
            }
        }
    }

    /** Per-object crowding, filled by the counting pass. */
    private static final class ObjectStats {
        final int[] accounts;
        final int[] busiest;
        final long[] coActions;
        final long[] pairs;

        ObjectStats(int n) {
            accounts = new int[n];
            busiest = new int[n];
            coActions = new long[n];
            pairs = new long[n];
        }
    }

    /**
     * When only pairs met on two or more objects are kept, a first pass records each object's
     * crowding and sketches which pairs repeat ({@link RepeatFilter}); later passes skip the rest,
     * which on large data are nearly all pairs. A counting pass counts the remaining pair summaries
     * per lower account (and records crowding if not done yet). Then the lower accounts are cut into ranges holding at most
     * {@link #pairBudget()} summaries each, and one aggregation pass per range sweeps again, keeping
     * only pairs whose lower account is in the range: memory stays bounded whatever the data, and
     * since ranges ascend, the runs concatenate in key order. The ranges partition the pairs, so
     * the result does not depend on how many there are.
     */
    private MethodEvidence sweep(MethodObjects o, int accountCount) {
        int[] chunks = ParallelChunks.boundaries(o.objectStart, o.objectCount, parameters.threads());
        ObjectStats stats = new ObjectStats(o.objectCount);
        long[] partners = new long[accountCount];
        RepeatFilter filter = null;
        if (minPairObjects >= 2) {
            // pass 1: crowding, and a sketch of the pairs met on two or more objects
            List<SweepWorker> sketchers = ParallelChunks.run(parameters.threads(), chunks.length - 1,
                    w -> new SweepWorker(o, accountCount, chunks, stats, null, new RepeatFilter(SKETCH_BITS), null, 0, 0, 0));
            addPartners(sketchers, partners);
            filter = sketchers.get(0).sketch;
            for (int w = 1; w < sketchers.size(); w++) {
                filter.mergeFrom(sketchers.get(w).sketch);
            }
            sketchers.clear();
        }
        // counting pass: pair summaries (that may repeat) per lower account, to plan the aggregation
        RepeatFilter f = filter;
        List<SweepWorker> counters = ParallelChunks.run(parameters.threads(), chunks.length - 1,
                w -> new SweepWorker(o, accountCount, chunks, f == null ? stats : null, f == null ? null : stats, null, f,
                        0, 0, 0));
        if (f == null) {
            addPartners(counters, partners);
        }
        long[] perAccount = new long[accountCount];
        long[] dropped = new long[1];
        for (SweepWorker w : counters) {
            dropped[0] += w.rejected;
            for (int a = 0; a < accountCount; a++) {
                perAccount[a] += w.pairsPerLowerAccount[a];
            }
        }
        counters.clear();
        long budget = pairBudget();
        List<PairEvidence> passes = new ArrayList<>();
        int lo = 0;
        while (lo < accountCount) {
            long sum = 0;
            int hi = lo;
            while (hi < accountCount && (hi == lo || sum + perAccount[hi] <= budget)) {
                sum += perAccount[hi++];
            }
            if (sum > 0) {
                PairEvidence pass = aggregate(o, accountCount, chunks, stats, filter, lo, hi,
                        (int) Math.min(sum / parameters.threads() + 1024, Integer.MAX_VALUE / 16));
                PairEvidence kept = pass.withMinObjects(minPairObjects);
                dropped[0] += pass.size() - kept.size();
                passes.add(kept);
            }
            lo = hi;
        }
        long below = dropped[0];
        PairEvidence all = PairEvidence.concat(passes);
        passes.clear();
        long total = Arrays.stream(stats.coActions).sum();
        return new MethodEvidence(o, all, new ObjectCrowding(stats.accounts, stats.busiest, stats.coActions, stats.pairs,
                parameters.maxCrowd(), partners), total, below);
    }

    private static void addPartners(List<SweepWorker> workers, long[] into) {
        for (SweepWorker w : workers) {
            for (int a = 0; a < into.length; a++) {
                into[a] += w.partners[a];
            }
        }
    }

    private PairEvidence aggregate(MethodObjects o, int accountCount, int[] chunks, ObjectStats known,
                                   RepeatFilter filter, int lo, int hi, int expected) {
        List<SweepWorker> workers = ParallelChunks.run(parameters.threads(), chunks.length - 1,
                w -> new SweepWorker(o, accountCount, chunks, null, known, null, filter, lo, hi, Math.max(1024, expected)));
        return merged(workers);
    }

    /** Each worker sorts its own table (in parallel), then one linear merge of the sorted runs. */
    private PairEvidence merged(List<SweepWorker> workers) {
        PairEvidence[] runs = new PairEvidence[workers.size()];
        ParallelChunks.run(parameters.threads(), workers.size(), w -> c -> {
            runs[c] = workers.get(c).table.toEvidence();
        });
        workers.clear();
        PairEvidence merged = runs[0];
        for (int w = 1; w < runs.length; w++) {
            merged = merged.merge(runs[w]);
            runs[w] = null;
        }
        return merged;
    }

    /** Pair summaries one aggregation pass may hold: an eighth of the heap at ~100 bytes each, at least 1M. */
    private long pairBudget() {
        if (pairBudget > 0) {
            return pairBudget;
        }
        return Math.max(1_000_000L, Runtime.getRuntime().maxMemory() / 8 / 100);
    }

    /**
     * Lists every co-action behind the given pairs (sorted pair keys), method by method. Only objects
     * that are not crowds and hold actions of at least two accounts of the kept pairs are swept again.
     */
    public CoActionEvidence evidence(CoActionResult result, long[] keptKeys) {
        boolean[] kept = new boolean[result.order().size()];
        for (long k : keptKeys) {
            kept[PairKey.a(k)] = true;
            kept[PairKey.b(k)] = true;
        }
        CoActionEvidence.Builder all = new CoActionEvidence.Builder(keptKeys);
        for (MethodEvidence me : result.methods().values()) {
            MethodObjects o = me.objects();
            int[] chunks = ParallelChunks.boundaries(o.objectStart, o.objectCount, parameters.threads());
            CoActionEvidence.Builder[] perChunk = new CoActionEvidence.Builder[chunks.length - 1];
            ParallelChunks.run(parameters.threads(), chunks.length - 1, w -> {
                WindowSweep kernel = new WindowSweep(parameters.windowMillis(o.method), parameters.maxCrowd(), 0);
                return c -> {
                    CoActionEvidence.Builder b = new CoActionEvidence.Builder(keptKeys);
                    for (int obj = chunks[c]; obj < chunks[c + 1]; obj++) {
                        int from = o.objectStart[obj];
                        int to = o.objectStart[obj + 1];
                        if (me.crowding().isCrowd(obj) || !twoKept(o.account, from, to, kept)) {
                            continue;
                        }
                        int object = obj;
                        kernel.forEachCoAction(o.account, o.time, from, to, (i, j) -> {
                            long key = PairKey.of(o.account[i], o.account[j]);
                            int p = Arrays.binarySearch(keptKeys, key);
                            if (p >= 0) {
                                boolean iIsA = o.account[i] < o.account[j];
                                int rowA = iIsA ? o.row[i] : o.row[j];
                                int rowB = iIsA ? o.row[j] : o.row[i];
                                b.add(p, o.method, object, rowA, rowB, WindowSweep.gap(o.time[j] - o.time[i]),
                                        o.textSimilarity(rowA, rowB));
                            }
                        });
                    }
                    perChunk[c] = b;
                };
            });
            for (CoActionEvidence.Builder b : perChunk) {
                all.addAll(b);
            }
        }
        return all.build(result);
    }

    private static boolean twoKept(int[] account, int from, int to, boolean[] kept) {
        int first = -1;
        for (int i = from; i < to; i++) {
            int a = account[i];
            if (kept[a]) {
                if (first < 0) {
                    first = a;
                } else if (a != first) {
                    return true;
                }
            }
        }
        return false;
    }
}
