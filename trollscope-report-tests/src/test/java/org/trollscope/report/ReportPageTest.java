package org.trollscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trollscope.io.report.CaseFile;
import org.trollscope.io.report.Network;
import org.trollscope.io.report.NetworkEdge;
import org.trollscope.io.report.NetworkNode;
import org.trollscope.io.report.ReportWriter;

/** The sample case file opened in chromium: it loads, draws, and answers clicks and searches. */
class ReportPageTest {
    static final Path OUT = Path.of("target", "report-artifacts");
    private static ReportBrowser browser;
    private static Path html;

    @BeforeAll
    static void writeSampleAndLaunch() throws IOException {
        Files.createDirectories(OUT);
        html = OUT.resolve("sample-report.html").toAbsolutePath();
        ReportWriter.write(SampleCaseFile.create(), html);
        browser = ReportBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theReportLoadsWithoutConsoleErrorsAndMakesNoRequests() {
        OpenedReport r = browser.open(html, 30_000);
        r.page().waitForFunction("() => window.trollscope.layoutDone === true");
        assertThat(r.consoleErrors()).isEmpty();
        assertThat(r.requests()).isEmpty();
        assertThat(r.page().textContent("#title")).isEqualTo("Harbour deal — sample case");
        assertThat(r.page().evaluate("() => window.trollscope.errors.length")).isEqualTo(0);
        r.page().close();
    }

    @Test
    void theNetworkDrawsAllTwelveAccountsAndFifteenLinksOnCanvas() {
        // 12 accounts; links: clique of 5 (10) + ring of 4 (4) + 1 bridge = 15
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        assertThat(p.locator("#network canvas").count()).isGreaterThan(0);
        assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo("12");
        assertThat(p.getAttribute("#network", "data-edges")).isEqualTo("15");
        assertThat(p.textContent("#network-stats")).isEqualTo("12 accounts · 15 links");
        p.close();
    }

    @Test
    void clickingANodeOpensItsAccountCard() {
        OpenedReport r = browser.open(html, 30_000);
        r.clickNode("a03");
        r.page().waitForFunction("() => !document.getElementById('card').hidden");
        assertThat(r.openCardAccount()).isEqualTo("a03");
        assertThat(r.page().textContent("#card h3")).isEqualTo("@port_voice");
        // a03 is in the clique of five: four links
        assertThat(r.page().textContent("#card")).contains("Links (4)");
        assertThat(r.consoleErrors()).isEmpty();
        r.page().close();
    }

    @Test
    void searchingAHandleOpensThatAccountsCard() {
        OpenedReport r = browser.open(html, 30_000);
        r.page().fill("#search", "moonlit_jane");
        r.page().press("#search", "Enter");
        assertThat(r.openCardAccount()).isEqualTo("a07");
        assertThat(r.page().textContent("#card")).contains("Night shift").contains("created within 3 days");
        r.page().fill("#search", "harbour");   // two handles contain "harbour": both listed, none opened anew
        r.page().click("#search-go");
        assertThat(r.page().locator("#search-results button").allTextContents())
                .containsExactly("@harbour_daily", "@harbour_news");
        r.page().close();
    }

    @Test
    void clickingAMemberOfACommunityCardOpensTheAccount() {
        OpenedReport r = browser.open(html, 30_000);
        r.page().locator("#community-1 .members button", new Page.LocatorOptions().setHasText("@insomnia_ivy")).click();
        assertThat(r.openCardAccount()).isEqualTo("a09");
        r.page().close();
    }

    @Test
    void timelinesHeatmapsEvidenceAndProvenanceAreShown() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        assertThat(p.locator("#timeline-all canvas").count()).isEqualTo(1);
        // dates on the charts are UTC although the browser runs in New York: the first bin is
        // 2024-03-01 00:00 UTC (it would read 2024-02-29 7:00pm in local time)
        p.evaluate("() => { const u = window.trollscope.charts[0]; u.setCursor({left: u.valToPos(u.data[0][0], 'x'), top: 10}); }");
        assertThat(p.locator("#timeline-all .u-legend .u-series").first().textContent()).contains("2024-03-01 12:00am");
        assertThat(p.locator("#timeline-communities canvas").count()).isEqualTo(1);
        assertThat(p.locator("#markers li").allTextContents())
                .containsExactly("cue 2024-03-08 09:00:00 UTC: burst of 30 shares", "event 2024-03-11 00:00:00 UTC: council vote");
        assertThat(p.locator("#heatmap-body td.cell").count()).isEqualTo(2 * 168);
        // evidence pair a01/a02: 12 s apart; a03/a04: 95 s = 1 min 35 s
        assertThat(p.locator("#community-0 table").nth(2).textContent()).contains("12 s").contains("1 min 35 s");
        assertThat(p.locator("#community-1 .post .text").allTextContents())
                .containsExactly("The harbour deal is a disgrace.\nResign now!", "the harbour deal is a DISGRACE. resign now!!");
        // 15 links x 1 % = 0.15 expected false links, rounded half up to one decimal
        assertThat(p.textContent("#summary-body")).contains("expected false links among those shown: 0.2 (FDR 1 %)");
        assertThat(p.textContent("#method-body")).contains("PT30S").contains("0".repeat(63) + "1")
                .contains("Coordination is not proof of inauthenticity");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void aCaseFileWithNothingFoundStillLoadsAndSaysSo() throws IOException {
        CaseFile sample = SampleCaseFile.create();
        CaseFile empty = new CaseFile(sample.summary(), new Network(List.of(), List.of()), null, null, List.of(), List.of(),
                sample.provenance());
        Path emptyHtml = OUT.resolve("empty-report.html").toAbsolutePath();
        ReportWriter.write(empty, emptyHtml);
        OpenedReport r = browser.open(emptyHtml, 30_000);
        Page p = r.page();
        assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo("0");
        assertThat(p.textContent("#community-list")).isEqualTo("No communities of coordinated accounts were found.");
        assertThat(p.textContent("#timelines")).contains("No timeline in this case file.");
        assertThat(p.textContent("#heatmap")).contains("No hour-of-week data in this case file.");
        p.fill("#search", "anyone");
        p.press("#search", "Enter");
        assertThat(p.textContent("#search-results")).isEqualTo("No account matches.");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void precomputedCoordinatesAreUsedAsGivenWithoutALayoutRun() throws IOException {
        CaseFile sample = SampleCaseFile.create();
        Network placed = new Network(List.of(
                new NetworkNode("a", "@a", 0, true, 1, null, 0.0, 0.0),
                new NetworkNode("b", "@b", 0, true, 1, null, 10.0, 0.0),
                new NetworkNode("c", "@c", -1, false, 1, null, 0.0, 10.0)),
                List.of(new NetworkEdge("a", "b", 1, List.of("co-share"), null)));
        Path placedHtml = OUT.resolve("placed-report.html").toAbsolutePath();
        ReportWriter.write(new CaseFile(sample.summary(), placed, null, null, List.of(), List.of(), sample.provenance()),
                placedHtml);
        OpenedReport r = browser.open(placedHtml, 30_000);
        Page p = r.page();
        assertThat(p.evaluate("() => window.trollscope.layoutDone")).isEqualTo(true);
        assertThat(p.isHidden("#layout-toggle")).isTrue();
        assertThat(p.evaluate("() => window.trollscope.graph.getNodeAttribute('b', 'x')")).isEqualTo(10);
        assertThat(p.evaluate("() => window.trollscope.graph.getNodeAttribute('c', 'y')")).isEqualTo(10);
        r.clickNode("c");
        assertThat(r.openCardAccount()).isEqualTo("c");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void aScreenshotIsKeptAsATestArtifact() throws IOException {
        OpenedReport r = browser.open(html, 30_000);
        r.clickNode("a01");
        r.page().waitForFunction("() => !document.getElementById('card').hidden");
        Path shot = OUT.resolve("sample-report.png");
        r.page().screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        Path network = OUT.resolve("sample-report-network.png");
        r.page().locator("#network-section").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(network));
        assertThat(Files.size(network)).isGreaterThan(10_000);
        r.page().close();
    }
}
