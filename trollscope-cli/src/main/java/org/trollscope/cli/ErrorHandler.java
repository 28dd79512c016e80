package org.trollscope.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on stderr and exit code 1 instead of a stack trace: a
 * researcher needs "file, line, reason", not Java internals. {@code TROLLSCOPE_DEBUG=1} shows the
 * stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("trollscope: error: " + message(ex));
        if ("1".equals(System.getenv("TROLLSCOPE_DEBUG"))) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }

    private static String message(Throwable t) {
        if (t instanceof NoSuchFileException) {
            return "no such file: " + ((NoSuchFileException) t).getFile();
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) t).getFile();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return m;
    }
}
