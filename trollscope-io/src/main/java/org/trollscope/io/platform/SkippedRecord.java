package org.trollscope.io.platform;

/**
 * A record left out under {@link ErrorPolicy#SKIP}.
 *
 * @param source the file (or stream name) it came from
 * @param position where it is: {@code line 12} for JSON Lines and CSV, {@code line 40, messages[3]}
 *                 or a JSON path for JSON documents
 * @param reason why it was left out, in words
 * @param record the record as read (compact JSON, or the CSV row), or {@code null} when the input
 *               could not be parsed that far
 */
public record SkippedRecord(String source, String position, String reason, String record) {
    public SkippedRecord(String source, String position, String reason) {
        this(source, position, reason, null);
    }

    @Override
    public String toString() {
        return source + ": " + position + ": " + reason;
    }
}
