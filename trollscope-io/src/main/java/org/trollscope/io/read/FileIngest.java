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
    private int staged;

    FileIngest(Path file, ActivityLogBuilder builder, OnError onError, RejectsWriter rejects) {
        this.file = file;
        this.builder = builder;
        this.onError = onError;
        this.rejects = rejects;
        this.duplicatesBefore = builder.duplicateActionIds();
        this.repeatsBefore = builder.repeatedActionIdsKept();
    }

    /** Stages one record, or rejects it with {@code problem} when the record itself is malformed. */
    void row(ActionBinder binder, Fields f, long line, String problem, Supplier<String> raw) throws IOException {
        try {
            if (problem != null) {
                throw new RowRejectedException(problem);
            }
            binder.stage(f);
            staged++;
            if (binder.full()) {
                flush(binder);
            }
        } catch (RowRejectedException e) {
            reject(line, e.getMessage(), raw.get());
        }
    }

    /** Commits the rows staged so far; call once more after the last row. */
    void flush(ActionBinder binder) {
        int stored = binder.flush();
        accepted += stored;
        dropped += staged - stored;
        staged = 0;
    }

    void reject(long line, String reason, String raw) throws IOException {
        if (onError == OnError.FAIL) {
            throw new InputException(file, line, reason + " (use --on-error skip to skip bad rows)");
        }
        rejects.write(file, line, reason, raw);
        rejected++;
    }

    FileReport report(String sha256, InputFormat format) {
        if (staged != 0) {
            throw new IllegalStateException("rows staged but not flushed");
        }
        return new FileReport(file, sha256, format, accepted + rejected + dropped, accepted, rejected,
                builder.duplicateActionIds() - duplicatesBefore, builder.repeatedActionIdsKept() - repeatsBefore);
    }
}
