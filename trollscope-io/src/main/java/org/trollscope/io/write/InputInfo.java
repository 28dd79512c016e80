package org.trollscope.io.write;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trollscope.io.read.FileReport;

/**
 * Provenance of one input file for run.json.
 *
 * @param format the format the file was read as (e.g. {@code csv}, {@code telegram-json}), or
 *               {@code null} when not known
 * @param sha256 hex digest of the file's bytes
 * @param rows data rows read
 * @param rejected rows rejected by the reader
 * @param rejectExamples the first few reject messages (file, line, reason)
 * @param unmappedFields source fields the importer could not map, with counts (sorted by name)
 */
public record InputInfo(String path, String format, String sha256, long rows, long rejected,
                        List<String> rejectExamples, Map<String, Long> unmappedFields) {
    public InputInfo {
        Objects.requireNonNull(path, "path");
        rejectExamples = List.copyOf(rejectExamples);
        unmappedFields = Collections.unmodifiableMap(new TreeMap<>(unmappedFields == null ? Map.of() : unmappedFields));
    }

    /** An input of unrecorded format with no unmapped fields. */
    public InputInfo(String path, String sha256, long rows, long rejected, List<String> rejectExamples) {
        this(path, null, sha256, rows, rejected, rejectExamples, Map.of());
    }

    /** The provenance of a file as the reader reported it. */
    public static InputInfo of(FileReport f) {
        return new InputInfo(f.path().toString(), f.format().wireName(), f.sha256(), f.rowsRead(), f.rowsRejected(),
                List.of(), f.unmappedFields());
    }
}
