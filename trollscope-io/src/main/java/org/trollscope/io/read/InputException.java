package org.trollscope.io.read;

import java.nio.file.Path;

/**
 * Bad input: names the file, the line (1-based, counting physical lines, so a quoted newline
 * inside a field moves the count on) and the reason. Line 0 means the problem concerns the whole
 * file (e.g. a missing column).
 */
public final class InputException extends RuntimeException {
    private final transient Path file;
    private final long line;
    private final String reason;

    public InputException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public InputException(Path file, long line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
