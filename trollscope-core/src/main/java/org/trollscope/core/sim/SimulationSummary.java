package org.trollscope.core.sim;

/**
 * What a run generated.
 *
 * @param actions actions emitted (within the observed period)
 * @param factoryActions of which by factory accounts
 * @param cueActions of which by factory accounts on cue targets
 */
public record SimulationSummary(long actions, long factoryActions, long cueActions, int organicAccounts,
                                int factoryAccounts, int cues) {
}
