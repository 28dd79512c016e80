package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trollscope.core.text.TextVariantGenerator.Edit;

class TextVariantGeneratorTest {
    private final TextVariantGenerator generator = new TextVariantGenerator(1);

    @Test
    void theSameSeedsGiveTheSameMessagesAndVariants() {
        TextVariantGenerator again = new TextVariantGenerator(1);
        TextVariantGenerator.Message a = generator.message(new Random(5));
        TextVariantGenerator.Message b = again.message(new Random(5));
        assertThat(a).isEqualTo(b);
        assertThat(generator.variant(a, new Random(9))).isEqualTo(again.variant(b, new Random(9)));
    }

    @Test
    void transliterationLeavesNoCyrillicLetter() {
        TextVariantGenerator.Message m = generator.message(new Random(3), GeneratedLanguage.UZBEK);
        String latin = generator.variant(m, new Random(1), EnumSet.of(Edit.TRANSLITERATE));
        assertThat(m.text()).containsPattern("\\p{IsCyrillic}");
        assertThat(latin).doesNotContainPattern("\\p{IsCyrillic}");
    }

    @Test
    void homoglyphsMixLatinLettersIntoCyrillicWords() {
        TextVariantGenerator.Message m = generator.message(new Random(4), GeneratedLanguage.RUSSIAN);
        String mixed = generator.variant(m, new Random(2), EnumSet.of(Edit.HOMOGLYPHS));
        assertThat(mixed).hasSameSizeAs(m.text()).isNotEqualTo(m.text()).containsPattern("\\p{IsLatin}");
    }

    @Test
    void everyEditChangesTheMessageButKeepsItANearDuplicateAfterNormalisation() {
        TextNormalizer normalizer = TextNormalizer.nearDuplicate();
        TextVariantGenerator.Message m = generator.message(new Random(8), GeneratedLanguage.TAJIK);
        long[] original = Shingles.of(normalizer.normalize(m.text()), NearDuplicateParameters.DEFAULT);
        for (Edit e : Edit.values()) {
            String v = generator.variant(m, new Random(e.ordinal()), EnumSet.of(e));
            assertThat(v).as(e.name()).isNotEqualTo(m.text());
            double j = Shingles.jaccard(original, Shingles.of(normalizer.normalize(v), NearDuplicateParameters.DEFAULT));
            assertThat(j).as(e.name()).isGreaterThanOrEqualTo(NearDuplicateParameters.DEFAULT.threshold());
        }
    }

    @Test
    void theCorpusCountsItsPlantedPairsIncludingAPartialLastBlock() {
        // blocks of 10 with 2 groups of 3; 25 messages: two full blocks (2 × 2 × 3 pairs) + a block of
        // 5 messages holding one full group (3 pairs) and 2 members of the next (1 pair): 16 pairs
        GeneratedCorpus corpus = new GeneratedCorpus(generator, 1, 25, 10, 2, 3);
        long brute = 0;
        for (int a = 0; a < 25; a++) {
            for (int b = a + 1; b < 25; b++) {
                brute += corpus.planted(a, b) ? 1 : 0;
            }
        }
        assertThat(corpus.plantedPairs()).isEqualTo(16).isEqualTo(brute);
        assertThat(corpus.text(7)).isEqualTo(corpus.text(7));
        assertThat(corpus.group(6)).isEqualTo(-1);
    }
}
