package org.trollscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trollscope.io.report.AccountCard;
import org.trollscope.io.report.CaseFile;
import org.trollscope.io.report.CommunityCard;
import org.trollscope.io.report.InputFile;
import org.trollscope.io.report.Network;
import org.trollscope.io.report.NetworkEdge;
import org.trollscope.io.report.NetworkNode;
import org.trollscope.io.report.Provenance;
import org.trollscope.io.report.ReportWriter;
import org.trollscope.io.report.Summary;

/**
 * A generated report at the size the case file must handle: 10,000 accounts and 100,000 links
 * (seeded, 40 communities over 6,000 coordinated accounts, 80 % of links inside a community). It
 * must load, draw, finish its bounded layout and answer a search. No timing is asserted.
 */
class LargeReportTest {
    static final int NODES = 10_000;
    static final int EDGES = 100_000;
    static final int COMMUNITIES = 40;

    static int community(int i) {
        return i < 6_000 ? i % COMMUNITIES : -1;
    }

    static CaseFile large(long seed) {
        Random random = new Random(seed);
        List<NetworkNode> nodes = new ArrayList<>(NODES);
        for (int i = 0; i < NODES; i++) {
            nodes.add(new NetworkNode("n" + i, "@user_" + i, community(i), community(i) >= 0, 1 + random.nextInt(500)));
        }
        Set<Long> seen = new HashSet<>();
        List<NetworkEdge> edges = new ArrayList<>(EDGES);
        while (edges.size() < EDGES) {
            int a, b;
            if (random.nextDouble() < 0.8) {           // inside one community: same residue mod 40 below 6,000
                int k = random.nextInt(COMMUNITIES);
                a = k + COMMUNITIES * random.nextInt(6_000 / COMMUNITIES);
                b = k + COMMUNITIES * random.nextInt(6_000 / COMMUNITIES);
            } else {
                a = random.nextInt(NODES);
                b = random.nextInt(NODES);
            }
            if (a == b || !seen.add((long) Math.min(a, b) * NODES + Math.max(a, b))) {
                continue;
            }
            edges.add(new NetworkEdge("n" + a, "n" + b, 1 + random.nextInt(20), List.of("co-share"), null));
        }
        List<CommunityCard> communities = new ArrayList<>();
        for (int k = 0; k < COMMUNITIES; k++) {
            List<String> members = new ArrayList<>();
            for (int i = k; i < 6_000; i += COMMUNITIES) {
                members.add("n" + i);
            }
            communities.add(new CommunityCard(k, "community " + k, members, List.of(), List.of(), List.of(), List.of()));
        }
        List<AccountCard> cards = List.of(new AccountCard("n4242", "@user_4242", "twitter", null, null, null,
                community(4242), true, List.of("generated"), List.of()));
        Summary summary = new Summary("Generated: 10,000 accounts", List.of(new InputFile("generated", EDGES, null)),
                null, null, List.of("twitter"), NODES, 1_000_000, 6_000, EDGES, COMMUNITIES, null, null, null);
        return new CaseFile(summary, new Network(nodes, edges), null, null, communities, cards,
                new Provenance("test", List.of(), seed, "none (generated)", Provenance.STANDARD_LIMITATIONS));
    }

    @Test
    void aReportOfTenThousandAccountsAndAHundredThousandLinksLoadsAndAnswers() throws IOException {
        Files.createDirectories(ReportPageTest.OUT);
        Path html = ReportPageTest.OUT.resolve("large-report.html").toAbsolutePath();
        ReportWriter.write(large(7), html);
        try (ReportBrowser browser = ReportBrowser.launch()) {
            OpenedReport r = browser.open(html, 300_000);
            Page p = r.page();
            assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo("10000");
            assertThat(p.getAttribute("#network", "data-edges")).isEqualTo("100000");
            assertThat(p.locator("#network canvas").count()).isGreaterThan(0);
            p.waitForFunction("() => window.trollscope.layoutDone === true");
            p.fill("#search", "user_4242");
            p.press("#search", "Enter");
            assertThat(r.openCardAccount()).isEqualTo("n4242");
            assertThat(p.textContent("#card h3")).isEqualTo("@user_4242");
            r.clickNode("n4242");
            assertThat(r.openCardAccount()).isEqualTo("n4242");
            assertThat(p.locator("#community-list .community").count()).isEqualTo(COMMUNITIES);
            assertThat(r.consoleErrors()).isEmpty();
            System.out.println("large report timings (ms since navigation): " + p.evaluate("() => JSON.stringify(window.trollscope.timings)"));
            p.screenshot(new Page.ScreenshotOptions().setPath(ReportPageTest.OUT.resolve("large-report.png")));
            p.close();
        }
    }
}
