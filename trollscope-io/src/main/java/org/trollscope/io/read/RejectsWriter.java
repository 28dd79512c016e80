package org.trollscope.io.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trollscope.io.csv.CsvWriter;

/**
 * Writes rejected rows to a CSV file with the columns {@code file, line, reason, row} (the row as
 * it stood in the input). The file is created at the first rejected row, so a clean read leaves
 * none behind.
 */
final class RejectsWriter implements Closeable {
    private final Path path;
    private CsvWriter out;
    private long rows;

    RejectsWriter(Path path) {
        this.path = path;
    }

    void write(Path file, long line, String reason, String raw) throws IOException {
        if (out == null) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = CsvWriter.open(path);
            out.row("file", "line", "reason", "row");
        }
        out.row(file.toString(), line, reason, raw);
        rows++;
    }

    /** The file written, or {@code null} if nothing was rejected. */
    Path pathIfWritten() {
        return out == null ? null : path;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
