package org.trollscope.core.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandleShapeTest {
    @Test
    void lettersCollapseDigitsCountAndPunctuationStays() {
        assertThat(HandleShape.of("rustamov_farrukh1987")).isEqualTo("a_a9999");
        assertThat(HandleShape.of("f.rahimova")).isEqualTo("a.a");
        assertThat(HandleShape.of("Ҳусейнов_77")).isEqualTo("a_99");
    }

    @Test
    void theCommonestShapeIsCountedAndTiesGoToTheFirstInTextOrder() {
        Map.Entry<String, Integer> e = HandleShape.commonest(Arrays.asList("ali_vali12", "zarina_k34", "x.y", null));
        assertThat(e).isEqualTo(Map.entry("a_a99", 2));
        assertThat(HandleShape.commonest(Arrays.asList("x.y", "ab_c"))).isEqualTo(Map.entry("a.a", 1));
    }
}
