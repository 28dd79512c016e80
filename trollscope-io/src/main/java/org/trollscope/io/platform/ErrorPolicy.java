package org.trollscope.io.platform;

/**
 * What an importer does with a record it cannot read (no author, no time, malformed JSON line,
 * wrong field count): {@link #FAIL} stops at the first one with a {@link PlatformImportException};
 * {@link #SKIP} leaves it out and lists it in the {@link ImportReport}, so nothing disappears unseen.
 */
public enum ErrorPolicy {
    FAIL, SKIP
}
