package org.trollscope.io.evaluate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trollscope.core.operation.KnownEvent;

/**
 * Reads an events file for {@code detect --events}: CSV with {@code time} and {@code label}, and
 * optionally {@code end} (ISO-8601 UTC); a row without an end is a moment. Errors name file and line.
 */
public final class EventsReader {
    private EventsReader() {
    }

    public static List<KnownEvent> read(Path file) throws IOException {
        NamedTable t = NamedTable.read(file, "time", "label");
        boolean hasEnd = t.has("end");
        List<KnownEvent> events = new ArrayList<>();
        for (NamedCsvRecord r : t.rows()) {
            long start = t.instant(r, "time").toEpochMilli();
            long end = hasEnd && !t.text(r, "end").isBlank() ? t.instant(r, "end").toEpochMilli() : start;
            if (end < start) {
                throw t.error(r, "end is before time");
            }
            events.add(new KnownEvent(t.text(r, "label").strip(), start, end));
        }
        return events;
    }
}
