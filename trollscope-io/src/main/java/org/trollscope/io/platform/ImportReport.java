package org.trollscope.io.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did besides adding actions: actions per platform, source fields that were present
 * but have no place in the model (counted per field, e.g. {@code entities.mentions}), records
 * deliberately not turned into actions (e.g. Telegram service messages, counted per reason), and
 * records that could not be read (each with file, position and reason; see {@link ErrorPolicy}).
 *
 * <p>One report may collect several files of several formats. Maps are sorted by key so a printed
 * report is the same on every run. Not thread-safe.
 */
public final class ImportReport {
    /** Receives each record skipped under {@link ErrorPolicy#SKIP} as soon as it is skipped. */
    public interface SkipListener {
        void skipped(SkippedRecord record);
    }

    private final ErrorPolicy policy;
    private final SkipListener listener;
    private long skippedCount;
    private final Map<String, Long> actionsByPlatform = new TreeMap<>();
    private final Map<String, Long> unmapped = new TreeMap<>();
    private final Map<String, Long> ignored = new TreeMap<>();
    private final List<SkippedRecord> skipped = new ArrayList<>();
    private long duplicates;

    public ImportReport(ErrorPolicy policy) {
        this(policy, null);
    }

    /**
     * A report that hands skipped records to {@code listener} instead of keeping them, so that an
     * export with many bad records is still read in bounded memory ({@link #skippedRecords()} then
     * stays empty; {@link #skippedCount()} counts them).
     */
    public ImportReport(ErrorPolicy policy, SkipListener listener) {
        this.policy = policy;
        this.listener = listener;
    }

    public ErrorPolicy policy() {
        return policy;
    }

    /** Counts one action added for the platform (only actions the builder kept). */
    public void action(String platform) {
        actionsByPlatform.merge(platform, 1L, Long::sum);
    }

    /** Counts one action the builder dropped because its id repeated an earlier one. */
    public void duplicate() {
        duplicates++;
    }

    /** Counts a source field that was present but not mapped. */
    public void unmapped(String field) {
        unmapped.merge(field, 1L, Long::sum);
    }

    /** Counts a record that is readable but is not an action (the reason says which kind). */
    public void ignored(String reason) {
        ignored.merge(reason, 1L, Long::sum);
    }

    /**
     * Reports a record that could not be read: throws under {@link ErrorPolicy#FAIL}, records it
     * under {@link ErrorPolicy#SKIP}.
     */
    public void skip(String source, String position, String reason) throws PlatformImportException {
        skip(source, position, reason, (String) null);
    }

    /** {@link #skip(String, String, String)} keeping the record itself (compact JSON) for the rejects file. */
    public void skip(String source, String position, String reason, JsonNode record) throws PlatformImportException {
        skip(source, position, reason, record == null || record.isMissingNode() ? null : record.toString());
    }

    /** {@link #skip(String, String, String)} keeping the record as it stood in the input. */
    public void skip(String source, String position, String reason, String record) throws PlatformImportException {
        SkippedRecord r = new SkippedRecord(source, position, reason, record);
        if (policy == ErrorPolicy.FAIL) {
            throw new PlatformImportException(r);
        }
        skippedCount++;
        if (listener != null) {
            listener.skipped(r);
        } else {
            skipped.add(r);
        }
    }

    public Map<String, Long> actionsByPlatform() {
        return Collections.unmodifiableMap(actionsByPlatform);
    }

    public long actions() {
        return actionsByPlatform.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> unmappedFields() {
        return Collections.unmodifiableMap(unmapped);
    }

    public Map<String, Long> ignoredRecords() {
        return Collections.unmodifiableMap(ignored);
    }

    /** The records skipped, when no {@link SkipListener} was given. */
    public List<SkippedRecord> skippedRecords() {
        return Collections.unmodifiableList(skipped);
    }

    /** Records skipped, whether kept or handed to the listener. */
    public long skippedCount() {
        return skippedCount;
    }

    public long duplicateActions() {
        return duplicates;
    }
}
