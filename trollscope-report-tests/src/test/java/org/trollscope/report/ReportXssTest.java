package org.trollscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trollscope.io.report.AccountCard;
import org.trollscope.io.report.AccountScore;
import org.trollscope.io.report.CaseFile;
import org.trollscope.io.report.CommunityCard;
import org.trollscope.io.report.CommunitySeries;
import org.trollscope.io.report.CueRow;
import org.trollscope.io.report.DayShareRow;
import org.trollscope.io.report.EpisodeRow;
import org.trollscope.io.report.EventRow;
import org.trollscope.io.report.EvidencePair;
import org.trollscope.io.report.HourOfWeek;
import org.trollscope.io.report.InputFile;
import org.trollscope.io.report.MarkerKind;
import org.trollscope.io.report.Network;
import org.trollscope.io.report.NetworkEdge;
import org.trollscope.io.report.NetworkNode;
import org.trollscope.io.report.OperationSection;
import org.trollscope.io.report.OperatorRow;
import org.trollscope.io.report.Parameter;
import org.trollscope.io.report.Provenance;
import org.trollscope.io.report.RankedItem;
import org.trollscope.io.report.ReportWriter;
import org.trollscope.io.report.ScoreComponent;
import org.trollscope.io.report.SignalWeight;
import org.trollscope.io.report.Summary;
import org.trollscope.io.report.TargetRow;
import org.trollscope.io.report.TeamRow;
import org.trollscope.io.report.TextPair;
import org.trollscope.io.report.TimeBin;
import org.trollscope.io.report.Timeline;
import org.trollscope.io.report.TimelineMarker;

/**
 * Attacker-controlled text in every field of a case file: script tags, a script-closing tag, event
 * handler attributes, {@code javascript:} and {@code data:} URLs, line separators. Each payload, if
 * it ran, would set {@code window.pwned}; none may run, no element may be created from them, and
 * the texts must be shown literally.
 */
class ReportXssTest {
    static final String SCRIPT = "<script>window.pwned='script'</script>";
    static final String CLOSE = "</script><script>window.pwned='close'</script><!--";
    static final String IMG = "<img src=x onerror=\"window.pwned='img'\">";
    static final String ATTR = "\" onmouseover=\"window.pwned='attr'\" x=\"";
    static final String JS_URL = "javascript:window.pwned='href'";
    static final String JS_URL_MIXED = " JaVaScRiPt:window.pwned='href2'";
    static final String DATA_URL = "data:text/html,<script>window.pwned='data'</script>";
    static final String SEPARATORS = "line\u2028separator\u2029paragraph ]]> &amp; &lt;b&gt;";

    private static ReportBrowser browser;
    private static Path html;

