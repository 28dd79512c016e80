package org.trollscope.core.operation;

import java.time.Duration;

/**
 * How the operation map is drawn from the coordinated accounts' actions.
 *
 * @param episodeGap the longest pause inside a brigading episode: coordinated actions on one target
 *        further apart start a new episode
 * @param minEpisodeAccounts distinct coordinated accounts an episode needs
 * @param minCueAccounts accounts that must start acting in an episode within {@code cueSpread} of
 *        its start for it to count as a cue
 * @param cueSpread see {@code minCueAccounts}
 * @param cueMerge episodes starting within this of a cue's first episode belong to that cue
 * @param sameInstant two accounts acting closer than this (or in interleaved sessions) on one
 *        target cannot be one person switching between them
 * @param maxSwitch the longest hand-off from one account's last action on a target to the next
 *        account's first that counts as one person switching accounts
 * @param minHandOffs hand-offs two groups of accounts need to be joined as one operator; two single
 *        accounts, linked on their hand-offs alone before anything else, need one more
 * @param minHandOffShare share of the pair's shared episodes that must be hand-offs
 * @param teamOverlap Jaccard overlap of two operators' episodes that puts them in one team
 * @param batch accounts created one after another within this are one creation batch, a weaker
 *        link than hand-offs
 */
public record OperationParameters(Duration episodeGap, int minEpisodeAccounts, int minCueAccounts, Duration cueSpread,
                                  Duration cueMerge,
                                  Duration sameInstant, Duration maxSwitch, int minHandOffs, double minHandOffShare,
                                  double teamOverlap, Duration batch) {
    public static final Duration DEFAULT_EPISODE_GAP = Duration.ofMinutes(30);
    public static final int DEFAULT_MIN_EPISODE_ACCOUNTS = 3;
    public static final int DEFAULT_MIN_CUE_ACCOUNTS = 5;
    public static final Duration DEFAULT_CUE_SPREAD = Duration.ofMinutes(10);
    public static final Duration DEFAULT_CUE_MERGE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_SAME_INSTANT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MAX_SWITCH = Duration.ofSeconds(180);
    public static final int DEFAULT_MIN_HAND_OFFS = 3;
    public static final double DEFAULT_MIN_HAND_OFF_SHARE = 0.5;
    public static final double DEFAULT_TEAM_OVERLAP = 0.5;
    public static final Duration DEFAULT_BATCH = Duration.ofMinutes(10);

    public OperationParameters {
        positive("episodeGap", episodeGap);
        positive("cueSpread", cueSpread);
        positive("cueMerge", cueMerge);
        positive("sameInstant", sameInstant);
        positive("maxSwitch", maxSwitch);
        positive("batch", batch);
        if (maxSwitch.compareTo(sameInstant) <= 0) {
            throw new IllegalArgumentException("maxSwitch must exceed sameInstant, was " + maxSwitch + " ≤ " + sameInstant);
        }
        if (minEpisodeAccounts < 2) {
            throw new IllegalArgumentException("minEpisodeAccounts must be at least 2, was " + minEpisodeAccounts);
        }
        if (minCueAccounts < minEpisodeAccounts) {
            throw new IllegalArgumentException("minCueAccounts must be at least minEpisodeAccounts, was " + minCueAccounts);
        }
        if (minHandOffs < 1) {
            throw new IllegalArgumentException("minHandOffs must be positive, was " + minHandOffs);
        }
        if (!(minHandOffShare > 0 && minHandOffShare <= 1)) {
            throw new IllegalArgumentException("minHandOffShare must be in (0, 1], was " + minHandOffShare);
        }
        if (!(teamOverlap > 0 && teamOverlap <= 1)) {
            throw new IllegalArgumentException("teamOverlap must be in (0, 1], was " + teamOverlap);
        }
    }

    public static OperationParameters defaults() {
        return new OperationParameters(DEFAULT_EPISODE_GAP, DEFAULT_MIN_EPISODE_ACCOUNTS, DEFAULT_MIN_CUE_ACCOUNTS,
                DEFAULT_CUE_SPREAD, DEFAULT_CUE_MERGE, DEFAULT_SAME_INSTANT, DEFAULT_MAX_SWITCH, DEFAULT_MIN_HAND_OFFS,
                DEFAULT_MIN_HAND_OFF_SHARE, DEFAULT_TEAM_OVERLAP, DEFAULT_BATCH);
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
