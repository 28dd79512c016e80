package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFileModelTest {

    @Test
    void theErrorRateIsStatedInPlainWords() {
        assertThat(Summary.errorRateInWords(0.8, 0.01)).isEqualTo("expected false links among those shown: 0.8 (FDR 1 %)");
        assertThat(Summary.errorRateInWords(12.0, 0.05)).isEqualTo("expected false links among those shown: 12.0 (FDR 5 %)");
        assertThat(Summary.errorRateInWords(0.04, 0.005)).isEqualTo("expected false links among those shown: 0.0 (FDR 0.5 %)");
        assertThatThrownBy(() -> Summary.errorRateInWords(1, 1.5)).hasMessageContaining("fdr");
    }

    @Test
    void aLinkToAnAccountThatIsNotANodeIsRejected() {
        List<NetworkNode> nodes = List.of(new NetworkNode("a", "a", 0, true, 1));
        assertThatThrownBy(() -> new Network(nodes, List.of(new NetworkEdge("a", "b", 1, List.of("x"), null))))
                .hasMessageContaining("a - b");
    }

    @Test
    void duplicateNodeIdsAreRejected() {
        NetworkNode a = new NetworkNode("a", "a", 0, true, 1);
        assertThatThrownBy(() -> new Network(List.of(a, a), List.of())).hasMessageContaining("duplicate node id a");
    }

    @Test
    void timelineSeriesMustHaveTheSameNumberOfBins() {
        Instant t = Instant.EPOCH;
        assertThatThrownBy(() -> new Timeline(TimeBin.DAY, t, List.of(1L, 2L), List.of(1L), List.of(), List.of()))
                .hasMessageContaining("coordinated has 1 bins, all has 2");
        assertThatThrownBy(() -> new Timeline(TimeBin.DAY, t, List.of(1L), List.of(1L),
                List.of(new CommunitySeries(3, "c", List.of())), List.of()))
                .hasMessageContaining("community 3 has 0 bins");
    }

    @Test
    void hourOfWeekNeedsOneCountPerHourOfTheWeek() {
        assertThatThrownBy(() -> new HourOfWeek(List.of(1L), List.of(1L))).hasMessageContaining("168");
    }

    @Test
    void aNodeWithOnlyOneCoordinateOrANonFiniteOneIsRejected() {
        assertThatThrownBy(() -> new NetworkNode("a", "a", 0, true, 1, null, 1.0, null)).hasMessageContaining("x and y");
        assertThatThrownBy(() -> new NetworkNode("a", "a", 0, true, 1, null, Double.NaN, 1.0)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new NetworkNode("a", "a", 0, true, 1, Double.NaN, null, null)).hasMessageContaining("score");
    }

    @Test
    void anInputHashMustBeLowerCaseHexSha256() {
        assertThatThrownBy(() -> new InputFile("f", 1, "ABC")).hasMessageContaining("sha256");
    }
}
