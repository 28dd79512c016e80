package org.trollscope.core.eval;

/**
 * How well predicted groups (operators, teams, communities) match the true ones.
 *
 * @param items accounts compared by the adjusted Rand index
 * @param adjustedRandIndex over the true factory accounts; an account without a predicted group is a singleton
 * @param purityItems accounts that have a predicted group
 * @param purity over the accounts with a predicted group; an organic account is its own class
 * @param predictedGroups distinct predicted groups
 * @param flaggedItems true factory accounts the result flagged as coordinated
 * @param flaggedAdjustedRandIndex the adjusted Rand index over those alone: how well the flagged
 *        accounts are grouped, with the accounts detection missed set aside (NaN when none)
 */
public record PartitionScore(int items, double adjustedRandIndex, int purityItems, double purity, int predictedGroups,
                             int flaggedItems, double flaggedAdjustedRandIndex) {
}
