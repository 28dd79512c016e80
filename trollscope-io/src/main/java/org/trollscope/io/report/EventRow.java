package org.trollscope.io.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A known event and how the operation lines up with it, see events.csv.
 *
 * @param windowEnd end of the window counted (the event's end, or an hour after a moment)
 * @param cues      ids of the cues from an hour before it to the window's end
 * @param blocking  whether organic accounts kept less than the blocked retention of their rate in it
 */
public record EventRow(String label, Instant start, Instant end, Instant windowEnd, long actions,
                       long coordinatedActions, int coordinatedAccounts, List<Integer> cues, boolean blocking) {
    public EventRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        cues = List.copyOf(cues);
    }
}
