package org.trollscope.io.read;

/** A malformed row, with its reason; cheap to throw (no stack trace), caught by the reading loop. */
final class RowRejectedException extends Exception {
    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
