package org.trollscope.io.report;

import java.util.List;
import java.time.Instant;
import java.util.Objects;

/**
 * Activity over time in fixed bins starting at {@code start}: all actions, actions of coordinated
 * accounts, and per community; plus cue and event markers. Bin {@code i} covers
 * {@code [start + i·bin, start + (i+1)·bin)}. Every series has the same number of bins.
 */
public record Timeline(TimeBin bin, Instant start, List<Long> all, List<Long> coordinated,
                       List<CommunitySeries> communities, List<TimelineMarker> markers) {
    public Timeline {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(start, "start");
        all = List.copyOf(all);
        coordinated = List.copyOf(coordinated);
        communities = List.copyOf(communities);
        markers = List.copyOf(markers);
        if (coordinated.size() != all.size()) {
            throw new IllegalArgumentException("coordinated has " + coordinated.size() + " bins, all has " + all.size());
        }
        for (CommunitySeries s : communities) {
            if (s.counts().size() != all.size()) {
                throw new IllegalArgumentException("community " + s.community() + " has " + s.counts().size()
                        + " bins, all has " + all.size());
            }
        }
    }
}
