package org.trollscope.io.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.io.platform.ErrorPolicy;
import org.trollscope.io.platform.ImportReport;
import org.trollscope.io.platform.PlatformImportException;
import org.trollscope.io.platform.SkippedRecord;

/**
 * Reads a platform export through its {@link org.trollscope.io.platform.PlatformImporter} into the
 * shared log, and turns the importer's {@link ImportReport} into the reader's terms: under
 * {@link OnError#FAIL} the first unreadable record becomes an {@link InputException} naming file,
 * position and reason; under {@link OnError#SKIP} every unreadable record goes to the rejects file
 * and is counted: {@code file, line, reason, row} with the line the record starts on, the reason
 * preceded by the rest of its position (e.g. {@code messages[6] (message 16): message without
 * from_id}), and the record as compact JSON or as its CSV line (empty when the input could not be
 * parsed that far). Actions, repeated action ids, records not imported
 * and unmapped fields land in the {@link FileReport}. Streams: memory is the importer's (one record).
 */
final class PlatformSource {
    private final ReadOptions options;

    PlatformSource(ReadOptions options) {
        this.options = options;
    }

    /**
     * @param in the decompressed file, without a byte-order mark
     * @param sha256 called after the importer is done, to finish hashing the file
     */
    FileReport read(Path file, InputFormat format, InputStream in, ActivityLogBuilder builder, RejectsWriter rejects,
                    Sha256 sha256) throws IOException {
        ImportReport report = new ImportReport(options.onError() == OnError.SKIP ? ErrorPolicy.SKIP : ErrorPolicy.FAIL,
                s -> reject(file, s, rejects));
        builder.keepRepeatedActionIds(false);
        try {
            // importers close their parsers, and so the stream; the file must still be hashed to its end
            format.importer().read(new FilterInputStream(in) {
                @Override
                public void close() {
                }
            }, file.toString(), builder, report);
        } catch (PlatformImportException e) {
            throw InputException.atRecord(file, e.position(), e.reason() + " (use --on-error skip to skip bad records)");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long accepted = report.actions();
        long rejected = report.skippedCount();
        long duplicates = report.duplicateActions();
        long ignored = report.ignoredRecords().values().stream().mapToLong(Long::longValue).sum();
        return new FileReport(file, sha256.get(), format, accepted + rejected + duplicates + ignored, accepted,
                rejected, duplicates, 0, report.unmappedFields(), report.ignoredRecords());
    }

    /** Writes a skipped record to the rejects file as soon as it is skipped, so none are held in memory. */
    private static void reject(Path file, SkippedRecord s, RejectsWriter rejects) {
        InputException where = InputException.atRecord(file, s.position(), s.reason());
        try {
            rejects.write(file, where.line(), where.detail(), s.record() == null ? "" : s.record());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the file's digest once the importer has read what it needs. */
    interface Sha256 {
        String get() throws IOException;
    }
}
