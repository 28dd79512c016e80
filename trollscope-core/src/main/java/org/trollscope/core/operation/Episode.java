package org.trollscope.core.operation;

/**
 * A brigading episode: a burst of coordinated accounts' actions on one target, no pause longer
 * than {@link OperationParameters#episodeGap()}, by at least {@link OperationParameters#minEpisodeAccounts()} accounts.
 *
 * @param id 1-based, in order of start time (ties: target)
 * @param start first action (epoch ms)
 * @param end last action (epoch ms)
 * @param accounts the participants' account ranks, in order of their first action
 * @param starts each participant's first action (epoch ms), in the order of {@code accounts}
 * @param rows the episode's log rows, by time
 */
public record Episode(int id, String target, String targetAccount, long start, long end, int[] accounts, long[] starts,
                      int[] rows) {
    public Episode {
        if (starts.length != accounts.length) {
            throw new IllegalArgumentException(starts.length + " starts for " + accounts.length + " accounts");
        }
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("participants must be in order of their first action");
            }
        }
    }

    /**
     * The first participant (index into {@link #accounts()}) from whose first action at least
     * {@code accounts} participants start within {@code millis}, or -1 when there is no such burst.
     */
    int burstIndex(int accounts, long millis) {
        for (int i = 0; i + accounts - 1 < starts.length; i++) {
            if (starts[i + accounts - 1] - starts[i] <= millis) {
                return i;
            }
        }
        return -1;
    }

    public int actions() {
        return rows.length;
    }
}
