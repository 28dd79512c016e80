package org.trollscope.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionAgreementTest {
    @Test
    void identicalPartitionsUnderOtherNamesHaveIndexOne() {
        assertThat(PartitionAgreement.adjustedRandIndex(List.of("a", "a", "b", "b", "c"), List.of("x", "x", "y", "y", "z")))
                .isEqualTo(1.0);
    }

    @Test
    void crossedPairsScoreMinusOneHalf() {
        // truth {1,2}{3,4}, predicted {1,3}{2,4}: every contingency cell is 1, so index = 0;
        // row pairs = 1 + 1 = 2, column pairs = 2, all pairs = C(4,2) = 6;
        // expected = 2 * 2 / 6 = 2/3, max = (2 + 2) / 2 = 2; ARI = (0 - 2/3) / (2 - 2/3) = -0.5
        assertThat(PartitionAgreement.adjustedRandIndex(List.of("a", "a", "b", "b"), List.of("x", "y", "x", "y")))
                .isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void aSplitClusterScoresByHand() {
        // truth {1,2,3}{4,5,6}, predicted {1,2}{3,4}{5,6}: cells a/x 2, a/y 1, b/y 1, b/z 2 → index = 1 + 1 = 2;
        // row pairs = 3 + 3 = 6, column pairs = 1 + 1 + 1 = 3, all pairs = 15;
        // expected = 6 * 3 / 15 = 1.2, max = 4.5; ARI = 0.8 / 3.3
        List<String> truth = List.of("a", "a", "a", "b", "b", "b");
        List<String> predicted = List.of("x", "x", "y", "y", "z", "z");
        assertThat(PartitionAgreement.adjustedRandIndex(truth, predicted)).isCloseTo(0.8 / 3.3, within(1e-12));
        // majorities: x → 2 of a, y → 1 (a or b), z → 2 of b: purity 5/6
        assertThat(PartitionAgreement.purity(truth, predicted)).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void oneBigClusterIsPureOnlyWhenTheTruthIsOneClass() {
        assertThat(PartitionAgreement.purity(List.of("a", "a", "b", "c"), List.of("x", "x", "x", "x"))).isEqualTo(0.5);
        assertThat(PartitionAgreement.purity(List.of("a", "a", "a"), List.of("x", "x", "x"))).isEqualTo(1.0);
        // one cluster against a non-trivial truth: index 1, row pairs 1, column pairs 6, all pairs 6;
        // expected = 1 · 6 / 6 = 1 = index, so ARI 0
        assertThat(PartitionAgreement.adjustedRandIndex(List.of("a", "a", "b", "c"), List.of("x", "x", "x", "x")))
                .isCloseTo(0.0, within(1e-12));
    }

    @Test
    void allSingletonsOnBothSidesAgreeByConvention() {
        assertThat(PartitionAgreement.adjustedRandIndex(List.of("a", "b", "c"), List.of("x", "y", "z"))).isEqualTo(1.0);
    }

    @Test
    void partitionsOfDifferentSizesAreRejected() {
        assertThatThrownBy(() -> PartitionAgreement.adjustedRandIndex(List.of("a"), List.of("x", "y")))
                .hasMessageContaining("1 vs 2");
    }
}
