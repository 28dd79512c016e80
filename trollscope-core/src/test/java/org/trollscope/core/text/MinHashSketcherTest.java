package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashSketcherTest {
    private static final NearDuplicateParameters P = NearDuplicateParameters.DEFAULT; // 40 bands × 5 rows

    @Test
    void equalSetsHaveEqualBandsWhateverTheOrder() {
        long[] set = {11, 22, 33, 44, 55};
        long[] shuffled = {55, 33, 11, 44, 22, 33};
        MinHashSketcher s = new MinHashSketcher(P);
        int[] x = new int[P.bands()];
        int[] y = new int[P.bands()];
        s.bandHashes(mixed(set), x);
        s.bandHashes(mixed(shuffled), y);
        assertThat(x).isEqualTo(y);
    }

    @Test
    void bandsAgreeWithProbabilityJaccardToThePowerRows() {
        // pairs of 200-element sets sharing 100 elements (Jaccard 100 / 200 = 0.5): a band agrees
        // with probability 0.5^5 = 1/32; 2000 pairs × 40 bands = 80,000 trials, expect 2,500 ± 49
        Random rnd = new Random(42);
        MinHashSketcher s = new MinHashSketcher(P);
        int[] x = new int[P.bands()];
        int[] y = new int[P.bands()];
        byte[] fx = new byte[MinHashSketcher.FINGERPRINT];
        byte[] fy = new byte[MinHashSketcher.FINGERPRINT];
        long agree = 0;
        long fingerprintAgree = 0;
        for (int pair = 0; pair < 2000; pair++) {
            long[] a = new long[150];
            long[] b = new long[150];
            for (int i = 0; i < 150; i++) {
                long v = rnd.nextLong();
                a[i] = v;
                b[i] = i < 100 ? v : rnd.nextLong();
            }
            s.bandHashes(a, x, fx, 0);
            s.bandHashes(b, y, fy, 0);
            for (int band = 0; band < P.bands(); band++) {
                agree += x[band] == y[band] ? 1 : 0;
            }
            fingerprintAgree += MinHashSketcher.agreement(fx, 0, fy, 0);
        }
        assertThat(agree).isBetween(2500L - 250, 2500L + 250);
        // a byte agrees with probability 0.5 + 0.5 / 256: 64 × 2000 × 0.50195 ≈ 64,250 ± 179
        assertThat(fingerprintAgree).isBetween(64_250L - 900, 64_250L + 900);
    }

    private static long[] mixed(long[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Shingles.mix(values[i]);
        }
        return out;
    }
}
