package org.trollscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.operation.AccountSignalParameters;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.OperationParameters;
import org.trollscope.core.privacy.PseudonymousLog;
import org.trollscope.core.privacy.Pseudonyms;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.FileReport;
import org.trollscope.io.read.ReadOptions;
import org.trollscope.io.read.ReadResult;
import org.trollscope.io.report.CaseFile;
import org.trollscope.io.report.CaseFileBuilder;
import org.trollscope.io.report.CaseFileOptions;
import org.trollscope.io.report.ReportWriter;
import org.trollscope.io.write.InputInfo;
import org.trollscope.io.write.RunInfo;

/**
 * Reports made by the real pipeline (reader → analysis → case file builder → writer), as
 * {@code trollscope detect} makes them, opened in chromium. The fixture ({@code pipeline/}): five
 * accounts share four posts 7 s apart, four others share three posts 12 s apart, six organic
 * accounts share once hours later and post; so 5 + 4 coordinated accounts, 10 + 6 links, two
 * communities. Also writes the demo's report and its screenshot (docs/report-demo.png comes from it).
 */
class PipelineReportTest {
    private static ReportBrowser browser;
    private static Path html;

    @BeforeAll
    static void writeReportAndLaunch() throws IOException {
        Files.createDirectories(ReportPageTest.OUT);
        html = ReportPageTest.OUT.resolve("pipeline-report.html").toAbsolutePath();
        ReportWriter.write(build(read(), null), html);
        browser = ReportBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static ReadResult read() throws IOException {
        Path dir = ReportPageTest.OUT.resolve("pipeline");
        Files.createDirectories(dir);
        Path actions = copy("actions.csv", dir);
        Path accounts = copy("accounts.csv", dir);
        return ActivityReader.read(List.of(actions), accounts, ReadOptions.defaults(), ProgressListener.NONE);
    }

    private static Path copy(String name, Path dir) throws IOException {
        Path to = dir.resolve(name);
        try (InputStream in = PipelineReportTest.class.getResourceAsStream("/pipeline/" + name)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /**
     * What detect does after reading, on the count rule (the fixture's links are counted by hand):
     * analyse, map the operation, build the case file.
     */
    static CaseFile build(ReadResult read, String salt) {
        return build(read, salt, AnalysisParameters.counting());
    }

    static CaseFile build(ReadResult read, String salt, AnalysisParameters parameters) {
        ActivityLog log = salt == null ? read.log() : PseudonymousLog.of(read.log(), new Pseudonyms(salt)).log();
        AnalysisResult r = CoordinationAnalysis.run(log, parameters, ProgressListener.NONE);
        List<InputInfo> inputs = read.report().inputs().stream()
                .map((FileReport f) -> new InputInfo(f.path().toString(), f.sha256(), f.rowsRead(), f.rowsRejected(), List.of()))
                .toList();
        OperationMap m = OperationMap.of(r, OperationParameters.defaults(),
                AccountSignalParameters.defaults().withHandles(salt == null), List.of());
        return CaseFileBuilder.build(r, new RunInfo("test", null, inputs, 0, Map.of()),
                CaseFileOptions.defaults().withPseudonymized(salt != null), m, List.of());
    }

    @Test
    void theReportOfARealRunLoadsWithoutConsoleErrorsAndDrawsItsNetwork() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        p.waitForFunction("() => window.trollscope.layoutDone === true");
        assertThat(r.consoleErrors()).isEmpty();
        assertThat(r.requests()).isEmpty();
        assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo("9");
        assertThat(p.getAttribute("#network", "data-edges")).isEqualTo("16");
        assertThat(p.locator("#community-list .community").count()).isEqualTo(2);
        assertThat(p.textContent("#summary-body")).contains("not estimated");
        assertThat(p.locator("#heatmap-body td.cell").count()).isEqualTo(2 * 168);
        p.close();
    }

    @Test
    void clickingANodeOpensItsAccountCard() {
        OpenedReport r = browser.open(html, 30_000);
        r.clickNode("u103");
        r.page().waitForFunction("() => !document.getElementById('card').hidden");
        assertThat(r.openCardAccount()).isEqualTo("u103");
        assertThat(r.page().textContent("#card h3")).isEqualTo("@port_voice");
        // u103 is in the group of five: four links, each of four shared posts
        assertThat(r.page().textContent("#card")).contains("Links (4)").contains("closest co-action");
        assertThat(r.consoleErrors()).isEmpty();
        r.page().close();
    }

    @Test
    void searchingAHandleFindsTheAccount() {
        OpenedReport r = browser.open(html, 30_000);
        r.page().fill("#search", "moonlit");
        r.page().press("#search", "Enter");
        assertThat(r.openCardAccount()).isEqualTo("u201");
        assertThat(r.page().textContent("#card")).contains("created 3 days before its first action in the data");
        assertThat(r.consoleErrors()).isEmpty();
        r.page().close();
    }

    @Test
    void aCappedNetworkSaysUnderTheNetworkWhatWasLeftOut() throws IOException {
        // at most 5 accounts: the group of five (strength 4 × 4 = 16 each) beats the four (3 × 3 = 9)
        Path capped = ReportPageTest.OUT.resolve("pipeline-report-capped.html").toAbsolutePath();
        ReadResult read = read();
        AnalysisResult r = CoordinationAnalysis.run(read.log(), AnalysisParameters.counting(), ProgressListener.NONE);
        ReportWriter.write(CaseFileBuilder.build(r, new RunInfo("test", null, List.of(), 0, Map.of()),
                CaseFileOptions.defaults().withLimits(5, 100, 1)), capped);
        OpenedReport o = browser.open(capped, 30_000);
        Page p = o.page();
        assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo("5");
        assertThat(p.isVisible("#network-note")).isTrue();
        assertThat(p.textContent("#network-note")).contains("the 5 most strongly linked of 9 coordinated accounts")
                .contains("the 1 largest of 2 communities");
        assertThat(o.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void aPseudonymisedReportShowsOnlyTokensAndFindsAnAccountByItsToken() throws IOException {
        Path pseudo = ReportPageTest.OUT.resolve("pipeline-report-pseudonymised.html").toAbsolutePath();
        ReportWriter.write(build(read(), "s3cret"), pseudo);
        assertThat(Files.readString(pseudo)).doesNotContain("port_voice", "moonlit_jane", "u103", "city_hall");
        String token = new Pseudonyms("s3cret").token("u103");
        OpenedReport r = browser.open(pseudo, 30_000);
        r.page().fill("#search", token);
        r.page().press("#search", "Enter");
        assertThat(r.openCardAccount()).isEqualTo(token);
        assertThat(r.consoleErrors()).isEmpty();
        r.page().close();
    }

    @Test
    void theDemoReportLoadsAndItsScreenshotIsKept() throws IOException {
        Path data = Path.of("..", "trollscope-cli", "src", "main", "resources", "org", "trollscope", "cli", "demo",
                "russian_coord_tweets.csv");
        ReadResult read = ActivityReader.read(List.of(data), null, ReadOptions.defaults(), ProgressListener.NONE);
        // as the demo runs it: detect's defaults, links kept by the significance tests
        CaseFile demo = build(read, null, AnalysisParameters.defaults());
        Path demoHtml = ReportPageTest.OUT.resolve("demo-report.html").toAbsolutePath();
        ReportWriter.write(demo, demoHtml);
        OpenedReport r = browser.open(demoHtml, 60_000);
        Page p = r.page();
        r.clickNode(demo.network().nodes().get(0).id());
        p.waitForFunction("() => !document.getElementById('card').hidden");
        assertThat(r.consoleErrors()).isEmpty();
        assertThat(p.getAttribute("#network", "data-nodes")).isEqualTo(Integer.toString(demo.network().nodes().size()));
        assertThat(p.textContent("#summary-body")).contains("expected false links among those shown", "(FDR 1 %)");
        // the README's picture: the whole network in community colours, no account selected
        p.click("#card button.close");
        Path shot = ReportPageTest.OUT.resolve("demo-report.png");
        p.locator("#network-section").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(shot));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        p.close();
    }
}
