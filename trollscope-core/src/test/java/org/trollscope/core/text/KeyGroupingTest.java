package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyGroupingTest {
    @Test
    void equalHashesEndUpAdjacentWithTheirMessagesAscending() {
        Random rnd = new Random(3);
        int n = 5000;
        long[] keys = new long[n];
        int[] hashes = {-7, 0, 42, Integer.MIN_VALUE, 65536, 65537, Integer.MAX_VALUE};
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) hashes[rnd.nextInt(hashes.length)] << 32) | i;
        }
        KeyGrouping.byHigh32(keys, n, new long[n]);
        // each hash forms one run, and inside a run the message ids (low 32 bits) ascend
        int runs = 1;
        for (int i = 1; i < n; i++) {
            if ((keys[i] >>> 32) != (keys[i - 1] >>> 32)) {
                runs++;
            } else {
                assertThat((int) keys[i]).isGreaterThan((int) keys[i - 1]);
            }
        }
        assertThat(runs).isEqualTo(hashes.length);
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long[] again = keys.clone();
        Arrays.sort(again);
        assertThat(again).isEqualTo(sorted); // nothing lost or duplicated: same multiset as before
        assertThat(Arrays.stream(keys).mapToInt(k -> (int) k).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, n).toArray());
    }
}
