package org.trollscope.core.detect.coaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs work over chunks of objects on a fixed number of threads. Each worker gets its own state
 * object, takes chunk indices from a shared counter, and the caller combines worker states with
 * order-independent merges or by chunk index, so results never depend on scheduling.
 */
final class ParallelChunks {
    /** The work of one worker. */
    interface Worker {
        void chunk(int index) throws Exception;
    }

    private ParallelChunks() {
    }

    /**
     * Chunk boundaries over objects {@code [0, objectCount)} given the object start offsets: each chunk
     * holds about {@code total / (threads * 32)} actions (at least 1,024), a heavy object alone.
     */
    static int[] boundaries(int[] objectStart, int objectCount, int threads) {
        long total = objectStart[objectCount];
        long target = Math.max(1024, total / (threads * 32L));
        List<Integer> b = new ArrayList<>();
        b.add(0);
        long acc = 0;
        for (int o = 0; o < objectCount; o++) {
            acc += objectStart[o + 1] - objectStart[o];
            if (acc >= target) {
                b.add(o + 1);
                acc = 0;
            }
        }
        if (b.get(b.size() - 1) != objectCount) {
            b.add(objectCount);
        }
        return b.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Runs {@code chunks} chunks on {@code threads} workers; returns the workers (in creation order). */
    static <W extends Worker> List<W> run(int threads, int chunks, IntFunction<W> newWorker) {
        int t = Math.max(1, Math.min(threads, chunks));
        List<W> workers = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            workers.add(newWorker.apply(i));
        }
        AtomicInteger next = new AtomicInteger();
        if (t == 1) {
            drain(workers.get(0), next, chunks);
            return workers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "trollscope-detect");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (W w : workers) {
                futures.add(pool.submit(() -> {
                    drain(w, next, chunks);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("detection interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return workers;
    }

    private static void drain(Worker w, AtomicInteger next, int chunks) {
        try {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                w.chunk(c);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
