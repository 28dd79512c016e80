package org.trollscope.io.read;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one input file found.
 *
 * @param sha256 lower-case hex digest of the file's bytes as stored (compressed files: of the
 *               compressed bytes)
 * @param format the format the file was read as (detected, or named by {@code --format})
 * @param rowsRead data rows seen (header excluded); for a platform export, records seen: actions
 *                 made (kept or dropped as repeats), records rejected and records not imported
 * @param rowsAccepted rows (for a platform export: actions) stored in the log
 * @param rowsRejected malformed rows or unreadable records written to the rejects file
 * @param duplicateActionIds rows dropped because their action id repeated an earlier row's
 * @param repeatedIdsKept rows kept although their id repeated (formats whose ids are not unique,
 *                        e.g. CooRTweet's content_id)
 * @param unmappedFields source fields present but not mapped into the model, with how often they
 *                       occurred (platform exports; sorted by name)
 * @param ignoredRecords readable records deliberately not imported, per reason (e.g. Telegram
 *                       service messages; sorted by reason)
 */
public record FileReport(Path path, String sha256, InputFormat format, long rowsRead, long rowsAccepted,
                         long rowsRejected, long duplicateActionIds, long repeatedIdsKept,
                         Map<String, Long> unmappedFields, Map<String, Long> ignoredRecords) {
    public FileReport {
        unmappedFields = Collections.unmodifiableMap(new TreeMap<>(unmappedFields == null ? Map.of() : unmappedFields));
        ignoredRecords = Collections.unmodifiableMap(new TreeMap<>(ignoredRecords == null ? Map.of() : ignoredRecords));
    }

    /** A report of a format that maps every field it reads and imports every record. */
    public FileReport(Path path, String sha256, InputFormat format, long rowsRead, long rowsAccepted,
                      long rowsRejected, long duplicateActionIds, long repeatedIdsKept) {
        this(path, sha256, format, rowsRead, rowsAccepted, rowsRejected, duplicateActionIds, repeatedIdsKept,
                Map.of(), Map.of());
    }

    /** Records not imported, summed over the reasons. */
    public long rowsIgnored() {
        return ignoredRecords.values().stream().mapToLong(Long::longValue).sum();
    }
}
