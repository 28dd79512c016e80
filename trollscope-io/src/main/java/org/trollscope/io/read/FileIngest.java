package org.trollscope.io.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.trollscope.core.model.ActivityLogBuilder;

/** Counts one file's rows and applies the on-error policy to its malformed ones. Not thread-safe. */
final class FileIngest {
    private final Path file;
    private final ActivityLogBuilder builder;
    private final OnError onError;
    private final RejectsWriter rejects;
    private final long duplicatesBefore;
    private final long repeatsBefore;
    long accepted;
    long rejected;
    long dropped;
    private final RowBatch current = new RowBatch();

    FileIngest(Path file, ActivityLogBuilder builder, OnError onError, RejectsWriter rejects) {
        this.file = file;
        this.builder = builder;
        this.onError = onError;
        this.rejects = rejects;
        this.duplicatesBefore = builder.duplicateActionIds();
        this.repeatsBefore = builder.repeatedActionIdsKept();
    }

    /** Stages one record and commits the batch when it is full (one thread does both). */
    void row(ActionBinder binder, Fields f, long line, String problem, Supplier<String> raw) throws IOException {
        if (stage(binder, current, f, line, problem, raw) && current.full()) {
            commit(binder, current);
        }
    }

    /** Commits the rows staged by {@link #row} so far; call once more after the last row. */
    void flush(ActionBinder binder) {
        commit(binder, current);
    }

    /**
     * Checks a record and stages it into {@code batch}, or rejects it with {@code problem} when the
     * record itself is malformed. May run on a parsing thread while another thread commits.
     *
     * @return whether the record was staged
     */
    boolean stage(ActionBinder binder, RowBatch batch, Fields f, long line, String problem, Supplier<String> raw)
            throws IOException {
        try {
            if (problem != null) {
                throw new RowRejectedException(problem);
            }
            binder.stage(batch, f);
            return true;
        } catch (RowRejectedException e) {
            reject(line, e.getMessage(), raw.get());
            return false;
        }
    }

    /** Adds a batch's rows to the log and counts them. */
    void commit(ActionBinder binder, RowBatch batch) {
        int n = batch.size;
        int stored = binder.flush(batch);
        accepted += stored;
        dropped += n - stored;
    }

    void reject(long line, String reason, String raw) throws IOException {
        if (onError == OnError.FAIL) {
            throw new InputException(file, line, reason + " (use --on-error skip to skip bad rows)");
        }
        rejects.write(file, line, reason, raw);
        rejected++;
    }

    FileReport report(String sha256, InputFormat format) {
        if (current.size != 0) {
            throw new IllegalStateException("rows staged but not committed");
        }
        return new FileReport(file, sha256, format, accepted + rejected + dropped, accepted, rejected,
                builder.duplicateActionIds() - duplicatesBefore, builder.repeatedActionIdsKept() - repeatsBefore);
    }
}
