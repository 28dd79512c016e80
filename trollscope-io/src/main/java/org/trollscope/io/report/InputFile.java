package org.trollscope.io.report;

import java.util.Objects;

/**
 * One analysed input: its name as given, the number of rows read, and the SHA-256 of its bytes
 * (lower-case hex) so a reader of the report can check they hold the same file.
 */
public record InputFile(String name, long rows, String sha256) {
    public InputFile {
        Objects.requireNonNull(name, "name");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, was " + rows);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256);
        }
    }
}
