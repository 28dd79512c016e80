package org.trollscope.io.report;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Three accounts: alice and bob co-share in community 0 (one link), carol is organic. Handles carry
 * an {@code @}; bob's signal mentions {@code @alice}; the texts and URLs are given so tests can see
 * them replaced or escaped. {@code handleOfBob} lets a test inject a hostile handle.
 */
final class TinyCaseFile {
    private TinyCaseFile() {
    }

    static CaseFile create(String handleOfBob) {
        Instant t = Instant.parse("2024-01-01T12:00:00Z");
        Network network = new Network(
                List.of(new NetworkNode("1001", "@alice", 0, true, 10), new NetworkNode("1002", handleOfBob, 0, true, 8),
                        new NetworkNode("1003", "@carol", -1, false, 3)),
                List.of(new NetworkEdge("1001", "1002", 4, List.of("co-share"), 0.001)));
        List<AccountCard> cards = List.of(
                new AccountCard("1001", "@alice", "twitter", "https://x.example/alice", t, 10L, 0, true,
                        List.of("shares within 5 s of @bob"), List.of(new RankedItem("@carol", 3))),
                new AccountCard("1002", handleOfBob, "twitter", "https://x.example/bob", t, 20L, 0, true,
                        List.of("replies to @Alice and @stranger"), List.of(new RankedItem("#tag", 2))));
        CommunityCard community = new CommunityCard(0, "ring", List.of("1001", "1002"),
                List.of(new RankedItem("@carol", 5)), List.of(new RankedItem("https://news.example/a", 4)),
                List.of(new EvidencePair("1001", "1002", "co-share", "https://news.example/a", t, t.plusSeconds(5),
                        "https://x.example/alice/1", "https://x.example/bob/2")),
                List.of(new TextPair("1001", "hello @bob", "https://x.example/alice/3", "1002", "hello @alice", null, 0.9)));
        Summary summary = new Summary("tiny", List.of(new InputFile("in.csv", 21, "a".repeat(64))), t,
                t.plusSeconds(60), List.of("twitter"), 3, 21, 2, 1, 1, null, null,
                Summary.errorRateInWords(0.01, 0.01));
        Timeline timeline = new Timeline(TimeBin.HOUR, t, List.of(3L, 1L), List.of(2L, 0L),
                List.of(new CommunitySeries(0, "ring", List.of(2L, 0L))),
                List.of(new TimelineMarker(t, MarkerKind.CUE, "cue")));
        HourOfWeek how = new HourOfWeek(Collections.nCopies(HourOfWeek.HOURS, 1L), Collections.nCopies(HourOfWeek.HOURS, 0L));
        Provenance provenance = new Provenance("test", List.of(new Parameter("window", "PT5S")), 1L, "configuration model",
                Provenance.STANDARD_LIMITATIONS);
        return new CaseFile(summary, network, timeline, how, List.of(community), cards, provenance);
    }
}
