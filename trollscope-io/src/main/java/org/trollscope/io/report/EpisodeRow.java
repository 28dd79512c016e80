package org.trollscope.io.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A brigading episode, see episodes.csv.
 *
 * @param firstAccount the id of the account acting first
 * @param cue          the cue it belongs to, or null
 */
public record EpisodeRow(int id, String target, Instant start, Instant end, int accounts, int actions,
                         String firstAccount, Integer cue) {
    public EpisodeRow {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
