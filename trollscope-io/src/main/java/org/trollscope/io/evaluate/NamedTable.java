package org.trollscope.io.evaluate;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV table with a header, read whole (labels, a result's accounts, cues): checks the
 * required columns and turns every problem into an error naming the file, the line and the reason.
 */
final class NamedTable {
    private final Path file;
    private final List<String> header;
    private final List<NamedCsvRecord> rows;

    private NamedTable(Path file, List<String> header, List<NamedCsvRecord> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static NamedTable read(Path file, String... required) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        List<NamedCsvRecord> rows = new ArrayList<>();
        List<String> header = List.of();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : reader) {
                rows.add(r);
            }
        } catch (CsvParseException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            throw new IOException(file + ": " + reason, e);
        }
        if (!rows.isEmpty()) {
            header = rows.get(0).getHeader();
        } else {
            header = firstLine(file);
        }
        NamedTable t = new NamedTable(file, header, rows);
        for (String column : required) {
            if (!t.has(column)) {
                throw new IOException(file + ": missing column '" + column + "' (found: " + String.join(", ", header) + ")");
            }
        }
        return t;
    }

    private static List<String> firstLine(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true)
                .ofCsvRecord(file)) {
            for (CsvRecord r : reader) {
                return r.getFields();
            }
        }
        return List.of();
    }

    boolean has(String column) {
        return header.contains(column);
    }

    List<NamedCsvRecord> rows() {
        return rows;
    }

    String text(NamedCsvRecord r, String column) {
        return r.getField(column);
    }

    boolean bool(NamedCsvRecord r, String column) throws IOException {
        String v = r.getField(column).strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "true": case "1": case "yes":
                return true;
            case "false": case "0": case "no": case "":
                return false;
            default:
                throw error(r, column + " must be true or false, was '" + r.getField(column) + "'");
        }
    }

    Instant instant(NamedCsvRecord r, String column) throws IOException {
        String v = r.getField(column).strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw error(r, column + " must be an ISO-8601 UTC time like 2024-03-04T06:54:31.442Z, was '" + v + "'");
        }
    }

    IOException error(NamedCsvRecord r, String reason) {
        return new IOException(file + ":" + r.getStartingLineNumber() + ": " + reason);
    }

    Path file() {
        return file;
    }
}
