package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    Path fixture() throws IOException {
        // alice: 3 actions, bob: 2, carol: 1; p1 is acted on 3 times, p2 once; span 10:00 .. 12:00 = 0.1 days
        return Files.writeString(dir.resolve("a.csv"),
                "action_id,platform,account_id,action_type,target_id,created_at\n"
                        + "1,twitter,alice,post,,2021-06-16T10:00:00Z\n"
                        + "2,twitter,alice,share,p1,2021-06-16T10:30:00Z\n"
                        + "3,twitter,bob,share,p1,2021-06-16T10:31:00Z\n"
                        + "4,twitter,carol,like,p1,2021-06-16T11:00:00Z\n"
                        + "5,twitter,bob,reply,p2,2021-06-16T11:30:00Z\n"
                        + "6,twitter,alice,like,p2,2021-06-16T12:00:00Z\n"
                        + "6,twitter,alice,like,p2,2021-06-16T12:00:00Z\n");
    }

    @Test
    void inspectSummarisesRowsAccountsTypesSpanTargetsAndActiveAccounts() throws IOException {
        CliRun r = CliRun.of("inspect", fixture().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("rows read +7")
                .containsPattern("duplicate action ids +1 \\(kept once\\)")
                .containsPattern("actions +6")
                .containsPattern("accounts +3 \\(3 acting\\)")
                .containsPattern("distinct targets +2")
                .contains("2021-06-16T10:00:00Z .. 2021-06-16T12:00:00Z (0.1 days)")
                .containsPattern("  share +2")
                .containsPattern("  like +2")
                .containsPattern("  twitter +6")
                .containsPattern("most acted-on targets \\(top 10\\)\\n  p1 +3\\n  p2 +2")
                .containsPattern("most active accounts \\(top 10\\)\\n  alice +3\\n  bob +2\\n  carol +1");
    }

    @Test
    void aBadRowEndsWithExitCodeOneAndFileLineAndReason() throws IOException {
        Path p = Files.writeString(dir.resolve("bad.csv"), "account_id,action_type,created_at\na,post,1\nb,dance,2\n");
        CliRun r = CliRun.of("inspect", p.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("trollscope: error: " + p + ":3: unknown action type 'dance'");
    }

    @Test
    void skippingBadRowsReportsThemAndWritesTheRejectsFile() throws IOException {
        Path p = Files.writeString(dir.resolve("bad.csv"), "account_id,action_type,created_at\na,post,1\nb,dance,2\n");
        Path rejects = dir.resolve("out/rejects.csv");
        CliRun r = CliRun.of("inspect", "--on-error", "skip", "--rejects", rejects.toString(), p.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("rows rejected +1 \\(see " + java.util.regex.Pattern.quote(rejects.toString()) + "\\)");
        assertThat(rejects).exists();
    }

    @Test
    void formatMapAndTimezoneOptionsReachTheReader() throws IOException {
        Path p = Files.writeString(dir.resolve("m.csv"), "user,time\nu1,2021-06-16 13:00:00\n");
        CliRun r = CliRun.of("inspect", "--map", "account_id=user,created_at=time", "--timezone", "Europe/Moscow",
                "--format", "csv", p.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2021-06-16T10:00:00Z .. 2021-06-16T10:00:00Z").containsPattern("  post +1");
        assertThat(CliRun.of("inspect", "--format", "xml", p.toString()).err()).contains("unknown format 'xml'");
        assertThat(CliRun.of("inspect", "--timezone", "Mars/Olympus", p.toString()).err()).contains("unknown time zone");
    }

    @Test
    void aMissingInputIsNamedInOneLine() {
        CliRun r = CliRun.of("inspect", dir.resolve("absent.csv").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("trollscope: error: " + dir.resolve("absent.csv") + ": no such file" + System.lineSeparator());
    }
}
