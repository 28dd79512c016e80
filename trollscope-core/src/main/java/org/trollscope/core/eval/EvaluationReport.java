package org.trollscope.core.eval;

/**
 * Every measure of one evaluation. Group scores are {@code null} when the result does not assign
 * such groups.
 *
 * @param missingFromResult labelled accounts the result does not list (counted as not flagged)
 * @param communitiesVsTeams the result's communities against the true teams, over flagged accounts
 * @param cues detected cues against the instruction moments
 * @param cueStarts detected cues against the moments the factory started acting on each cue (its
 *        first action); {@code null} when those are not known or the result has no cues
 */
public record EvaluationReport(DetectionScore detection, int missingFromResult, PartitionScore operators,
                               PartitionScore teams, PartitionScore communitiesVsTeams, LeaderScore leaders,
                               CueScore cues, CueScore cueStarts) {
}
