package org.trollscope.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.Action;

/** The test-size scenario: a few thousand actions, two small teams, ten days. */
final class SmallScenario {
    private SmallScenario() {
    }

    static ScenarioParameters parameters() {
        return ScenarioParameters.defaults().toBuilder()
                .organicAccounts(400).days(10).actionsPerAccountDay(1.0).hyperactiveShare(0.01)
                .pageShare(0.02).governmentPages(2).critics(2)
                .teams(2).operatorsPerTeam(3).minAccountsPerOperator(3).maxAccountsPerOperator(5)
                .cues(12).build();
    }

    static List<Action> actions(TrollFactorySimulator sim) {
        List<Action> all = new ArrayList<>();
        sim.generate(all::addAll, ProgressListener.NONE);
        return all;
    }
}
