package org.trollscope.core.eval;

/**
 * Every measure of one evaluation. Group scores are {@code null} when the result does not assign
 * such groups.
 *
 * @param missingFromResult labelled accounts the result does not list (counted as not flagged)
 * @param communitiesVsTeams the result's communities against the true teams, over flagged accounts
 */
public record EvaluationReport(DetectionScore detection, int missingFromResult, PartitionScore operators,
                               PartitionScore teams, PartitionScore communitiesVsTeams, LeaderScore leaders,
                               CueScore cues) {
}
