package org.trollscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
import org.trollscope.core.operation.EventAlignment;
import org.trollscope.core.operation.KnownEvent;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.OperationParameters;
import org.trollscope.core.privacy.PseudonymousLog;
import org.trollscope.core.privacy.Pseudonyms;
import org.trollscope.io.evaluate.EventsReader;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.ReadOptions;
import org.trollscope.io.read.ReadResult;
import org.trollscope.io.report.CaseFileBuilder;
import org.trollscope.io.report.CaseFileOptions;
import org.trollscope.io.report.ReportWriter;
import org.trollscope.io.write.RunInfo;

/**
 * The operation map in a report made by the real pipeline, as {@code detect --events} makes it,
 * opened in chromium. The fixture ({@code operation/}): f1..f5 (handles zarina_karimova81..85,
 * created 2 min apart on 2024-02-20 from 08:00) share p1, p2 and p3 of city_hall on Monday to
 * Wednesday 2024-03-04..06 at 10:00:00, 10 s apart; o1..o4 share p1 or p2 hours later and post; w1
 * (ali_valiev77) likes p1 at 10:00:20 and p2 at 10:00:30, inside the bursts. Events: a moment
 * "stream" Tuesday 09:55 and a window "outage" Wednesday 09:00-12:00.
 *
 * <p>Worked by hand: f1..f5 form a clique (60 s window, 3 shared posts); each post is a cue (five
 * accounts start within 10 min), one episode each, 40 s long. Every pair of f hands off 10-40 s
 * apart on all three, never within 2 s: one operator; the four links that join it (f1-f2, f1-f3,
 * f1-f4, f1-f5) carry 3 hand-offs in 3 shared episodes each: 12 and 12, confidence 1. The operator
 * is team 1, led by f1 (first in 3 of 3). Actions: 25, 15 coordinated (60.0 %); per day 9/5, 8/5,
 * 7/5, 1/0. p1: 5 of 8 actions coordinated (o1, o2, w1), p2: 5 of 7 (o3, w1), p3: 5 of 5. The
 * stream's hour holds the 5 shares of p2 and w1's like: 6 actions, 5 coordinated, cue 2; the outage
 * holds the 5 shares of p3 and no organic action: a blocking window, cue 3.
 *
 * <p>Scores: f1 = network 1 × 0.25 (coordinated, operator, team) + cues 1 × 0.20 (3 of 3 actions)
 * + creation batch 1 × 0.15 (4 others within 10 min, none expected) + default handle 1 × 0.10 =
 * 0.700; too few actions for a rhythm, one action in the outage (2 needed). w1 = cues 1 × 0.20 (2 of
 * 2 actions, cues 1 and 2) + handle 0.10 = 0.300, the only other account scoring. 6 of the 11
 * handles look like defaults (55 %).
 */
class OperationReportTest {
    private static ReportBrowser browser;
    private static Path html;

