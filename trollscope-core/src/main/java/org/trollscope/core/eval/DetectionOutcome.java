package org.trollscope.core.eval;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A detection result as evaluation needs it: one prediction per account, which kinds of group the
 * result assigns at all, and the cue times it found (or {@code null} when it reports none).
 */
public record DetectionOutcome(Map<String, AccountPrediction> accounts, boolean hasCommunities, boolean hasOperators,
                               boolean hasTeams, boolean hasLeaders, List<Instant> cueTimes) {
    public DetectionOutcome {
        Objects.requireNonNull(accounts, "accounts");
        accounts = Map.copyOf(accounts);
        cueTimes = cueTimes == null ? null : List.copyOf(cueTimes);
    }
}
