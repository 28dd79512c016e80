package org.trollscope.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampParserTest {
    private final TimestampParser utc = new TimestampParser(ZoneOffset.UTC);

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void isoWithZOrAnOffsetIsAnInstant() {
        assertThat(utc.parse("2021-06-16T20:04:51Z")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        assertThat(utc.parse("2021-06-16T22:04:51+02:00")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        assertThat(utc.parse("2021-06-16T22:04:51+0200")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        assertThat(utc.parse("2021-06-16T17:04:51-03")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        assertThat(utc.parse("2021-06-16 20:04:51 UTC")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        assertThat(utc.parse("2021-06-16T20:04:51.123456Z")).isEqualTo(ms("2021-06-16T20:04:51.123Z"));
        assertThat(utc.parse("2021-06-16T20:04Z")).isEqualTo(ms("2021-06-16T20:04:00Z"));
    }

    @Test
    void aTimestampWithoutZoneIsUtcUnlessATimezoneIsGiven() {
        assertThat(utc.parse("2021-06-16 20:04:51")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        // Moscow is UTC+3 all year since 2014
        TimestampParser moscow = new TimestampParser(ZoneId.of("Europe/Moscow"));
        assertThat(moscow.parse("2021-06-16 23:04:51")).isEqualTo(ms("2021-06-16T20:04:51Z"));
        // an explicit offset wins over the configured zone
        assertThat(moscow.parse("2021-06-16T20:04:51Z")).isEqualTo(ms("2021-06-16T20:04:51Z"));
    }

    @Test
    void epochSecondsAndMillisecondsAreToldApartByMagnitude() {
        assertThat(utc.parse("1623881091")).isEqualTo(1_623_881_091_000L);
        assertThat(utc.parse("1623881091000")).isEqualTo(1_623_881_091_000L);
        assertThat(utc.parse("1623881091.25")).isEqualTo(1_623_881_091_250L);
        // 99,999,999,999 is still seconds (year 5138); 100,000,000,000 is milliseconds (1973)
        assertThat(utc.parse("99999999999")).isEqualTo(99_999_999_999_000L);
        assertThat(utc.parse("100000000000")).isEqualTo(100_000_000_000L);
        assertThat(utc.parse(" 0 ")).isZero();
    }

    @Test
    void malformedOrImpossibleDatesAreInvalid() {
        for (String bad : new String[] {"", "yesterday", "2021-02-30 10:00:00", "2021-13-01T00:00:00Z",
                "2021-06-16T25:00:00Z", "2021-06-16T20:04:51+2", "16/06/2021", "1623881091x", "12.", "2021-06-16Tfoo"}) {
            assertThat(utc.parse(bad)).as(bad).isEqualTo(TimestampParser.INVALID);
        }
        assertThat(utc.parse("2024-02-29")).isEqualTo(ms("2024-02-29T00:00:00Z")); // leap year
    }
}
