package org.trollscope.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairCountsTest {
    @Test
    void countsAsAMapWouldOnRandomPairsOfNearbyRanks() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            PairCounts counts = new PairCounts(2);
            Map<Long, int[]> expected = new TreeMap<>();
            for (int i = 0; i < 20_000; i++) {
                int a = r.nextInt(300);
                int b = a + 1 + r.nextInt(5);
                long key = OperatorFinder.key(a, b);
                int field = r.nextInt(2);
                int delta = 1 + r.nextInt(3);
                counts.add(key, field, delta);
                expected.computeIfAbsent(key, k -> new int[2])[field] += delta;
            }
            assertThat(counts.size()).isEqualTo(expected.size());
            assertThat(counts.sortedKeys()).containsExactly(expected.keySet().stream().mapToLong(Long::longValue)
                    .toArray());
            for (Map.Entry<Long, int[]> e : expected.entrySet()) {
                assertThat(counts.contains(e.getKey())).isTrue();
                assertThat(counts.get(e.getKey(), 0)).isEqualTo(e.getValue()[0]);
                assertThat(counts.get(e.getKey(), 1)).isEqualTo(e.getValue()[1]);
            }
            assertThat(counts.contains(OperatorFinder.key(1000, 1001))).isFalse();
            assertThat(counts.get(OperatorFinder.key(1000, 1001), 1)).isZero();
        }
    }
}
