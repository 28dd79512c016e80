package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashtagFoldingTest {
    @Test
    void caseWidthAndCompatibilityFormsFoldTogether() {
        assertThat(HashtagFolding.fold("#Navalny")).isEqualTo("navalny");
        assertThat(HashtagFolding.fold("ＮＡＶＡＬＮＹ")).isEqualTo("navalny"); // full-width letters
        assertThat(HashtagFolding.fold("ﬁx")).isEqualTo("fix"); // ligature
        assertThat(HashtagFolding.fold("Straße")).isEqualTo("strasse"); // full case folding
        assertThat(HashtagFolding.fold("НАВАЛЬНЫЙ")).isEqualTo("навальный");
    }

    @Test
    void latinAndCyrillicLookAlikesStayDistinct() {
        assertThat(HashtagFolding.fold("a")).isNotEqualTo(HashtagFolding.fold("а")); // second is Cyrillic
    }
}
