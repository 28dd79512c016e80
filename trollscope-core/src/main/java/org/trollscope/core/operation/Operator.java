package org.trollscope.core.operation;

/**
 * A group of accounts probably run by one person.
 *
 * @param id 1-based, larger operators first
 * @param accounts account ranks, ascending
 * @param handOffs hand-offs between members counted on the links that joined them
 * @param sharedEpisodes episodes the linked members shared
 * @param sameBatch members created within {@link OperationParameters#batch()} of another member
 *        (0 when the input has no creation times)
 * @param confidence hand-offs over shared episodes on the joining links, in [0, 1] (a creation-batch
 *        link counts what its two groups did together); 0 when no joining link shared an episode
 */
public record Operator(int id, int[] accounts, int handOffs, int sharedEpisodes, int sameBatch, double confidence) {
}
