package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;

class NearDuplicateFinderTest {
    private static TextNormalizer normalizer;

    @BeforeAll
    static void build() {
        normalizer = TextNormalizer.nearDuplicate();
    }

    private static NearDuplicatePairs find(List<String> texts, CandidateFilter filter, int threads) {
        return new NearDuplicateFinder(normalizer, NearDuplicateParameters.DEFAULT, threads)
                .find(TextSource.of(texts), filter, ProgressListener.NONE);
    }

    @Test
    void disguisedCopiesOfAMessageArePairedAndAnUnrelatedMessageIsNot() {
        List<String> texts = List.of(
                "Мы против экстремизма! Вместе за мир и стабильность в нашей стране.",
                "🔥 Mы пpотив экстремизма!!! Вместе за мир и стабильность в нашей стране 🇷🇺 https://t.me/x/1",
                "My protiv ekstremizma! Vmeste za mir i stabilnost v nashey strane.",
                "Сегодня в городе открыли новую школу для детей, спасибо строителям.");
        NearDuplicatePairs pairs = find(texts, CandidateFilter.ALL, 2);
        // 0 and 1 normalise to the same text; 2 differs only by "стабильность" (ь dropped both ways)
        assertThat(pairs.toList()).extracting(p -> p.a() + "-" + p.b()).containsExactly("0-1", "0-2", "1-2");
        assertThat(pairs.similarity()[0]).isEqualTo(1f);
        assertThat(pairs.compared()).isEqualTo(4);
    }

    @Test
    void messagesShorterThanTheMinimumLengthAreNotCompared() {
        NearDuplicatePairs pairs = find(List.of("+1 согласен!", "+1 согласен!", "Да"), CandidateFilter.ALL, 1);
        assertThat(pairs.size()).isZero();
        assertThat(pairs.compared()).isZero();
        assertThat(pairs.messages()).isEqualTo(3);
    }

    @Test
    void theCandidateFilterRemovesPairsBeforeVerification() {
        String text = "Биз экстремизмга қаршимиз, ҳаммамиз бирга бўлайлик!";
        NearDuplicatePairs pairs = find(List.of(text, text, text), (a, b) -> a != 0, 1);
        assertThat(pairs.toList()).extracting(p -> p.a() + "-" + p.b()).containsExactly("1-2");
        assertThat(pairs.candidates()).isEqualTo(1);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        GeneratedCorpus corpus = new GeneratedCorpus(new TextVariantGenerator(3), 11, 3000, 100, 5, 4);
        NearDuplicateFinder one = new NearDuplicateFinder(normalizer, NearDuplicateParameters.DEFAULT, 1);
        NearDuplicateFinder two = new NearDuplicateFinder(normalizer, NearDuplicateParameters.DEFAULT, 2);
        NearDuplicatePairs a = one.find(corpus, CandidateFilter.ALL, ProgressListener.NONE);
        NearDuplicatePairs b = two.find(corpus, CandidateFilter.ALL, ProgressListener.NONE);
        assertThat(a.size()).isGreaterThan(0);
        assertThat(b.a()).isEqualTo(a.a());
        assertThat(b.b()).isEqualTo(a.b());
        assertThat(b.similarity()).isEqualTo(a.similarity());
        assertThat(b.candidates()).isEqualTo(a.candidates());
    }

