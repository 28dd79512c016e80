package org.trollscope.io.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Splits a JSON input into records and hands each to a handler as a small tree, so memory is
 * bounded by the largest record, not the file. Accepted layouts:
 * <ul>
 *   <li>JSON Lines: one value per line; a malformed line is reported at its line number and the
 *       next line is read (each line is parsed alone);</li>
 *   <li>a JSON document: one or more root values; a root array is streamed element by element
 *       (position {@code line L, [i]}), a root object is one record.</li>
 * </ul>
 * The layout is chosen from the first line: if it holds one whole object (opening and closing
 * brace) and more follows, the input is JSON Lines. A malformed document cannot be resynchronised, so its first
 * error ends the read (reported with line and reason).
 */
final class JsonRecords {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** Receives one record. */
    interface Handler {
        void record(JsonNode node, String position) throws IOException;
    }

    private JsonRecords() {
    }

    static void read(InputStream in, String source, ImportReport report, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int limit = 1 << 20;
        reader.mark(limit);
        String first = firstLine(reader, limit);
        boolean lines = first != null && looksLikeOneRecord(first.strip()) && reader.read() >= 0;
        reader.reset();
        if (lines) {
            readLines(reader, source, report, handler);
        } else {
            readDocument(reader, source, report, handler);
        }
    }

    private static String firstLine(BufferedReader reader, int limit) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0) {
            if (c == '\n') {
                return sb.toString();
            }
            if (sb.length() >= limit - 2) {
                return null;
            }
            sb.append((char) c);
        }
        return null; // no line end: a single-line document
    }

    /**
     * A complete object, or one that opens and closes on this line but is malformed inside (a
     * pretty-printed document's first line is a lone brace or bracket instead).
     */
    private static boolean looksLikeOneRecord(String line) {
        return line.length() > 1 && line.startsWith("{") && (line.endsWith("}") || isCompleteValue(line));
    }

    private static boolean isCompleteValue(String line) {
        try (JsonParser p = MAPPER.createParser(line)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readLines(BufferedReader reader, String source, ImportReport report, Handler handler)
            throws IOException {
        String line;
        long n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                report.skip(source, "line " + n, "malformed JSON: " + e.getOriginalMessage(), line);
                continue;
            }
            handler.record(node, "line " + n);
        }
    }

    private static void readDocument(Reader reader, String source, ImportReport report, Handler handler)
            throws IOException {
        try (JsonParser p = MAPPER.createParser(reader)) {
            JsonToken t;
            while ((t = next(p, source, report)) != null) {
                long line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_ARRAY) {
                    int i = 0;
                    while ((t = next(p, source, report)) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            return;
                        }
                        long at = p.currentTokenLocation().getLineNr();
                        JsonNode node = tree(p, source, report);
                        if (node == null) {
                            return;
                        }
                        handler.record(node, "line " + at + ", [" + i++ + "]");
                    }
                } else {
                    JsonNode node = tree(p, source, report);
                    if (node == null) {
                        return;
                    }
                    handler.record(node, "line " + line);
                }
            }
        }
    }

    private static JsonToken next(JsonParser p, String source, ImportReport report) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            report.skip(source, lineOf(e),
                    "malformed JSON, rest of the file not read: " + e.getOriginalMessage());
            return null;
        }
    }

    private static JsonNode tree(JsonParser p, String source, ImportReport report) throws IOException {
        try {
            return p.readValueAsTree();
        } catch (JsonProcessingException e) {
            report.skip(source, lineOf(e),
                    "malformed JSON, rest of the file not read: " + e.getOriginalMessage());
            return null;
        }
    }

    private static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? "end of input" : "line " + e.getLocation().getLineNr();
    }

    /** A field's text, or {@code null} when absent, JSON null, or empty. Numbers give their digits. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isEmpty() ? null : s;
    }

    /** The text at a path of fields, or {@code null}. */
    static String text(JsonNode node, String... path) {
        JsonNode v = node;
        for (int i = 0; i < path.length - 1 && v != null; i++) {
            v = v.get(path[i]);
        }
        return text(v, path[path.length - 1]);
    }

    /** Decodes the head bytes for sniffing (malformed tails are replaced, not fatal). */
    static String head(byte[] head) {
        return head == null ? "" : new String(head, StandardCharsets.UTF_8);
    }
}
