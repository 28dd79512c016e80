package org.trollscope.io.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes RFC 4180 CSV in UTF-8 with {@code \n} line ends: a field is quoted when it holds a comma,
 * a quote, a line break or leading/trailing spaces, and quotes inside are doubled. {@code null}
 * is written as an empty field. Every output table of trollscope goes through here, so the files
 * read back identically in R, pandas, DuckDB and spreadsheets.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;
    private boolean firstField = true;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Opens a file for writing (replacing it). */
    public static CsvWriter open(Path file) throws IOException {
        return new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    public static CsvWriter of(OutputStream out) {
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes a whole row. */
    public CsvWriter row(Object... fields) throws IOException {
        for (Object f : fields) {
            field(f);
        }
        return endRow();
    }

    /** Writes one field of the current row; numbers and booleans as {@code toString()}. */
    public CsvWriter field(Object value) throws IOException {
        if (!firstField) {
            out.write(',');
        }
        firstField = false;
        if (value == null) {
            return this;
        }
        String s = value.toString();
        if (needsQuotes(s)) {
            out.write('"');
            out.write(s.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(s);
        }
        return this;
    }

    public CsvWriter field(long value) throws IOException {
        if (!firstField) {
            out.write(',');
        }
        firstField = false;
        out.write(Long.toString(value));
        return this;
    }

    public CsvWriter endRow() throws IOException {
        out.write('\n');
        firstField = true;
        return this;
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
