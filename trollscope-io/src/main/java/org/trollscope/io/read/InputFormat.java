package org.trollscope.io.read;

import java.util.Locale;

/**
 * The layouts trollscope reads. {@link #AUTO} detects the layout from the file's header (and, for
 * Parquet, its magic bytes); {@code --format} names one of the others to override detection.
 */
public enum InputFormat {
    /** Detect from the header. */
    AUTO("auto"),
    /** trollscope actions file as CSV (see {@link Column}); with a column map, any CSV. */
    CSV("csv"),
    /** trollscope actions file as JSON Lines: one object per line, keys as in {@link Column}. */
    JSONL("jsonl"),
    /** trollscope actions file as Parquet, columns as in {@link Column}. */
    PARQUET("parquet"),
    /** CooRTweet's input: {@code object_id, account_id, content_id, timestamp_share}; every row a share. */
    COORTWEET("coortweet"),
    /**
     * Coordination Network Toolkit CSV: {@code message_id, user_id, username, repost_id, reply_id,
     * message, timestamp, urls} in this order, header optional.
     */
    CNT("cnt");

    private final String wireName;

    InputFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name used by {@code --format} and in reports. */
    public String wireName() {
        return wireName;
    }

    /** Parses a {@code --format} value, case-insensitively. */
    public static InputFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.wireName.equals(t)) {
                return f;
            }
        }
        if (t.equals("trollscope") || t.equals("actions")) {
            return CSV;
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (allowed: auto, csv, jsonl, parquet, coortweet, cnt)");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
