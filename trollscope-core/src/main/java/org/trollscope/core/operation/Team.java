package org.trollscope.core.operation;

/**
 * Operators (and accounts not given to an operator) acting on the same episodes.
 *
 * @param id 1-based, larger teams first
 * @param operators ids of its operators, ascending (may be empty)
 * @param accounts account ranks, ascending
 * @param episodes episodes in which at least two of its accounts acted
 * @param leader the account acting first in most of those episodes, or -1 when none does so at
 *        least three times and more often than chance ({@code TeamFinder.leads})
 * @param led episodes the leader acted first in (0 without a leader)
 * @param ledExpected episodes the leader would act first in by chance: Σ 1/m over its episodes
 *        with m team members (0 without a leader)
 */
public record Team(int id, int[] operators, int[] accounts, int episodes, int leader, int led, double ledExpected) {
}
