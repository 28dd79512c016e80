package org.trollscope.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioParametersTest {
    @Test
    void theHardScenarioChangesOnlyJitterParticipationAndCues() {
        ScenarioParameters hard = Scenario.HARD.parameters();
        ScenarioParameters expected = ScenarioParameters.defaults().toBuilder()
                .timingJitter(3.0).participation(0.5).cues(20).build();
        assertThat(hard).isEqualTo(expected);
    }

    @Test
    void everyScenarioIsValidAndParsesFromItsWireName() {
        for (Scenario s : Scenario.values()) {
            assertThat(Scenario.parse(s.wireName())).isEqualTo(s);
            assertThat(s.parameters()).isNotNull();
        }
        assertThat(Scenario.parse("Small_Farm")).isEqualTo(Scenario.SMALL_FARM);
        assertThat(Scenario.LARGE_ORGANIC.parameters().organicAccounts()).isEqualTo(100_000);
    }

    @Test
    void unknownScenarioNamesTheKnownOnes() {
        assertThatThrownBy(() -> Scenario.parse("tiny"))
                .hasMessageContaining("tiny").hasMessageContaining("default, hard, small-farm, large-organic");
    }

    @Test
    void invalidValuesAreRejectedWithTheParameterName() {
        ScenarioParameters.Builder b = ScenarioParameters.defaults().toBuilder();
        assertThatThrownBy(() -> b.participation(0).build()).hasMessageContaining("participation");
        assertThatThrownBy(() -> ScenarioParameters.defaults().toBuilder().minAccountsPerOperator(8)
                .maxAccountsPerOperator(6).build()).hasMessageContaining("maxAccountsPerOperator");
        assertThatThrownBy(() -> ScenarioParameters.defaults().toBuilder().teams(5).cues(4).build())
                .hasMessageContaining("cues (4) must be at least teams (5)");
        assertThatThrownBy(() -> ScenarioParameters.defaults().toBuilder().activityTailExponent(1.0).build())
                .hasMessageContaining("activityTailExponent");
        assertThatThrownBy(() -> ScenarioParameters.defaults().toBuilder().viralitySkew(1.2).build())
                .hasMessageContaining("viralitySkew");
    }
}
