package org.trollscope.io.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.operation.KnownEvent;

class EventsReaderTest {
    @TempDir
    Path dir;

    @Test
    void aRowWithoutAnEndIsAMoment() throws IOException {
        Path f = dir.resolve("events.csv");
        Files.writeString(f, "time,label,end\n2024-03-04T15:00:00Z,livestream,\n"
                + "2024-03-05T00:00:00Z,block,2024-03-06T00:00:00Z\n");
        long t = Instant.parse("2024-03-04T15:00:00Z").toEpochMilli();
        assertThat(EventsReader.read(f)).containsExactly(new KnownEvent("livestream", t, t),
                new KnownEvent("block", Instant.parse("2024-03-05T00:00:00Z").toEpochMilli(),
                        Instant.parse("2024-03-06T00:00:00Z").toEpochMilli()));
    }

    @Test
    void anEndBeforeTheStartIsAnErrorNamingTheLine() throws IOException {
        Path f = dir.resolve("events.csv");
        Files.writeString(f, "time,label,end\n2024-03-05T00:00:00Z,block,2024-03-04T00:00:00Z\n");
        assertThatThrownBy(() -> EventsReader.read(f)).hasMessageContaining("events.csv:2").hasMessageContaining("end");
        Files.writeString(f, "when,label\n");
        assertThatThrownBy(() -> EventsReader.read(f)).hasMessageContaining("missing column 'time'");
    }
}
