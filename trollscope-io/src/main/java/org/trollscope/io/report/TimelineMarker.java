package org.trollscope.io.report;

import java.time.Instant;
import java.util.Objects;

/** A labelled vertical line on the timelines. */
public record TimelineMarker(Instant time, MarkerKind kind, String label) {
    public TimelineMarker {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
