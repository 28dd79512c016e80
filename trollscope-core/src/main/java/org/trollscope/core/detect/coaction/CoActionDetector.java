package org.trollscope.core.detect.coaction;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;

/**
 * Finds co-actions: pairs of accounts acting on the same object (shared post, liked post, replied-to
 * post, link, hashtag) within a time window of each other, with the exact sliding-window rule of
 * {@link WindowSweep}. Per method: group actions by object ({@link MethodObjects}), split the
 * objects into chunks, sweep the chunks on {@code threads} workers each filling its own
 * {@link PairTable}; each worker sorts its table by pair key and the sorted runs are merged. A
 * second pass ({@link #evidence}) re-sweeps only the objects that can hold kept pairs and lists
 * their co-actions.
 *
 * <p>Cost O(N log N + Σ co-actions) time; memory about 16 bytes per action plus 76 per candidate
 * pair per worker. Deterministic: every per-pair update is a sum, min or max, and outputs are sorted
 * by pair key or combined by chunk index, so the thread count never changes a result.
 */
public final class CoActionDetector {
    private final CoActionParameters parameters;

    public CoActionDetector(CoActionParameters parameters) {
        this.parameters = parameters;
    }

    public CoActionParameters parameters() {
        return parameters;
    }

    /** Runs every method of the parameters over the log. */
    public CoActionResult detect(ActivityLog log, ProgressListener progress) {
        AccountOrder order = AccountOrder.of(log);
        Map<CoActionMethod, MethodEvidence> out = new EnumMap<>(CoActionMethod.class);
        for (CoActionMethod m : parameters.methodSet()) {
            progress.start("co-" + m.wireName(), -1);
            MethodObjects objects = MethodObjects.build(log, order, m, parameters.minParticipation(), parameters.threads());
            out.put(m, sweep(objects, order.size()));
            progress.finish();
        }
        return new CoActionResult(log, order, parameters, out);
    }

    private final class SweepWorker implements ParallelChunks.Worker {
        final WindowSweep kernel;
        final PairTable table;
        final MethodObjects o;
        final int[] chunks;
        final int[] accounts;
        final int[] busiest;
        final long[] coActions;
        final long[] pairs;

        SweepWorker(MethodObjects o, int accountCount, int[] chunks, int[] accounts, int[] busiest, long[] coActions,
                    long[] pairs) {
            this.o = o;
            this.chunks = chunks;
            this.kernel = new WindowSweep(parameters.windowMillis(), parameters.maxCrowd(), accountCount);
            this.table = new PairTable(Math.max(1024, o.size() / 4));
            this.accounts = accounts;
            this.busiest = busiest;
            this.coActions = coActions;
            this.pairs = pairs;
        }

        @Override
        public void chunk(int c) {
            for (int obj = chunks[c]; obj < chunks[c + 1]; obj++) {
                int from = o.objectStart[obj];
                int to = o.objectStart[obj + 1];
                if (from == to) {
                    continue;
                }
                // each object is written by exactly one worker
                accounts[obj] = kernel.sweep(o.account, o.time, from, to, table);
                busiest[obj] = kernel.crowd();
                coActions[obj] = kernel.coActions();
                pairs[obj] = kernel.pairs();
            }
        }
    }

    private MethodEvidence sweep(MethodObjects o, int accountCount) {
        int[] chunks = ParallelChunks.boundaries(o.objectStart, o.objectCount, parameters.threads());
        int[] accounts = new int[o.objectCount];
        int[] busiest = new int[o.objectCount];
        long[] coActions = new long[o.objectCount];
        long[] pairs = new long[o.objectCount];
        List<SweepWorker> workers = ParallelChunks.run(parameters.threads(), chunks.length - 1,
                w -> new SweepWorker(o, accountCount, chunks, accounts, busiest, coActions, pairs));
        // each worker sorts its own table (in parallel), then one linear merge of sorted runs
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
        long total = Arrays.stream(coActions).sum();
        return new MethodEvidence(o, merged, new ObjectCrowding(accounts, busiest, coActions, pairs,
                parameters.maxCrowd()), total);
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
                WindowSweep kernel = new WindowSweep(parameters.windowMillis(), parameters.maxCrowd(), 0);
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
                                b.add(p, o.method, object, iIsA ? o.row[i] : o.row[j], iIsA ? o.row[j] : o.row[i],
                                        (int) (o.time[j] - o.time[i]));
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