    @BeforeAll
    static void writeReportAndLaunch() throws IOException {
        Files.createDirectories(ReportPageTest.OUT);
        html = ReportPageTest.OUT.resolve("operation-report.html").toAbsolutePath();
        ReportWriter.write(build(null), html);
        browser = ReportBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        Path to = dir.resolve(name);
        try (InputStream in = OperationReportTest.class.getResourceAsStream("/operation/" + name)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** What detect --events does after reading, on the count rule; pseudonymised with a salt. */
    static org.trollscope.io.report.CaseFile build(String salt) throws IOException {
        Path dir = ReportPageTest.OUT.resolve("operation");
        Files.createDirectories(dir);
        ReadResult read = ActivityReader.read(List.of(copy("actions.csv", dir)), copy("accounts.csv", dir),
                ReadOptions.defaults(), ProgressListener.NONE);
        List<KnownEvent> events = EventsReader.read(copy("events.csv", dir));
        ActivityLog log = salt == null ? read.log() : PseudonymousLog.of(read.log(), new Pseudonyms(salt)).log();
        AnalysisResult r = CoordinationAnalysis.run(log, AnalysisParameters.counting(), ProgressListener.NONE);
        // as detect: a pseudonymised log's handles are tokens, not read for the handle signal
        OperationMap m = OperationMap.of(r, OperationParameters.defaults(),
                AccountSignalParameters.defaults().withHandles(salt == null), events);
        List<EventAlignment> aligned = EventAlignment.align(m, r.log(), r.order(), r::coordinated, events,
                EventAlignment.DEFAULT_MARGIN);
        return CaseFileBuilder.build(r, new RunInfo("test", null, List.of(), 0, Map.of()),
                CaseFileOptions.defaults().withPseudonymized(salt != null), m, aligned);
    }

    private static List<String> row(Page p, String table, int i) {
        return p.locator("#" + table + " tbody tr").nth(i).locator("td").allTextContents();
    }

    /** Durations are rounded before they are split into units: 119.6 s is 2 min 0 s, not 1 min 60 s. */
    @Test
    void durationsRoundBeforeSplittingIntoUnits() {
        Page p = browser.open(html, 30_000).page();
        String[][] cases = {
            {"2024-03-04T10:00:00Z", "2024-03-04T10:00:40.04Z", "40 s"},
            {"2024-03-04T10:00:00Z", "2024-03-04T10:00:59.96Z", "1 min 0 s"},
            {"2024-03-04T10:00:00Z", "2024-03-04T10:01:59.6Z", "2 min 0 s"},
            {"2024-03-04T10:00:00Z", "2024-03-04T11:59:40Z", "2 h 0 min"},
            {"2024-03-04T10:00:00Z", "2024-03-04T12:14:29Z", "2 h 14 min"},
            {"2024-03-04T10:00:00Z", "2024-03-06T09:40:00Z", "2 d 0 h"},
        };
        for (String[] c : cases) {
            assertThat(p.evaluate("a => window.trollscope.fmtGap(a[0], a[1])", List.of(c[0], c[1])))
                    .as(c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void theShareOfTheDebateIsShownInTotalAndPerDay() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        assertThat(r.consoleErrors()).isEmpty();
        assertThat(r.requests()).isEmpty();
        assertThat(p.evaluate("() => window.trollscope.errors.length")).isEqualTo(0);
        assertThat(p.textContent("#operation-share"))
                .isEqualTo("Coordinated accounts made 15 of 25 actions (60.0 %) on the 4 day(s) with actions.");
        assertThat(p.locator("#share-chart canvas").count()).isEqualTo(1);
        assertThat(p.locator("#share-by-day tbody tr").count()).isEqualTo(4);
        assertThat(row(p, "share-by-day", 0)).containsExactly("2024-03-04", "9", "5", "55.6 %");
        assertThat(row(p, "share-by-day", 1)).containsExactly("2024-03-05", "8", "5", "62.5 %");
        assertThat(row(p, "share-by-day", 2)).containsExactly("2024-03-06", "7", "5", "71.4 %");
        assertThat(row(p, "share-by-day", 3)).containsExactly("2024-03-07", "1", "0", "0.0 %");
        Path shot = ReportPageTest.OUT.resolve("operation-section.png");
        p.locator("#operation").screenshot(new Locator.ScreenshotOptions().setPath(shot));
        assertThat(shot).exists();
        p.close();
    }

    @Test
    void operatorsTeamsTargetsAndEpisodesAreListed() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        assertThat(p.locator("#operators tbody tr").count()).isEqualTo(1);
        assertThat(row(p, "operators", 0)).containsExactly("1",
                "@zarina_karimova81@zarina_karimova82@zarina_karimova83@zarina_karimova84@zarina_karimova85",
                "1.00", "12", "12", "5 of 5", "a_a99 (5 of 5)", "1");
        assertThat(row(p, "teams", 0)).containsExactly("1",
                "@zarina_karimova81@zarina_karimova82@zarina_karimova83@zarina_karimova84@zarina_karimova85",
                "1", "3", "@zarina_karimova81", "3 of 3 (0.6 by chance)");
        assertThat(p.locator("#targets tbody tr").count()).isEqualTo(3);
        assertThat(row(p, "targets", 0)).containsExactly("p1", "owner1", "5", "5", "8", "62.5 % / 37.5 %", "1");
        assertThat(row(p, "targets", 1)).containsExactly("p2", "owner1", "5", "5", "7", "71.4 % / 28.6 %", "1");
        assertThat(row(p, "targets", 2)).containsExactly("p3", "owner1", "5", "5", "5", "100.0 % / 0.0 %", "1");
        assertThat(p.locator("#episodes tbody tr").count()).isEqualTo(3);
        assertThat(row(p, "episodes", 1)).containsExactly("2", "p2", "2024-03-05 10:00:00 UTC", "40 s", "5", "5",
                "@zarina_karimova81", "2");
        // the leader's button opens its card
        p.locator("#teams tbody tr td").nth(4).locator("button").click();
        assertThat(r.openCardAccount()).isEqualTo("f1");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void cuesAndKnownEventsAreAlignedAndMarkedOnTheTimeline() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        assertThat(p.locator("#cues tbody tr").count()).isEqualTo(3);
        assertThat(row(p, "cues", 0)).containsExactly("1", "2024-03-04 10:00:00 UTC", "40 s", "5", "5", "p1", "–");
        assertThat(row(p, "cues", 1)).containsExactly("2", "2024-03-05 10:00:00 UTC", "40 s", "5", "5", "p2", "stream");
        assertThat(row(p, "cues", 2)).containsExactly("3", "2024-03-06 10:00:00 UTC", "40 s", "5", "5", "p3", "outage");
        assertThat(row(p, "events", 0)).containsExactly("stream", "2024-03-05 09:55:00 UTC", "2024-03-05 10:55:00 UTC",
                "6", "83.3 %", "5", "2", "no");
        assertThat(row(p, "events", 1)).containsExactly("outage", "2024-03-06 09:00:00 UTC", "2024-03-06 12:00:00 UTC",
                "5", "100.0 %", "5", "3", "yes");
        assertThat(p.locator("#markers li").allTextContents()).containsExactly(
                "cue 2024-03-04 10:00:00 UTC: cue 1: 5 accounts", "event 2024-03-05 09:55:00 UTC: stream",
                "cue 2024-03-05 10:00:00 UTC: cue 2: 5 accounts", "event 2024-03-06 09:00:00 UTC: outage",
                "cue 2024-03-06 10:00:00 UTC: cue 3: 5 accounts");
        p.close();
    }

    @Test
    void anAccountCardShowsItsScoreComponentsAndReasons() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        p.evaluate("() => window.trollscope.openAccount('f1')");
        Locator card = p.locator("#card");
        assertThat(card.locator("h4").allTextContents()).contains("Score 0.700");
        assertThat(card.locator("table").nth(1).locator("tbody tr").allTextContents()).containsExactly(
                "network1.0000.250.250", "cues1.0000.200.200", "office hours0.0000.150.000",
                "creation batch1.0000.150.150", "default handle1.0000.100.100", "blocking windows0.0000.150.000");
        assertThat(card.locator(".reasons li").allTextContents()).containsExactly(
                "coordinated: kept links to 4 accounts (edges.csv)",
                "operator 1: hands off to its other accounts 2-180 s apart, never at the same instant (operators.csv)",
                "leads team 1: first in 3 of its 3 episodes, 0.6 by chance (teams.csv)",
                "100 % of its 3 actions on cue bursts (3 actions in 3 of 3 cues: 1, 2, 3)",
                "created in a batch with 4 other accounts within 10 min of it (2024-02-20 08:00 UTC to 2024-02-20 08:08 UTC; "
                        + "0.0 expected from the registrations around)",
                "default-looking handle @zarina_karimova81 (shape a_a99: a name and digits; 55 % of the handles in "
                        + "the data)");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void theWeightsAndTheHighestScoringAccountWithoutALinkAreShown() {
        OpenedReport r = browser.open(html, 30_000);
        Page p = r.page();
        // f1..f5 in the network, f1..f5 and w1 on cues, f1..f5 in a batch, f1..f5 and w1 with default
        // handles; nobody has 10 actions for a rhythm; the outage is a blocking window but nobody
        // acted twice in it
        assertThat(row(p, "signal-weights", 0)).containsExactly("network", "signal_network", "0.25", "5");
        assertThat(row(p, "signal-weights", 1)).containsExactly("cues", "signal_cues", "0.20", "6");
        assertThat(row(p, "signal-weights", 2)).containsExactly("office hours", "signal_office_hours", "0.15", "0");
        assertThat(row(p, "signal-weights", 3)).containsExactly("creation batch", "signal_creation_batch", "0.15", "5");
        assertThat(row(p, "signal-weights", 4)).containsExactly("default handle", "signal_default_handle", "0.10", "6");
        assertThat(row(p, "signal-weights", 5))
                .containsExactly("blocking windows", "signal_blocking_windows", "0.15", "0");
        assertThat(p.textContent("#scoring")).contains("55 % of the handles look like defaults");
        assertThat(p.locator("#top-other tbody tr").count()).isEqualTo(1);
        assertThat(row(p, "top-other", 0)).containsExactly("@ali_valiev77", "0.300",
                "100 % of its 2 actions on cue bursts (2 actions in 2 of 3 cues: 1, 2)");
        p.locator("#top-other button").click();
        assertThat(r.openCardAccount()).isEqualTo("w1");
        assertThat(p.textContent("#card")).contains("Score 0.300").doesNotContain("coordinated:");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }

    @Test
    void aPseudonymisedReportShowsTheOperationMapWithTokensOnly() throws IOException {
        Path pseudo = ReportPageTest.OUT.resolve("operation-report-pseudonymised.html").toAbsolutePath();
        ReportWriter.write(build("s3cret"), pseudo);
        assertThat(Files.readString(pseudo)).doesNotContain("zarina_karimova", "ali_valiev", "city_hall", "\"f1\"",
                "owner1", "default-looking");
        String f1 = new Pseudonyms("s3cret").token("f1");
        OpenedReport r = browser.open(pseudo, 30_000);
        Page p = r.page();
        // the log's handles are the accounts' tokens
        assertThat(row(p, "teams", 0).get(4)).isEqualTo("@" + f1);
        p.locator("#teams tbody tr td").nth(4).locator("button").click();
        assertThat(r.openCardAccount()).isEqualTo(f1);
        assertThat(row(p, "targets", 0).get(4)).isEqualTo("8");
        // the tokens are not read as handles: no share of default-looking handles is claimed
        assertThat(p.textContent("#scoring")).contains("Handles were not read").doesNotContain("look like defaults");
        assertThat(r.consoleErrors()).isEmpty();
        p.close();
    }
}