    @BeforeAll
    static void writeHostileReportAndLaunch() throws IOException {
        Files.createDirectories(ReportPageTest.OUT);
        html = ReportPageTest.OUT.resolve("hostile-report.html").toAbsolutePath();
        ReportWriter.write(hostile(), html);
        browser = ReportBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static CaseFile hostile() {
        Instant t = Instant.parse("2024-05-01T10:00:00Z");
        List<String> ids = List.of("x1", "x2", CLOSE);
        List<String> handles = List.of(SCRIPT, IMG, ATTR);
        List<NetworkNode> nodes = List.of(
                new NetworkNode(ids.get(0), handles.get(0), 0, true, 5),
                new NetworkNode(ids.get(1), handles.get(1), 0, true, 5),
                new NetworkNode(ids.get(2), handles.get(2), 0, true, 5));
        List<NetworkEdge> edges = List.of(
                new NetworkEdge(ids.get(0), ids.get(1), 3, List.of(SCRIPT), 0.001),
                new NetworkEdge(ids.get(1), ids.get(2), 3, List.of(IMG), 0.001));
        List<AccountCard> cards = List.of(
                new AccountCard(ids.get(0), handles.get(0), IMG, JS_URL, t, 1L, 0, true,
                        List.of(SCRIPT, CLOSE, SEPARATORS), List.of(new RankedItem(JS_URL, 3), new RankedItem(IMG, 2))),
                new AccountCard(ids.get(1), handles.get(1), SCRIPT, JS_URL_MIXED, t, 1L, 0, true, List.of(ATTR), List.of()),
                new AccountCard(ids.get(2), handles.get(2), ATTR, DATA_URL, t, 1L, 0, true, List.of(IMG), List.of()));
        CommunityCard community = new CommunityCard(0, SCRIPT + IMG, ids,
                List.of(new RankedItem(SCRIPT, 4)), List.of(new RankedItem(JS_URL, 4), new RankedItem(DATA_URL, 1)),
                List.of(new EvidencePair(ids.get(0), ids.get(1), IMG, JS_URL, t, t.plusSeconds(5), JS_URL, DATA_URL),
                        new EvidencePair(ids.get(1), ids.get(2), ATTR, CLOSE, t, t.plusSeconds(9), JS_URL_MIXED,
                                "https://example.org/ok?q=" + ATTR)),
                List.of(new TextPair(ids.get(0), SCRIPT + "\n" + IMG, JS_URL, ids.get(2), CLOSE + SEPARATORS, DATA_URL, 0.9)));
        Summary summary = new Summary(CLOSE + IMG, List.of(new InputFile(SCRIPT, 3, null)), t, t.plusSeconds(3600),
                List.of(IMG), 3, 3, 3, 2, 1, null, null, SCRIPT);
        Timeline timeline = new Timeline(TimeBin.HOUR, t, List.of(1L, 2L), List.of(1L, 1L),
                List.of(new CommunitySeries(0, SCRIPT, List.of(1L, 1L))),
                List.of(new TimelineMarker(t, MarkerKind.CUE, CLOSE), new TimelineMarker(t.plusSeconds(3600), MarkerKind.EVENT, IMG)));
        Long[] zeros = new Long[HourOfWeek.HOURS];
        java.util.Arrays.fill(zeros, 1L);
        Provenance provenance = new Provenance(SCRIPT, List.of(new Parameter(IMG, CLOSE)), null, ATTR,
                List.of(SCRIPT, IMG));
        OperationSection operation = new OperationSection(3, 2, List.of(new DayShareRow(SCRIPT, 3, 2)),
                List.of(new OperatorRow(1, List.of(ids.get(0), CLOSE), 0.5, 3, 6, 2, 1, IMG)),
                List.of(new TeamRow(1, ids, List.of(1), 3, CLOSE, 3, 0.6)),
                List.of(new TargetRow(JS_URL, CLOSE, 2, 2, 3, 1), new TargetRow(IMG, null, 1, 1, 1, 0)), 2,
                List.of(new EpisodeRow(1, SCRIPT, t, t.plusSeconds(30), 3, 3, CLOSE, 1)), 1,
                List.of(new CueRow(1, t, t.plusSeconds(30), 3, 3, List.of(IMG), List.of(ATTR))),
                List.of(new EventRow(ATTR, t, t, t.plusSeconds(3600), 3, 2, 2, List.of(1), false)),
                List.of(new SignalWeight(SCRIPT, IMG, 0.25, 3, true)), CLOSE + SEPARATORS, List.of(ids.get(1)));
        List<AccountCard> scored = new java.util.ArrayList<>();
        for (AccountCard c : cards) {
            scored.add(new AccountCard(c.id(), c.handle(), c.platform(), c.url(), c.created(), c.followers(),
                    c.community(), c.coordinated(), c.signals(), c.topTargets(), new AccountScore(0.5,
                            List.of(new ScoreComponent(IMG, 1.0, 0.25)), List.of(SCRIPT, CLOSE))));
        }
        return new CaseFile(summary, new Network(nodes, edges), timeline,
                new HourOfWeek(List.of(zeros), List.of(zeros)), List.of(community), scored, operation, provenance);
    }

    @Test
    void noPayloadRunsAndNoElementIsMadeFromData() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        p.waitForFunction("() => window.trollscope.layoutDone === true");
        p.locator("#share-by-day summary").click();          // open the per-day table
        for (String id : List.of("x1", "x2", CLOSE)) {     // open every card, hover every member button
            p.evaluate("id => window.trollscope.openAccount(id)", id);
        }
        p.locator(".members button").first().hover();
        assertThat(p.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertThat(p.locator("img").count()).isZero();
        assertThat(p.locator("script").count()).isEqualTo(6);       // data block + 4 libraries + page script
        assertThat(p.locator("[onerror], [onmouseover]").count()).isZero();
        assertThat(r.consoleErrors()).isEmpty();                   // a CSP violation would be reported here
        assertThat(r.requests()).isEmpty();
        assertThat(p.evaluate("() => window.trollscope.errors.length")).isEqualTo(0);
        p.close();
    }

    @Test
    void onlyHttpAndHttpsUrlsBecomeLinks() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        p.evaluate("() => window.trollscope.openAccount('x1')");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) p.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
        assertThat(hrefs).isNotEmpty().allSatisfy(h -> assertThat(h).matches("#[a-z-]+|https://example\\.org/.*"));
        // the one accepted URL keeps its attribute payload inside the URL, percent-encoded
        assertThat(hrefs).contains("https://example.org/ok?q=%22%20onmouseover=%22window.pwned=%27attr%27%22%20x=%22");
        assertThat(p.locator("a[href^='https']").first().getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        p.close();
    }

    @Test
    void hostileTextIsShownLiterally() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        assertThat(p.textContent("#title")).isEqualTo(CLOSE + IMG);
        assertThat(p.title()).isEqualTo(CLOSE + IMG + " – trollscope case file");
        p.evaluate("id => window.trollscope.openAccount(id)", CLOSE);
        assertThat(p.textContent("#card h3")).isEqualTo(ATTR);
        assertThat(p.textContent("#card .mono")).isEqualTo(CLOSE);
        p.evaluate("() => window.trollscope.openAccount('x1')");
        assertThat(p.locator("#card .signals li").allTextContents()).containsExactly(SCRIPT, CLOSE, SEPARATORS);
        assertThat(p.locator("#community-0 .post .text").allTextContents()).containsExactly(SCRIPT + "\n" + IMG, CLOSE + SEPARATORS);
        assertThat(p.textContent("#community-0 h3")).endsWith(SCRIPT + IMG + " · 3 accounts");
        assertThat(p.textContent("#markers")).contains(CLOSE).contains(IMG);
        assertThat(p.textContent("#method-body")).contains(SCRIPT).contains(IMG).contains(CLOSE).contains(ATTR);
        // the operation map and the card's score show their texts as text
        assertThat(p.locator("#card .reasons li").allTextContents()).containsExactly(SCRIPT, CLOSE);
        assertThat(p.textContent("#operators")).contains(IMG);
        assertThat(p.locator("#targets tbody tr").first().locator("td").first().textContent()).isEqualTo(JS_URL);
        assertThat(p.textContent("#episodes")).contains(SCRIPT);
        assertThat(p.textContent("#cues")).contains(IMG).contains(ATTR);
        assertThat(p.textContent("#events")).contains(ATTR);
        assertThat(p.textContent("#signal-weights")).contains(SCRIPT).contains(IMG);
        assertThat(p.textContent("#operation")).contains(CLOSE + SEPARATORS);
        // search treats the query as text, not as a pattern or markup
        p.fill("#search", "<img");
        p.press("#search", "Enter");
        assertThat(p.locator("#search-results button").allTextContents()).containsExactly(IMG);
        p.close();
    }
}
