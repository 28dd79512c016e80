package org.trollscope.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.core.sim.TrollFactorySimulator;

/**
 * The default analysis on small simulated factories (a few tens of thousands of actions, so the
 * suite stays fast): at most one organic account of 1,500 is flagged on any seed, none on most, and
 * most of the factory is found. (The links are controlled at a false-discovery rate of 1 %, so a
 * stray organic member of a factory's group now and then is within what the tests promise.)
 * The README's figures come from the full-size scenarios via {@code simulate} and {@code evaluate}.
 */
class SignificanceOnSimulatedFactoriesTest {
    static ScenarioParameters small() {
        return ScenarioParameters.defaults().toBuilder()
                .organicAccounts(1500).days(14).governmentPages(3).critics(3)
                .teams(2).operatorsPerTeam(3).minAccountsPerOperator(5).maxAccountsPerOperator(8)
                .cues(30).build();
    }

    @Test
    void organicAccountsAreNotFlaggedAndTheFactoryIsFound() {
        int factory = 0;
        int found = 0;
        int organicTotal = 0;
        for (long seed = 1; seed <= 3; seed++) {
            TrollFactorySimulator sim = new TrollFactorySimulator(small(), seed);
            ActivityLogBuilder b = new ActivityLogBuilder();
            sim.generate(chunk -> chunk.forEach(b::add), ProgressListener.NONE);
            AnalysisResult r = CoordinationAnalysis.run(b.build(), AnalysisParameters.defaults(), ProgressListener.NONE);
            Set<String> truth = new HashSet<>();
            for (AccountLabel l : sim.labels()) {
                if (l.factory()) {
                    truth.add(l.accountId());
                }
            }
            int organicFlagged = 0;
            for (int rank = 0; rank < r.order().size(); rank++) {
                if (r.coordinated(rank)) {
                    if (truth.contains(r.accountId(rank))) {
                        found++;
                    } else {
                        organicFlagged++;
                    }
                }
            }
            factory += truth.size();
            assertThat(organicFlagged).as("organic accounts flagged, seed %d", seed).isLessThanOrEqualTo(1);
            organicTotal += organicFlagged;
            assertThat(r.significance()).isPresent();
        }
        assertThat(found).as("factory accounts found").isGreaterThanOrEqualTo((int) Math.ceil(0.8 * factory));
        assertThat(organicTotal).as("organic accounts flagged over the seeds").isLessThanOrEqualTo(1);
    }
}
