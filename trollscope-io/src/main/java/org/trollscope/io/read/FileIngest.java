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

    FileIngest(Path file, ActivityLogBuilder builder, OnError onError, RejectsWriter rejects) {
        this.file = file;
        this.builder = builder;
        this.onError = onError;
        this.rejects = rejects;
        this.duplicatesBefore = builder.duplicateActionIds();
        this.repeatsBefore = builder.repeatedActionIdsKept();
    }

    /** Binds one record, or rejects it with {@code problem} when the record itself is malformed. */
    void row(ActionBinder binder, Fields f, long line, String problem, Supplier<String> raw) throws IOException {
        try {
            if (problem != null) {
                throw new RowRejectedException(problem);
            }
            if (binder.bind(f)) {
                accepted++;
            } else {
                dropped++;
            }
        } catch (RowRejectedException e) {
            reject(line, e.getMessage(), raw.get());
        }
    }

    void reject(long line, String reason, String raw) throws IOException {
        if (onError == OnError.FAIL) {
            throw new InputException(file, line, reason + " (use --on-error skip to skip bad rows)");
        }
        rejects.write(file, line, reason, raw);
        rejected++;
    }

    FileReport report(String sha256, InputFormat format) {
        return new FileReport(file, sha256, format, accepted + rejected + dropped, accepted, rejected,
                builder.duplicateActionIds() - duplicatesBefore, builder.repeatedActionIdsKept() - repeatsBefore);
    }
}
