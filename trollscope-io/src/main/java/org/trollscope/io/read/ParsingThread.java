package org.trollscope.io.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses and checks a CSV on its own thread, interns each batch's targets and action ids
 * ({@link ActionBinder#resolve}) and hands full {@link RowBatch}es to the calling thread, which
 * interns accounts and commits the rows in order. On two cores parsing (with the UTF-8 check,
 * timestamps and types) overlaps with the dictionary work instead of adding to it; the order of
 * rows, and so every id, is the same as on one thread. Rejected rows are written by the parsing
 * thread, in input order. A failure on the parsing thread (a bad row under
 * {@code --on-error fail}, an I/O error) is rethrown on the calling thread.
 */
final class ParsingThread {
    private static final int BATCHES = 4;
    private static final RowBatch END = new RowBatch();

    private final BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private volatile Throwable failure;

    /** Parses every remaining record of {@code r} (and the current one when {@code includeCurrent}) and commits it. */
    void run(CsvRecordReader r, boolean includeCurrent, ActionBinder binder, FileIngest ingest) throws IOException {
        for (int i = 0; i < BATCHES; i++) {
            free.add(new RowBatch());
        }
        Thread t = new Thread(() -> parse(r, includeCurrent, binder, ingest), "trollscope-parse");
        t.setDaemon(true);
        t.start();
        try {
            while (true) {
                RowBatch b = full.take();
                if (b == END) {
                    break;
                }
                ingest.commit(binder, b);
                free.put(b);
            }
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } finally {
            t.interrupt();
        }
        rethrow();
    }

    private void parse(CsvRecordReader r, boolean includeCurrent, ActionBinder binder, FileIngest ingest) {
        try {
            RowBatch cur = free.take();
            boolean has = includeCurrent || r.next();
            while (has) {
                if (ingest.stage(binder, cur, r, r.line(), r.problem(), r::raw) && cur.full()) {
                    binder.resolve(cur);
                    full.put(cur);
                    cur = free.take();
                }
                has = r.next();
            }
            if (cur.size > 0) {
                binder.resolve(cur);
                full.put(cur);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure = e;
        } finally {
            try {
                full.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof UncheckedIOException) {
            throw ((UncheckedIOException) t).getCause();
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IOException(t);
    }
}
