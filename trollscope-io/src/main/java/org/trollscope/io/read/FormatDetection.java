package org.trollscope.io.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trollscope.io.platform.PlatformImporter;
import org.trollscope.io.platform.PlatformImporters;

/**
 * Tells the format of a (decompressed, non-Parquet) input from its first bytes, for
 * {@code --format auto}.
 *
 * <p>trollscope's own layouts are asked first, so that a platform signature can never capture one
 * of them: a file starting with {@code {} is a trollscope JSON Lines file when its first line is
 * one object with an {@code account_id} or {@code action_type} key (or the keys the column map
 * names for them); any other file is a CSV whose header is matched by {@link CsvLayout#ownFormat}
 * (CooRTweet, Coordination Network Toolkit, trollscope actions). Only then are the platform
 * importers asked in {@link PlatformImporters#all()} order, each looking at the first
 * {@value PlatformImporter#HEAD_BYTES} bytes. When nothing matches, the error names the file, what
 * was found (columns or keys) and every format tried.
 *
 * <p>Cost: parses the first line or CSV record of the head only. Deterministic.
 */
final class FormatDetection {
    private static final JsonFactory JSON = new JsonFactory();

    private FormatDetection() {
    }

    /**
     * The format of a file whose first bytes are {@code head}; never {@link InputFormat#AUTO}.
     *
     * @throws InputException when no format matches
     */
    static InputFormat detect(Path file, byte[] head, ReadOptions options) throws IOException {
        int start = bomLength(head);
        int first = start;
        while (first < head.length && isSpace(head[first])) {
            first++;
        }
        byte[] sniffHead = Arrays.copyOfRange(head, start, Math.min(head.length, start + PlatformImporter.HEAD_BYTES));
        boolean mapped = !options.columnMap().isEmpty();
        String found;
        // what to read the file as when no platform claims it either (null: fail)
        InputFormat fallBack = null;
        if (first < head.length && head[first] == '{') {
            Set<String> keys = firstRecordKeys(head, first);
            if (keys == null) {
                found = "the first line is not a complete JSON object";
                // a line that opens and closes a brace but is not valid JSON: the JSON Lines reader names the fault
                fallBack = firstLineLooksLikeARecord(head, first) ? InputFormat.JSONL : null;
            } else {
                if (keys.contains(options.columnMap().getOrDefault(Column.ACCOUNT_ID, "account_id"))
                        || keys.contains(options.columnMap().getOrDefault(Column.ACTION_TYPE, "action_type"))) {
                    return InputFormat.JSONL;
                }
                found = "keys of the first record: " + String.join(", ", keys);
                fallBack = mapped ? InputFormat.JSONL : null;
            }
        } else if (first < head.length && head[first] == '[') {
            found = "a JSON array";
        } else {
            List<String> columns = firstCsvRecord(file, head);
            InputFormat own = CsvLayout.ownFormat(columns, options);
            if (own != null) {
                return own;
            }
            found = "found columns: " + String.join(", ", columns);
            fallBack = mapped ? InputFormat.CSV : null; // the layout then names the mapped columns missing
        }
        Optional<PlatformImporter> platform = PlatformImporters.detect(file, sniffHead);
        if (platform.isPresent()) {
            return InputFormat.ofImporter(platform.get());
        }
        if (fallBack != null) {
            return fallBack;
        }
        throw new InputException(file, 1, "cannot tell the format (" + found + "). Tried: " + tried()
                + ". Name the format with --format; a CSV without a header needs --format, other layouts --map");
    }

    /** The formats {@link #detect} tries, in order, for the error message. */
    static String tried() {
        List<String> t = new ArrayList<>();
        t.add("trollscope actions file (csv or jsonl with account_id, action_type, created_at, ...)");
        t.add("coortweet (" + String.join(", ", CsvLayout.COORTWEET) + ")");
        t.add("cnt (" + String.join(", ", CsvLayout.CNT) + ")");
        t.add("parquet");
        t.addAll(PlatformImporters.all().stream().map(PlatformImporter::id).collect(Collectors.toList()));
        return String.join(", ", t);
    }

    /** The top-level keys of the object on the first line, or {@code null} if that line is not one whole object. */
    private static Set<String> firstRecordKeys(byte[] head, int start) {
        int end = lineEnd(head, start);
        try (JsonParser p = JSON.createParser(head, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Set<String> keys = new LinkedHashSet<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            return t == JsonToken.END_OBJECT ? keys : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the first line opens and closes an object (a JSON Lines record, perhaps malformed inside). */
    private static boolean firstLineLooksLikeARecord(byte[] head, int start) {
        int end = lineEnd(head, start);
        while (end > start && isSpace(head[end - 1])) {
            end--;
        }
        return end - start > 1 && head[end - 1] == '}';
    }

    private static List<String> firstCsvRecord(Path file, byte[] head) throws IOException {
        CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(head), file, Math.max(16, head.length));
        List<String> names = new ArrayList<>();
        if (r.next()) {
            for (int i = 0; i < r.count(); i++) {
                names.add(r.string(i));
            }
        }
        return names;
    }

    private static int lineEnd(byte[] head, int start) {
        int end = start;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        return end;
    }

    /** 3 when the bytes start with a UTF-8 byte-order mark, else 0. */
    static int bomLength(byte[] head) {
        return head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
