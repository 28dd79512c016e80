package org.trollscope.io.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything the case file ({@code report.html}) shows, as plain data: the summary, the account
 * network, timelines, the hour-of-week heatmap, community and account cards, the operation map
 * (null when not drawn), and the method and provenance. The analysis fills it; {@link ReportWriter} renders it. Lists are shown in the order
 * given, so the producer decides the order (and keeps it deterministic).
 */
public record CaseFile(
        Summary summary,
        Network network,
        Timeline timeline,
        HourOfWeek hourOfWeek,
        List<CommunityCard> communities,
        List<AccountCard> accounts,
        OperationSection operation,
        Provenance provenance) {

    public CaseFile {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(provenance, "provenance");
        communities = List.copyOf(communities);
        accounts = List.copyOf(accounts);
        // timeline, hourOfWeek and operation may be null: the page then leaves their sections out
    }

    /** A case file without an operation map. */
    public CaseFile(Summary summary, Network network, Timeline timeline, HourOfWeek hourOfWeek,
                    List<CommunityCard> communities, List<AccountCard> accounts, Provenance provenance) {
        this(summary, network, timeline, hourOfWeek, communities, accounts, null, provenance);
    }
}
