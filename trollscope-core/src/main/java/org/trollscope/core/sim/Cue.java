package org.trollscope.core.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * Ground truth for one instruction to one team: when it was given, what to act on, and whether it
 * was a critic's evening livestream. A cue given to several teams at once appears once per team with
 * the same id.
 *
 * @param targetId the post's action id
 * @param targetAccountId the post's author (a government page or a critic)
 * @param firstAction the team's first action on it, its leader's share (what a burst detector can
 *        see: the instruction itself leaves no trace in the data); {@code null} when that falls after
 *        the simulated period
 */
public record Cue(String id, Instant time, String team, CueKind kind, String targetId, String targetAccountId,
                  boolean livestream, Instant firstAction) {
    public Cue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(targetAccountId, "targetAccountId");
    }
}
