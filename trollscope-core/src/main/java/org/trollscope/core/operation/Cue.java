package org.trollscope.core.operation;

import java.util.List;

/**
 * A detected cue: a moment when many coordinated accounts start acting at once, as the start of
 * one or more brigading episodes of at least {@link OperationParameters#minCueAccounts()} accounts
 * beginning within {@link OperationParameters#cueMerge()} of each other.
 *
 * @param id 1-based, in time order
 * @param time the first action of its first burst (epoch ms); the instruction came shortly before
 * @param end the last action of its episodes (epoch ms)
 * @param accounts distinct accounts acting in its episodes
 * @param actions actions in its episodes
 * @param targets the episodes' targets, in order of their start
 * @param episodes the episodes' ids
 */
public record Cue(int id, long time, long end, int accounts, int actions, List<String> targets, List<Integer> episodes) {
    public Cue {
        targets = List.copyOf(targets);
        episodes = List.copyOf(episodes);
    }
}
