package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    private static final NearDuplicateParameters P = NearDuplicateParameters.DEFAULT; // 7-character shingles

    @Test
    void characterShinglesOverlapAndTheirJaccardIsExact() {
        // "abcdefgh": {abcdefg, bcdefgh}; "abcdefgx": {abcdefg, bcdefgx}; one shared of three: 1/3
        long[] a = Shingles.of("abcdefgh", P);
        long[] b = Shingles.of("abcdefgx", P);
        assertThat(a).hasSize(2);
        assertThat(Shingles.jaccard(a, b)).isEqualTo(1.0 / 3);
        assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
    }

    @Test
    void theRollingHashOfAShingleEqualsTheHashOfTheShingleAlone() {
        long[] rolled = Shingles.hashes("abcdefgh", P);
        assertThat(rolled[1]).isEqualTo(Shingles.hashes("bcdefgh", P)[0]);
        assertThat(rolled[0]).isEqualTo(Shingles.hashes("abcdefg", P)[0]);
    }

    @Test
    void repeatedShinglesCountOnce() {
        // "abcdefgabcdefg" (14 chars): 8 shingles, the 8th repeats the 1st
        assertThat(Shingles.of("abcdefgabcdefg", P)).hasSize(7);
    }

    @Test
    void longTextsUseWordShingles() {
        StringBuilder s = new StringBuilder();
        Random rnd = new Random(1);
        while (s.length() <= P.longTextChars()) {
            s.append("w").append(rnd.nextInt(1_000_000)).append(' ');
        }
        String text = s.toString().trim();
        int words = text.split(" ").length;
        assertThat(Shingles.hashes(text, P)).hasSize(words - P.shingleWords() + 1);
    }
}
