package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2023-03-01T10:00:00.000Z, 2023-03-01T10:00:00Z",
        "2024-03-10T10:00:05+02:00, 2024-03-10T08:00:05Z",
        "2024-01-15T08:30:00+0000, 2024-01-15T08:30:00Z",
        "2024-01-15T08:30:00-0130, 2024-01-15T10:00:00Z",
        "2023-11-15T00:20:00, 2023-11-15T00:20:00Z",
        "2019-05-01 12:00, 2019-05-01T12:00:00Z",
        "2024-01-15 08:32:00, 2024-01-15T08:32:00Z",
        "2014-04-19, 2014-04-19T00:00:00Z",
        "1700000000, 2023-11-14T22:13:20Z",
        "1700000000123, 2023-11-14T22:13:20.123Z",
    })
    void everyAcceptedFormReadsAsTheSameUtcInstant(String value, String expected) {
        assertThat(Timestamps.parse(value)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void zonelessValuesAreRecognised() {
        assertThat(Timestamps.isZoneless("2023-11-15T00:20:00")).isTrue();
        assertThat(Timestamps.isZoneless("2023-11-15T00:20:00Z")).isFalse();
        assertThat(Timestamps.isZoneless("2023-11-15T00:20:00-05:00")).isFalse();
    }

    @Test
    void anUnreadableTimeNamesTheValue() {
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).hasMessage("unreadable time 'yesterday'");
    }
}
