package org.trollscope.io.platform;

import java.io.IOException;

/** A record an importer could not read, under {@link ErrorPolicy#FAIL}: names file, position and reason. */
public final class PlatformImportException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient SkippedRecord record;

    public PlatformImportException(SkippedRecord record) {
        super(record.toString());
        this.record = record;
    }

    public PlatformImportException(SkippedRecord record, Throwable cause) {
        super(record.toString(), cause);
        this.record = record;
    }

    public String source() {
        return record.source();
    }

    public String position() {
        return record.position();
    }

    public String reason() {
        return record.reason();
    }
}
