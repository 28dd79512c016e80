package org.trollscope.io.read;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read the inputs.
 *
 * @param format the layout, or {@link InputFormat#AUTO} to detect it from each file's header
 * @param columnMap trollscope column name → the input's column name (e.g. {@code account_id → user});
 *                  columns not mapped are looked up under their own names
 * @param timezone the zone of timestamps written without an offset ({@code YYYY-MM-DD HH:MM:SS})
 * @param onError stop at the first malformed row, or skip and record it
 * @param rejects where skipped rows go (created only when a row is rejected); {@code null} means
 *                {@code rejects.csv} in the working directory
 */
public record ReadOptions(InputFormat format, Map<Column, String> columnMap, ZoneId timezone, OnError onError,
                          Path rejects) {
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(onError, "onError");
        columnMap = Map.copyOf(columnMap == null ? Map.of() : columnMap);
        if (!columnMap.isEmpty() && format != InputFormat.AUTO && format != InputFormat.CSV
                && format != InputFormat.JSONL && format != InputFormat.PARQUET) {
            throw new IllegalArgumentException("a column map applies to csv, jsonl and parquet inputs, not to " + format);
        }
    }

    /** Auto-detected format, no map, UTC, fail on the first bad row. */
    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, Map.of(), ZoneOffset.UTC, OnError.FAIL, null);
    }

    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(f, columnMap, timezone, onError, rejects);
    }

    public ReadOptions withColumnMap(Map<Column, String> map) {
        return new ReadOptions(format, map, timezone, onError, rejects);
    }

    public ReadOptions withTimezone(ZoneId zone) {
        return new ReadOptions(format, columnMap, zone, onError, rejects);
    }

    public ReadOptions withOnError(OnError policy, Path rejectsFile) {
        return new ReadOptions(format, columnMap, timezone, policy, rejectsFile);
    }

    /** The rejects file to write. */
    public Path rejectsFile() {
        return rejects != null ? rejects : Path.of("rejects.csv");
    }

    /**
     * Parses {@code account_id=user,created_at=time}: trollscope column = input column.
     *
     * @throws IllegalArgumentException naming an unknown trollscope column and the known ones
     */
    public static Map<Column, String> parseColumnMap(String spec) {
        Map<Column, String> m = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("bad column mapping '" + part.strip()
                        + "' (expected trollscope_column=input_column, e.g. account_id=user)");
            }
            String key = part.substring(0, eq).strip();
            Column c = Column.ofWireName(key);
            if (c == null) {
                throw new IllegalArgumentException("unknown column '" + key + "' in --map (known: "
                        + String.join(", ", Arrays.stream(Column.values()).map(Column::wireName).toList()) + ")");
            }
            m.put(c, part.substring(eq + 1).strip());
        }
        return m;
    }
}
