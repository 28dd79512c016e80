package org.trollscope.io.platform;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streams an RFC 4180 CSV with a header row (UTF-8, BOM tolerated), one record at a time. A row
 * whose field count differs from the header's is reported (line number, expected and found count)
 * and not passed on. Column lookup is by lower-cased header name.
 */
final class CsvRows {
    /** One data row. */
    interface Row {
        /** The value of a column, or {@code null} if the column is absent or the value empty. */
        String get(String column);

        long line();

        /** The row re-encoded as one CSV line (RFC 4180 quoting), for the rejects file. */
        String raw();
    }

    /** Receives one row. */
    interface Handler {
        void row(Row row) throws IOException;
    }

    private CsvRows() {
    }

    /** Returns the header (lower-cased) after handing every well-formed row to the handler. */
    static List<String> read(InputStream in, String source, ImportReport report, Handler handler) throws IOException {
        CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(true).skipEmptyLines(true)
                .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
        Iterator<CsvRecord> it = reader.iterator();
        try {
            if (!it.hasNext()) {
                return List.of();
            }
            List<String> header = it.next().getFields().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i), i);
            }
            while (it.hasNext()) {
                CsvRecord r = it.next();
                if (r.getFieldCount() != header.size()) {
                    report.skip(source, "line " + r.getStartingLineNumber(),
                            "expected " + header.size() + " fields, found " + r.getFieldCount(), raw(r));
                    continue;
                }
                handler.row(new Row() {
                    @Override
                    public String get(String column) {
                        Integer i = index.get(column);
                        if (i == null) {
                            return null;
                        }
                        String v = r.getField(i);
                        return v.isEmpty() ? null : v;
                    }

                    @Override
                    public long line() {
                        return r.getStartingLineNumber();
                    }

                    @Override
                    public String raw() {
                        return CsvRows.raw(r);
                    }
                });
            }
            return header;
        } catch (CsvParseException e) {
            report.skip(source, "near " + e.getMessage(), "malformed CSV, rest of the file not read");
            return List.of();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String raw(CsvRecord r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.getFieldCount(); i++) {
            String f = r.getField(i);
            if (i > 0) {
                sb.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** The lower-cased header names found in the first line of the head bytes. */
    static List<String> header(byte[] head) {
        String h = JsonRecords.head(head);
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1);
        }
        int end = h.indexOf('\n');
        String first = end < 0 ? h : h.substring(0, end);
        try {
            CsvRecord r = CsvReader.builder().ofSingleCsvRecord(first.strip());
            return r.getFields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Splits a list cell as the archives write it: {@code [a, b]}, {@code ['a', 'b']} or
     * {@code a,b}; quotes and whitespace around items are removed, empty items dropped.
     */
    static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        String s = cell.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        ArrayList<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.strip();
            if (p.length() >= 2 && (p.charAt(0) == '\'' || p.charAt(0) == '"') && p.charAt(p.length() - 1) == p.charAt(0)) {
                p = p.substring(1, p.length() - 1).strip();
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