    /**
     * A filter with a span lets the search pair large buckets by position: the result must be the
     * same as enumerating every pair of the bucket and asking the filter.
     */
    @Test
    void aFilterWithASpanFindsWhatTheSameFilterFindsWithoutOne() {
        java.util.Random r = new java.util.Random(5);
        String[] templates = {"Мы против экстремизма! Вместе за мир и стабильность в нашей стране.",
                "Сегодня в городе открыли новую школу для детей, спасибо строителям.",
                "Биз экстремизмга қаршимиз, ҳаммамиз бирга бўлайлик!"};
        List<String> texts = new java.util.ArrayList<>();
        long[] time = new long[900];
        for (int i = 0; i < time.length; i++) {
            // 300 copies of each template (buckets far above the exhaustive size), some times tied
            texts.add(templates[i % 3] + (r.nextInt(4) == 0 ? " !!" : ""));
            time[i] = r.nextInt(2000);
        }
        long window = 25;
        CandidateFilter plain = (a, b) -> Math.abs(time[a] - time[b]) <= window && (a + b) % 7 != 0;
        CandidateFilter spanned = new CandidateFilter() {
            @Override
            public boolean keep(int a, int b) {
                return plain.keep(a, b);
            }

            @Override
            public long position(int message) {
                return time[message];
            }

            @Override
            public long span() {
                return window;
            }
        };
        NearDuplicatePairs all = find(texts, plain, 2);
        NearDuplicatePairs windowed = find(texts, spanned, 2);
        assertThat(all.size()).isGreaterThan(2000);
        assertThat(windowed.a()).isEqualTo(all.a());
        assertThat(windowed.b()).isEqualTo(all.b());
        assertThat(windowed.similarity()).isEqualTo(all.similarity());
        assertThat(windowed.candidates()).isEqualTo(all.candidates());
        // only pairs within the span were looked at
        assertThat(windowed.collisions()).isLessThan(all.collisions() / 10);
    }

    @Test
    void sortingByPositionOrdersTiesByMember() {
        int[] members = {9, 4, 7, 1, 3};
        long[] positions = {5, 2, 5, 2, 0};
        NearDuplicateFinder.sortByPosition(members, positions, new int[5], 5);
        assertThat(members).containsExactly(3, 1, 4, 7, 9);
        assertThat(positions).containsExactly(0, 2, 2, 5, 5);
    }

    @Test
    void generatedVariantsAreFoundWithRecallAbove95PercentAtPrecisionAbove99Percent() {
        // 4000 messages, blocks of 10 with one planted group of 4: 400 groups, 2400 planted pairs
        GeneratedCorpus corpus = new GeneratedCorpus(new TextVariantGenerator(5), 21, 4000, 10, 1, 4);
        assertThat(corpus.plantedPairs()).isEqualTo(2400);
        NearDuplicateFinder finder = new NearDuplicateFinder(normalizer, NearDuplicateParameters.DEFAULT, 2);
        NearDuplicateEvaluation.Point search = NearDuplicateEvaluation.of(
                finder.find(corpus, CandidateFilter.ALL, ProgressListener.NONE), corpus, NearDuplicateParameters.DEFAULT.threshold());
        assertThat(search.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(search.precision()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void theExactSimilarityCurveSeparatesVariantsFromUnrelatedMessagesAtTheDefaultThreshold() {
        GeneratedCorpus corpus = new GeneratedCorpus(new TextVariantGenerator(9), 4, 1000, 10, 1, 4);
        NearDuplicateFinder finder = new NearDuplicateFinder(normalizer, NearDuplicateParameters.DEFAULT, 2);
        List<NearDuplicateEvaluation.Point> curve = NearDuplicateEvaluation.curve(corpus, finder, new double[] {0.05, 0.4, 0.95});
        assertThat(curve.get(0).precision()).isLessThan(0.5);      // a low threshold lets unrelated messages in
        assertThat(curve.get(1).recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(curve.get(1).precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(curve.get(2).recall()).isLessThan(0.9);         // a high threshold loses disguised copies
    }

    @Test
    void parametersAreValidated() {
        assertThatThrownBy(() -> NearDuplicateParameters.DEFAULT.withThreshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> NearDuplicateParameters.DEFAULT.withBanding(0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bands");
        // 1 − (1 − 0.5^5)^40 by hand: 0.5^5 = 1/32, (31/32)^40 ≈ 0.2811
        assertThat(NearDuplicateParameters.DEFAULT.candidateProbability(0.5)).isCloseTo(0.7189, org.assertj.core.data.Offset.offset(1e-3));
    }
}
