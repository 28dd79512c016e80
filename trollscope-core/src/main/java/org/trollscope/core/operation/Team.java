package org.trollscope.core.operation;

/**
 * Operators (and accounts not given to an operator) acting on the same episodes.
 *
 * @param id 1-based, larger teams first
 * @param operators ids of its operators, ascending (may be empty)
 * @param accounts account ranks, ascending
 * @param episodes episodes in which at least two of its accounts acted
 * @param leader the account acting first in most of those episodes, or -1 when none leads in at
 *        least half of them (and three)
 * @param led episodes the leader acted first in
 */
public record Team(int id, int[] operators, int[] accounts, int episodes, int leader, int led) {
}
