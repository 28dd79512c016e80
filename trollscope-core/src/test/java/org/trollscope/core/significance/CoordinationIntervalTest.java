package org.trollscope.core.significance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationIntervalTest {
    @Test
    void theMedianTimeToHalfOfTheActionsAmongTheQuickestObjects() {
        // 10 objects; q = 0.3 takes the 3 with the quickest second action: A (2 s), B (5 s), C (8 s).
        // Time to half of their actions (p = 0.5 → action ceil(0.5·n)): A 4 actions → 2nd at 2 s;
        // B 3 actions → 2nd at 5 s; C 6 actions → 3rd at 30 s. Median of 2, 5, 30 = 5 s.
        List<long[]> objects = new ArrayList<>();
        objects.add(s(0, 2, 100, 200));      // A
        objects.add(s(10, 15, 40));          // B
        objects.add(s(0, 8, 30, 31, 32, 33)); // C
        for (int k = 0; k < 7; k++) {
            objects.add(s(0, 600 + k, 1200));  // slow objects
        }
        objects.add(s(5)); // a single action says nothing
        assertThat(CoordinationInterval.estimate(objects, 0.3, 0.5)).contains(Duration.ofSeconds(5));
    }

    @Test
    void inputOrderOfTimesDoesNotMatterAndNoPairsGiveNoEstimate() {
        List<long[]> objects = List.of(s(40, 10, 15));
        assertThat(CoordinationInterval.estimate(objects, 1, 0.5)).contains(Duration.ofSeconds(5));
        assertThat(CoordinationInterval.estimate(List.of(s(1)), 0.1, 0.5)).isEmpty();
    }

    @Test
    void neverBelowOneSecond() {
        assertThat(CoordinationInterval.estimate(List.of(s(7, 7, 7)), 0.1, 0.5)).contains(Duration.ofSeconds(1));
    }

    private static long[] s(long... seconds) {
        long[] ms = new long[seconds.length];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = seconds[i] * 1000;
        }
        return ms;
    }
}
