package org.trollscope.io.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Reads a trollscope actions file in JSON Lines: one JSON object per line, keys as the
 * {@link Column} names (or renamed by the column map), unknown keys and nested objects ignored.
 * Lists may be JSON arrays or space-separated strings; numbers are taken as written (epoch
 * timestamps). Each line is parsed on its own with Jackson's streaming parser, so an error names
 * its line and a bad line can be skipped. Cost: one pass; a {@code String} per value.
 */
final class JsonLinesSource {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Column> keys = new HashMap<>();
    private final ActionBinder.TypeRule typeRule;
    private final String createdAtName;

    JsonLinesSource(ReadOptions options) {

        for (Column c : Column.values()) {
            keys.put(options.columnMap().getOrDefault(c, c.wireName()), c);
        }
        boolean inferType = !options.columnMap().isEmpty() && !options.columnMap().containsKey(Column.ACTION_TYPE);
        this.typeRule = inferType ? ActionBinder.TypeRule.SHARE_IF_TARGET : ActionBinder.TypeRule.COLUMN;
        this.createdAtName = options.columnMap().getOrDefault(Column.CREATED_AT, "created_at");
    }

    void read(InputStream in, FileIngest ingest, ActivityLogBuilder builder, TimestampParser time) throws IOException {
        int[] identity = new int[Column.values().length];
        Arrays.setAll(identity, i -> i);
        ActionBinder binder = new ActionBinder(builder, time, identity, -1, typeRule, null, createdAtName);
        RowFields fields = new RowFields(identity.length);
        byte[] buf = new byte[1 << 16];
        int len = 0;
        long line = 0;
        boolean eof = false;
        int lineStart = 0;
        while (true) {
            int nl = -1;
            for (int i = lineStart; i < len; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0 && !eof) {
                System.arraycopy(buf, lineStart, buf, 0, len - lineStart);
                len -= lineStart;
                lineStart = 0;
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
                continue;
            }
            int end = nl < 0 ? len : nl;
            if (nl < 0 && lineStart >= len) {
                ingest.flush(binder);
                return;
            }
            line++;
            int s = lineStart;
            if (line == 1 && end - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB && buf[s + 2] == (byte) 0xBF) {
                s += 3;
            }
            int e = end > s && buf[end - 1] == '\r' ? end - 1 : end;
            lineStart = nl < 0 ? len : nl + 1;
            if (isBlank(buf, s, e)) {
                continue;
            }
            String problem = parse(buf, s, e, fields);
            final int rs = s;
            final int re = e;
            final byte[] rb = buf;
            ingest.row(binder, fields, line, problem, () -> new String(rb, rs, re - rs, StandardCharsets.UTF_8));
        }
    }

    /** Fills the fields from one JSON object; returns why the line is malformed, or {@code null}. */
    private String parse(byte[] buf, int s, int e, RowFields fields) {
        fields.clear();
        List<String> found = new ArrayList<>();
        try (JsonParser p = JSON.createParser(buf, s, e - s)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                found.add(key);
                JsonToken v = p.nextToken();
                Column c = keys.get(key);
                if (v == JsonToken.START_OBJECT) {
                    p.skipChildren();
                } else if (v == JsonToken.START_ARRAY) {
                    StringBuilder sb = new StringBuilder();
                    JsonToken item;
                    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (item == JsonToken.START_OBJECT || item == JsonToken.START_ARRAY) {
                            p.skipChildren();
                        } else if (item != JsonToken.VALUE_NULL) {
                            if (sb.length() > 0) {
                                sb.append(' ');
                            }
                            sb.append(p.getText());
                        }
                    }
                    if (c != null) {
                        fields.set(c.ordinal(), sb.toString());
                    }
                } else if (c != null && v != JsonToken.VALUE_NULL) {
                    fields.set(c.ordinal(), p.getText());
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return "malformed JSON object";
            }
            if (p.nextToken() != null) {
                return "more than one JSON value on the line";
            }
        } catch (JsonProcessingException ex) {
            return "invalid JSON: " + ex.getOriginalMessage();
        } catch (IOException ex) {
            return "invalid JSON: " + ex.getMessage();
        }
        for (Column c : Column.values()) {
            boolean required = c.required() && !(c == Column.ACTION_TYPE && typeRule != ActionBinder.TypeRule.COLUMN);
            if (required && fields.isEmpty(c.ordinal())) {
                String key = c == Column.CREATED_AT ? createdAtName : c.wireName();
                return "missing required field " + key + " (found keys: " + String.join(", ", found) + ")";
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
