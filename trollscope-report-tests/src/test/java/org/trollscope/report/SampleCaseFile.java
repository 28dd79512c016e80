package org.trollscope.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trollscope.io.report.AccountCard;
import org.trollscope.io.report.CaseFile;
import org.trollscope.io.report.CommunityCard;
import org.trollscope.io.report.CommunitySeries;
import org.trollscope.io.report.EvidencePair;
import org.trollscope.io.report.HourOfWeek;
import org.trollscope.io.report.InputFile;
import org.trollscope.io.report.MarkerKind;
import org.trollscope.io.report.Network;
import org.trollscope.io.report.NetworkEdge;
import org.trollscope.io.report.NetworkNode;
import org.trollscope.io.report.Parameter;
import org.trollscope.io.report.Provenance;
import org.trollscope.io.report.RankedItem;
import org.trollscope.io.report.Summary;
import org.trollscope.io.report.TextPair;
import org.trollscope.io.report.TimeBin;
import org.trollscope.io.report.Timeline;
import org.trollscope.io.report.TimelineMarker;

/**
 * A hand-made case file: twelve accounts, two communities. Community 0 ("Harbour ring") is five
 * accounts sharing the same links within seconds; community 1 ("Night shift") four accounts posting
 * near-identical replies; three organic accounts with no link. Accounts are {@code a01}..{@code a12}
 * with handles listed in {@link #HANDLES}.
 */
final class SampleCaseFile {
    static final List<String> HANDLES = List.of(
            "harbour_news", "harbour_daily", "port_voice", "dock_watch", "quay_times",   // community 0
            "night_owl_77", "moonlit_jane", "late_shift_bob", "insomnia_ivy",           // community 1
            "garden_gran", "cycling_dad", "local_baker");                               // organic

    private SampleCaseFile() {
    }

    static String id(int i) {
        return String.format("a%02d", i + 1);
    }

    static int community(int i) {
        return i < 5 ? 0 : i < 9 ? 1 : -1;
    }

    static CaseFile create() {
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        List<NetworkNode> nodes = new ArrayList<>();
        List<AccountCard> cards = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean coordinated = community(i) >= 0;
            nodes.add(new NetworkNode(id(i), "@" + HANDLES.get(i), community(i), coordinated, 20 + 7L * i,
                    coordinated ? 0.9 - i * 0.03 : null, null, null));
            cards.add(new AccountCard(id(i), "@" + HANDLES.get(i), "twitter", "https://example.org/" + HANDLES.get(i),
                    start.minusSeconds(86_400L * (10 + i)), 100L + 13L * i, community(i), coordinated,
                    coordinated ? List.of("co-shared 14 links within 30 s of other members", "created within 3 days of 4 others")
                            : List.of(),
                    List.of(new RankedItem("@city_council", 5 + i), new RankedItem("#harbourdeal", 3))));
        }
        List<NetworkEdge> edges = new ArrayList<>();
        for (int i = 0; i < 5; i++) {            // community 0: a clique of 5 (10 links)
            for (int j = i + 1; j < 5; j++) {
                edges.add(new NetworkEdge(id(i), id(j), 10 + i + j, List.of("co-share"), 1e-6 * (i + j)));
            }
        }
        for (int i = 5; i < 9; i++) {            // community 1: a ring of 4 (4 links)
            int j = i == 8 ? 5 : i + 1;
            edges.add(new NetworkEdge(id(i), id(j), 6, List.of("near-text", "co-reply"), 1e-4));
        }
        edges.add(new NetworkEdge(id(4), id(5), 2, List.of("co-share"), 0.008));   // the bridge
        int bins = 14;
        List<Long> all = new ArrayList<>();
        List<Long> coordinated = new ArrayList<>();
        List<Long> c0 = new ArrayList<>();
        List<Long> c1 = new ArrayList<>();
        for (int d = 0; d < bins; d++) {
            long a = d == 7 ? 60 : 10 + d % 3, b = d == 7 ? 40 : 2 + d % 2;
            c0.add(d == 7 ? 30L : 1L);
            c1.add(d == 7 ? b - 30 : b - 1);
            all.add(a + b);
            coordinated.add(b);
        }
        Timeline timeline = new Timeline(TimeBin.DAY, start, all, coordinated,
                List.of(new CommunitySeries(0, "Harbour ring", c0), new CommunitySeries(1, "Night shift", c1)),
                List.of(new TimelineMarker(start.plusSeconds(7 * 86_400L + 9 * 3600), MarkerKind.CUE, "burst of 30 shares"),
                        new TimelineMarker(start.plusSeconds(10 * 86_400L), MarkerKind.EVENT, "council vote")));
        List<Long> hoCoord = new ArrayList<>();
        List<Long> hoOrganic = new ArrayList<>();
        for (int h = 0; h < HourOfWeek.HOURS; h++) {
            int day = h / 24, hour = h % 24;
            hoCoord.add(day < 5 && hour >= 9 && hour < 18 ? 4L : 0L);          // office hours
            hoOrganic.add(hour >= 7 && hour <= 22 ? 2L + (hour % 5) : 0L);
        }
        CommunityCard k0 = new CommunityCard(0, "Harbour ring", List.of(id(0), id(1), id(2), id(3), id(4)),
                List.of(new RankedItem("@city_council", 31), new RankedItem("@mayor_office", 12)),
                List.of(new RankedItem("https://example.com/harbour-deal-scandal", 25), new RankedItem("#harbourdeal", 19)),
                List.of(new EvidencePair(id(0), id(1), "co-share", "https://example.com/harbour-deal-scandal",
                                start.plusSeconds(7 * 86_400L + 9 * 3600), start.plusSeconds(7 * 86_400L + 9 * 3600 + 12),
                                "https://example.org/harbour_news/status/1", "https://example.org/harbour_daily/status/2"),
                        new EvidencePair(id(2), id(3), "co-share", "#harbourdeal",
                                start.plusSeconds(3 * 86_400L), start.plusSeconds(3 * 86_400L + 95), null, null)),
                List.of());
        CommunityCard k1 = new CommunityCard(1, "Night shift", List.of(id(5), id(6), id(7), id(8)),
                List.of(new RankedItem("@city_council", 9)), List.of(),
                List.of(new EvidencePair(id(5), id(6), "co-reply", "reply to @city_council",
                        start.plusSeconds(86_400L + 2 * 3600), start.plusSeconds(86_400L + 2 * 3600 + 40),
                        "https://example.org/night_owl_77/status/3", null)),
                List.of(new TextPair(id(5), "The harbour deal is a disgrace.\nResign now!", "https://example.org/night_owl_77/status/3",
                        id(6), "the harbour deal is a DISGRACE. resign now!!", null, 0.93)));
        Summary summary = new Summary("Harbour deal — sample case", List.of(
                new InputFile("sample-tweets.csv", 1234, "0".repeat(63) + "1")),
                start, start.plusSeconds(bins * 86_400L - 1), List.of("twitter"),
                12, 1234, 9, edges.size(), 2, null, null, Summary.errorRateInWords(0.15, 0.01));   // 15 links x 1 %
        Provenance provenance = new Provenance("0.1.0-SNAPSHOT",
                List.of(new Parameter("window", "PT30S"), new Parameter("fdr", "0.01")), 42L,
                "Bipartite configuration model per degree class: how often two accounts would act on the same"
                        + " object within the window if each kept its activity but acted at random.",
                Provenance.STANDARD_LIMITATIONS);
        return new CaseFile(summary, new Network(nodes, edges), timeline, new HourOfWeek(hoCoord, hoOrganic),
                List.of(k0, k1), cards, provenance);
    }
}
