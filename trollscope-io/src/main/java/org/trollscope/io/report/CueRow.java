package org.trollscope.io.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cue, see cues.csv.
 *
 * @param events labels of the known events it lines up with (from an hour before an event to the
 *               end of its window), in the events' order
 */
public record CueRow(int id, Instant time, Instant end, int accounts, int actions, List<String> targets,
                     List<String> events) {
    public CueRow {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(end, "end");
        targets = List.copyOf(targets);
        events = List.copyOf(events);
    }
}
