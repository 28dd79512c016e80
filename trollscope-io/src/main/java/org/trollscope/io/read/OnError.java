package org.trollscope.io.read;

/** What to do with a malformed row. */
public enum OnError {
    /** Stop at the first malformed row with an {@link InputException} (the default). */
    FAIL,
    /** Write the row and its reason to the rejects file, count it, and go on. */
    SKIP
}
