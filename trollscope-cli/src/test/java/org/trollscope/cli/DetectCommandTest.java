package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DetectCommandTest {
    /** a, b, c retweet t1 and t2 10 s apart; d retweets t1 ten minutes later. */
    static final String SHARES = """
            object_id,account_id,content_id,timestamp_share
            t1,a,r1,1700000000
            t1,b,r2,1700000010
            t1,c,r3,1700000020
            t2,a,r4,1700003600
            t2,b,r5,1700003610
            t2,c,r6,1700003620
            t1,d,r7,1700000600
            """;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = TrollscopeCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path input(Path dir, String text) throws IOException {
        Path f = dir.resolve("shares.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void detectWritesEveryOutputAndSummarisesTheRun(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--min-participation", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        // a-b, a-c, b-c co-shared t1 and t2: weight 2 each; d is 580 s after c
        assertThat(r.out()).contains("kept edges 3", "coordinated accounts 3", "communities 1");
        for (String f : new String[] {"accounts.csv", "edges.csv", "evidence.csv", "communities.csv", "network.gexf",
                "network.graphml", "run.json"}) {
            assertThat(dir.resolve("out").resolve(f)).exists();
        }
        assertThat(Files.readAllLines(dir.resolve("out/edges.csv")).get(1)).startsWith("a,b,2,2,share:2,10,10,2,0,1,");
        assertThat(Files.readString(dir.resolve("out/run.json"))).contains("\"sha256\"", "\"rows\" : 7");
    }

    @Test
    void cooRTweetModeWritesCooRTweetsColumns(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--compat", "coortweet",
                "--window", "10s", "--min-participation", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        // 10 s window: a-b and b-c on both posts (10 s apart), a-c 20 s apart: no pair
        assertThat(Files.readAllLines(dir.resolve("out/edges.csv"))).containsExactly(
                "account_a,account_b,weight,n_content_id,n_content_id_y,edge_symmetry_score",
                "a,b,2,2,2,1", "b,c,2,2,2,1");
    }

    @Test
    void theThreadCountDoesNotChangeTheFiles(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        assertThat(run("detect", in.toString(), "--out", dir.resolve("one").toString(), "--threads", "1").exit()).isZero();
        assertThat(run("detect", in.toString(), "--out", dir.resolve("two").toString(), "--threads", "2").exit()).isZero();
        for (String f : new String[] {"accounts.csv", "edges.csv", "evidence.csv", "communities.csv", "network.gexf",
                "network.graphml"}) {
            assertThat(Files.readString(dir.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(f)));
        }
    }

    @Test
    void aMalformedRowIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path in = input(dir, "object_id,account_id,content_id,timestamp_share\nt1,a,r1,yesterday\n");
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("trollscope: error:", "shares.csv:2:", "yesterday", "--on-error skip");
    }

    @Test
    void anUnknownMethodIsRefusedNamingTheAllowedOnes(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--methods", "share,retweet");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown co-action method 'retweet'", "share, like, reply, link, hashtag");
    }
}
