package org.trollscope.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.trollscope.cli.TrollscopeCommand;
import picocli.CommandLine;

class BenchNearTextCommandTest {
    @Test
    void aSmallRunReportsTimesCountsAndQuality() {
        CommandLine cl = TrollscopeCommand.commandLine();
        StringWriter s = new StringWriter();
        cl.setOut(new PrintWriter(s));
        int code = cl.execute("bench", "neartext", "--posts", "3000", "--threads", "2", "--curve", "200");
        String out = s.toString();
        assertThat(code).isZero();
        // 3000 posts = 3 blocks of 1000, each with 4 groups of 5: 12 groups × C(5, 2) = 120 planted pairs
        assertThat(out).contains("posts           3,000 generated").contains("120 planted pairs");
        assertThat(out).contains("verified pairs").contains("recall").contains("peak heap").contains("threshold  precision");
    }

    @Test
    void theDetectModeRunsTheNearTextMethodAndChecksEdgesAgainstTheTeams() {
        CommandLine cl = TrollscopeCommand.commandLine();
        StringWriter s = new StringWriter();
        cl.setOut(new PrintWriter(s));
        int code = cl.execute("bench", "neartext", "--posts", "20000", "--threads", "2", "--detect", "--teams", "4");
        String out = s.toString();
        assertThat(code).as(out).isZero();
        // 20 blocks × 4 groups = 80 groups of five over 4 teams: every pair of a team co-posts ~20 talking
        // points, enough to stand out under a significance test as well as a count
        assertThat(out).contains("log             20,000 posts", "detect", "talking points", "(of 40 team pairs)",
                "stars:", "components:");
        assertThat(out).containsPattern("kept edges +[0-9,]+: [1-9][0-9]* inside a planted team");
    }
}
