package org.trollscope.io.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One account's card: who it is (handle, profile link, creation date, followers; null when
 * unknown), its community (-1 for none), the signals that flagged it, in words, its top targets, and
 * its score with components and reasons (null without an operation map).
 */
public record AccountCard(String id, String handle, String platform, String url, Instant created, Long followers,
                          int community, boolean coordinated, List<String> signals, List<RankedItem> topTargets,
                          AccountScore score) {
    public AccountCard {
        Objects.requireNonNull(id, "id");
        if (handle == null) {
            handle = id;
        }
        if (community < -1) {
            throw new IllegalArgumentException("community must be >= -1, was " + community);
        }
        signals = List.copyOf(signals);
        topTargets = List.copyOf(topTargets);
    }

    /** A card without a score. */
    public AccountCard(String id, String handle, String platform, String url, Instant created, Long followers,
                       int community, boolean coordinated, List<String> signals, List<RankedItem> topTargets) {
        this(id, handle, platform, url, created, followers, community, coordinated, signals, topTargets, null);
    }
}
