package org.trollscope.io.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtcMillisFormatTest {
    @Test
    void formatsLikeTheIsoFormatterAcrossDaysAndBeforeTheEpoch() {
        UtcMillisFormat f = new UtcMillisFormat();
        assertThat(f.format(0)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(f.format(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(f.format(Instant.parse("2024-03-04T06:54:31.442Z").toEpochMilli())).isEqualTo("2024-03-04T06:54:31.442Z");
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long t = rng.nextLong(-2_000_000_000_000L, 4_000_000_000_000L);
            assertThat(f.format(t)).isEqualTo(SimulationWriter.TIME.format(Instant.ofEpochMilli(t)));
        }
    }
}
