package org.trollscope.io.read;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad input: names the file, the line (1-based, counting physical lines, so a quoted newline
 * inside a field moves the count on) and the reason. Line 0 means the problem concerns the whole
 * file (e.g. a missing column). Records of platform exports are named by the importer's position,
 * which may add a JSON path to the line ({@code line 40, messages[3] (message 17)}).
 */
public final class InputException extends RuntimeException {
    private static final Pattern LINE = Pattern.compile("^line (\\d+)(?:, )?(.*)$", Pattern.DOTALL);

    private final transient Path file;
    private final long line;
    private final String position;
    private final String reason;

    public InputException(Path file, long line, String reason) {
        this(file, line, line > 0 ? "line " + line : "", reason,
                file + (line > 0 ? ":" + line : "") + ": " + reason);
    }

    public InputException(Path file, long line, String reason, Throwable cause) {
        this(file, line, reason);
        initCause(cause);
    }

    private InputException(Path file, long line, String position, String reason, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.position = position;
        this.reason = reason;
    }

    /**
     * A bad record at an importer's position: {@code file:40: messages[3] (message 17): reason} for
     * {@code line 40, messages[3] (message 17)}, {@code file: end of input: reason} for a position
     * without a line.
     */
    public static InputException atRecord(Path file, String position, String reason) {
        long line = lineOf(position);
        String rest = line > 0 ? LINE.matcher(position).replaceFirst("$2") : position;
        String message = file + (line > 0 ? ":" + line : "") + ": " + (rest.isEmpty() ? "" : rest + ": ") + reason;
        return new InputException(file, line, position, reason, message);
    }

    /** The line number a position starts with ({@code line 12, ...}), or 0. */
    static long lineOf(String position) {
        Matcher m = LINE.matcher(position);
        if (!m.matches()) {
            return 0;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** Where in the file: {@code line 12}, or a platform importer's position; empty for the whole file. */
    public String position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    /** The reason, preceded by what the position adds to the line (e.g. {@code messages[3]: reason}). */
    public String detail() {
        String rest = line > 0 ? LINE.matcher(position).replaceFirst("$2") : position;
        return rest.isEmpty() ? reason : rest + ": " + reason;
    }
}
