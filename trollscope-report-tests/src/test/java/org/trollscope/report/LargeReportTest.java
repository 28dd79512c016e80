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

    /** The first 60 % of accounts are coordinated, account i in community i mod 40. */
    static int community(int i, int nodeCount) {
        return i < nodeCount * 6 / 10 ? i % COMMUNITIES : -1;
    }

    static CaseFile large(long seed, int nodeCount, int edgeCount) {
        Random random = new Random(seed);
        int coordinated = nodeCount * 6 / 10;
        List<NetworkNode> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            int k = community(i, nodeCount);
            nodes.add(new NetworkNode("n" + i, "@user_" + i, k, k >= 0, 1 + random.nextInt(500)));
        }
        Set<Long> seen = new HashSet<>();
        List<NetworkEdge> edges = new ArrayList<>(edgeCount);
        while (edges.size() < edgeCount) {
            int a, b;
            if (random.nextDouble() < 0.8) {           // inside one community: same residue mod 40
                int k = random.nextInt(COMMUNITIES);
                a = k + COMMUNITIES * random.nextInt(coordinated / COMMUNITIES);
                b = k + COMMUNITIES * random.nextInt(coordinated / COMMUNITIES);
            } else {
                a = random.nextInt(nodeCount);
                b = random.nextInt(nodeCount);
            }
            if (a == b || !seen.add((long) Math.min(a, b) * nodeCount + Math.max(a, b))) {
                continue;
            }
            edges.add(new NetworkEdge("n" + a, "n" + b, 1 + random.nextInt(20), List.of("co-share"), null));
        }
        List<CommunityCard> communities = new ArrayList<>();
        for (int k = 0; k < COMMUNITIES; k++) {
            List<String> members = new ArrayList<>();
            for (int i = k; i < coordinated; i += COMMUNITIES) {
                members.add("n" + i);
            }
            communities.add(new CommunityCard(k, "community " + k, members, List.of(), List.of(), List.of(), List.of()));
        }
        List<AccountCard> cards = List.of(new AccountCard("n4242", "@user_4242", "twitter", null, null, null,
                community(4242, nodeCount), true, List.of("generated"), List.of()));
        Summary summary = new Summary("Generated: " + nodeCount + " accounts",
                List.of(new InputFile("generated", edgeCount, null)), null, null, List.of("twitter"), nodeCount,
                1_000_000, coordinated, edgeCount, COMMUNITIES, null, null, null);
        return new CaseFile(summary, new Network(nodes, edges), null, null, communities, cards,
                new Provenance("test", List.of(), seed, "none (generated)", Provenance.STANDARD_LIMITATIONS));
    }

    @Test
    void aReportOfTenThousandAccountsAndAHundredThousandLinksLoadsAndAnswers() throws IOException {
        Files.createDirectories(ReportPageTest.OUT);
        Path html = ReportPageTest.OUT.resolve("large-report.html").toAbsolutePath();
        ReportWriter.write(large(7, NODES, EDGES), html);
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
            assertThat(p.evaluate("() => window.trollscope.layoutMode")).isEqualTo("worker");
            assertThat(r.consoleErrors()).isEmpty();
            System.out.println("large report timings (ms since navigation): " + p.evaluate("() => JSON.stringify(window.trollscope.timings)")
                    + ", layout in the " + p.evaluate("() => window.trollscope.layoutMode"));
            p.screenshot(new Page.ScreenshotOptions().setPath(ReportPageTest.OUT.resolve("large-report.png")));
            p.close();
        }
    }

    @Test
    void withoutWebWorkersABigNetworkIsLaidOutOnThePageThread() throws IOException {
        // 5,000 accounts: above the 2,000 where the page prefers a worker
        Files.createDirectories(ReportPageTest.OUT);
        Path html = ReportPageTest.OUT.resolve("no-worker-report.html").toAbsolutePath();
        ReportWriter.write(large(11, 5_000, 10_000), html);
        try (ReportBrowser browser = ReportBrowser.launch()) {
            OpenedReport r = browser.open(html, 300_000, "delete window.Worker;");
            Page p = r.page();
            p.waitForFunction("() => window.trollscope.layoutDone === true");
            assertThat(p.evaluate("() => window.trollscope.layoutMode")).isEqualTo("page");
            assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo("5000");
            r.clickNode("n4242");
            assertThat(r.openCardAccount()).isEqualTo("n4242");
            assertThat(r.consoleErrors()).isEmpty();
            p.close();
        }
    }
}
