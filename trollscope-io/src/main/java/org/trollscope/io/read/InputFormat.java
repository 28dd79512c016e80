package org.trollscope.io.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trollscope.io.platform.PlatformImporter;
import org.trollscope.io.platform.PlatformImporters;

/**
 * The layouts trollscope reads: its own actions files, the CooRTweet and Coordination Network
 * Toolkit CSVs, and the platform exports of {@link PlatformImporters}. {@link #AUTO} detects the
 * layout of each file (see {@link FormatDetection}); {@code --format} names one of the others to
 * override detection. A platform format's wire name is its importer's {@link PlatformImporter#id()}.
 */
public enum InputFormat {
    /** Detect from the header (and, for Parquet, the magic bytes; for platform exports, the first 8 KB). */
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
    CNT("cnt"),
    /** Twitter/X API v2 tweets, JSON Lines (twarc2 response pages or flattened tweets). */
    TWITTER_V2_JSONL("twitter-v2-jsonl"),
    /** Twitter/X information-operations archive CSV. */
    TWITTER_IO_ARCHIVE_CSV("twitter-io-archive-csv"),
    /** Telegram Desktop export, {@code result.json}. */
    TELEGRAM_JSON("telegram-json"),
    /** Meta Content Library CSV download (Facebook or Instagram posts). */
    META_CONTENT_LIBRARY_CSV("meta-content-library-csv"),
    /** YouTube Data API commentThreads / comments responses. */
    YOUTUBE_COMMENTS_JSON("youtube-comments-json"),
    /** VKontakte API wall.get / wall.getComments / likes.getList responses. */
    VK_API_JSON("vk-api-json"),
    /** TikTok Research API video and comment responses. */
    TIKTOK_RESEARCH_JSON("tiktok-research-json");

    private final String wireName;

    InputFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name used by {@code --format} and in reports. */
    public String wireName() {
        return wireName;
    }

    /** Whether files of this format are read by a platform importer. */
    public boolean isPlatformExport() {
        return ordinal() >= TWITTER_V2_JSONL.ordinal();
    }

    /**
     * The importer of a platform format.
     *
     * @throws IllegalStateException for trollscope's own formats and {@link #AUTO}
     */
    public PlatformImporter importer() {
        return PlatformImporters.byId(wireName).orElseThrow(
                () -> new IllegalStateException(wireName + " is not a platform export format"));
    }

    /** The platform format whose importer has this id. */
    public static InputFormat ofImporter(PlatformImporter importer) {
        return parse(importer.id());
    }

    /** Every wire name, comma-separated, for messages. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(InputFormat::wireName).collect(Collectors.joining(", "));
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
        throw new IllegalArgumentException("unknown format '" + text + "' (allowed: " + allowedNames() + ")");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
