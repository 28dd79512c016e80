package org.trollscope.io.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading found: one {@link FileReport} per input file in the order given, the accounts file
 * if any, and where rejected rows were written.
 *
 * @param accounts the accounts file's report (rows = account records), or {@code null}
 * @param rejectsFile the rejects file, or {@code null} when no row was rejected
 */
public record ReadReport(List<FileReport> inputs, FileReport accounts, Path rejectsFile) {
    public ReadReport {
        inputs = List.copyOf(inputs);
    }

    public long rowsRead() {
        return inputs.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long rowsAccepted() {
        return inputs.stream().mapToLong(FileReport::rowsAccepted).sum();
    }

    /** Rejected rows of the inputs and of the accounts file. */
    public long rowsRejected() {
        return inputs.stream().mapToLong(FileReport::rowsRejected).sum()
                + (accounts == null ? 0 : accounts.rowsRejected());
    }

    public long duplicateActionIds() {
        return inputs.stream().mapToLong(FileReport::duplicateActionIds).sum();
    }

    public long repeatedIdsKept() {
        return inputs.stream().mapToLong(FileReport::repeatedIdsKept).sum();
    }
}
