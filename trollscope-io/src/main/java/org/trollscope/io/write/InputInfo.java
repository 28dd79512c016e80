package org.trollscope.io.write;

import java.util.List;
import java.util.Objects;

/**
 * Provenance of one input file for run.json.
 *
 * @param sha256 hex digest of the file's bytes
 * @param rows data rows read
 * @param rejected rows rejected by the reader
 * @param rejectExamples the first few reject messages (file, line, reason)
 */
public record InputInfo(String path, String sha256, long rows, long rejected, List<String> rejectExamples) {
    public InputInfo {
        Objects.requireNonNull(path, "path");
        rejectExamples = List.copyOf(rejectExamples);
    }
}
