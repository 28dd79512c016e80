package org.trollscope.core.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FalseDiscoveryControlTest {
    @Test
    void qValuesFollowTheStepUpRuleWorkedByHand() {
        // p sorted: 0.01, 0.02, 0.03, 0.5 with m = 4 → p·m/rank = 0.04, 0.04, 0.04, 0.5
        double[] p = {0.03, 0.5, 0.01, 0.02};
        double[] q = exp(FalseDiscoveryControl.logQValues(log(p), 4));
        assertThat(q[2]).isCloseTo(0.04, within(1e-12));
        assertThat(q[3]).isCloseTo(0.04, within(1e-12));
        assertThat(q[0]).isCloseTo(0.04, within(1e-12));
        assertThat(q[1]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void laterSmallerValuesPullEarlierOnesDown() {
        // p = 0.01, 0.04 with m = 2: raw 0.02 and 0.04; monotone → 0.02, 0.04
        // p = 0.03, 0.035 with m = 2: raw 0.06 and 0.035 → the first is pulled down to 0.035
        double[] q = exp(FalseDiscoveryControl.logQValues(log(new double[] {0.03, 0.035}), 2));
        assertThat(q[0]).isCloseTo(0.035, within(1e-12));
        assertThat(q[1]).isCloseTo(0.035, within(1e-12));
    }

    @Test
    void untestedHypothesesInTheFamilyMakeTheCorrectionStricter() {
        double[] q = exp(FalseDiscoveryControl.logQValues(log(new double[] {0.001}), 1000));
        assertThat(q[0]).isCloseTo(1.0, within(1e-12)); // 0.001 · 1000 / 1, capped at 1
        assertThatThrownBy(() -> FalseDiscoveryControl.logQValues(new double[3], 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] log(double[] p) {
        return Arrays.stream(p).map(Math::log).toArray();
    }

    private static double[] exp(double[] p) {
        return Arrays.stream(p).map(Math::exp).toArray();
    }
}
