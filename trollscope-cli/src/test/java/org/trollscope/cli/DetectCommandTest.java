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
import org.trollscope.io.write.DetectionOutputs;
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
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--min-participation", "1",
                "--threshold", "count", "--window", "60s");
        assertThat(r.exit()).as(r.err()).isZero();
        // a-b, a-c, b-c co-shared t1 and t2: weight 2 each; d is 580 s after c
        assertThat(r.out()).contains("kept edges 3", "coordinated accounts 3", "communities 1");
        for (String f : DetectionOutputs.FILES) {
            assertThat(dir.resolve("out").resolve(f)).exists();
        }
        assertThat(r.out()).contains("operation: coordinated accounts made 6 of 7 actions", "brigading episodes 2");
        assertThat(Files.readAllLines(dir.resolve("out/edges.csv")).get(1)).startsWith("a,b,2,2,share:2,10,10,2,0,1,");
        assertThat(Files.readString(dir.resolve("out/run.json"))).contains("\"sha256\"", "\"rows\" : 7");
    }

    @Test
    void knownEventsAreAlignedWithTheOperation(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        Path events = dir.resolve("events.csv");
        // t1 is shared from 1700000000 = 2023-11-14T22:13:20Z on; a blocking window to 22:30 holds a, b, c and d (+600 s)
        Files.writeString(events, "time,label,end\n2023-11-14T22:13:20Z,blocking,2023-11-14T22:30:00Z\n"
                + "2023-11-14T23:13:20Z,livestream,\n");
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--min-participation", "1",
                "--threshold", "count", "--window", "60s", "--events", events.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // the livestream is a moment: the hour after it holds t2's three shares
        assertThat(Files.readAllLines(dir.resolve("out/events.csv"))).containsExactly(
                "event,label,start,end,window_end,actions,coordinated_actions,coordinated_share,coordinated_accounts,"
                        + "cues,accounts",
                "1,blocking,2023-11-14T22:13:20Z,2023-11-14T22:30:00Z,2023-11-14T22:30:00Z,4,3,0.75,3,,a b c",
                "2,livestream,2023-11-14T23:13:20Z,2023-11-14T23:13:20Z,2023-11-15T00:13:20Z,3,3,1,3,,a b c");
        assertThat(r.out()).contains("event blocking: 4 actions, 3 by 3 coordinated accounts; cues near it: none");
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
        for (String f : DetectionOutputs.FILES.stream().filter(f -> !f.equals("run.json")).toList()) {
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

    /**
     * Two scripts, each posted by alice, then bob (disguised: Latin look-alike letters, upper case,
     * emoji) 5 min later and carol (a word added) 10 min later; dave posts both three hours later.
     * With the one-hour text window alice, bob and carol co-act on two talking points (weight 2);
     * dave only with an unbounded window.
     */
    static final String TEXTS = """
            action_id,account_id,action_type,text,created_at
            m1,alice,post,"Мы против экстремизма! Таджикистан выбирает мир и единство народа.",2024-03-01T12:00:00Z
            m2,bob,post,"MЫ ПPOТИВ ЭКСТPEМИЗМА!!! 🇹🇯 Таджикистан выбирает мир и единство народа 👍",2024-03-01T12:05:00Z
            m3,carol,post,"Мы против экстремизма! Таджикистан выбирает мир и единство нашего народа.",2024-03-01T12:10:00Z
            m4,alice,post,"Правительство строит новые школы и дороги, народ благодарит президента.",2024-03-02T09:00:00Z
            m5,bob,post,"ПPАВИТЕЛЬСТВО СТPОИТ НОВЫЕ ШКОЛЫ И ДОPОГИ, НАPОД БЛАГОДАPИТ ПPЕЗИДЕНТА 🙏",2024-03-02T09:05:00Z
            m6,carol,post,"Правительство строит новые школы и дороги, весь народ благодарит президента.",2024-03-02T09:10:00Z
            m7,dave,post,"Мы против экстремизма! Таджикистан выбирает мир и единство народа.",2024-03-01T15:10:00Z
            m8,dave,post,"Правительство строит новые школы и дороги, народ благодарит президента.",2024-03-02T12:10:00Z
            m9,erin,post,"Сегодня в Душанбе тепло, идём с детьми в парк Рудаки.",2024-03-01T12:01:00Z
            """;

    @Test
    void nearDuplicateTextsMakeEdgesWithBothTextsInTheEvidenceAndTalkingPoints(@TempDir Path dir) throws IOException {
        Path in = input(dir, TEXTS);
        Path out = dir.resolve("out");
        Run r = run("detect", in.toString(), "--out", out.toString(), "--threshold", "count");
        assertThat(r.exit()).as(r.err()).isZero();
        // alice-bob, alice-carol, bob-carol co-post both scripts within the hour: weight 2 each; dave is 3 h late
        assertThat(r.out()).contains("co-near-text", "talking points 2", "kept edges 3", "text window 1 h");
        assertThat(Files.readAllLines(out.resolve("edges.csv"))).hasSize(1 + 3);
        assertThat(Files.readAllLines(out.resolve("edges.csv")).get(1)).startsWith("alice,bob,2,2,near-text:2,300,");
        String evidence = Files.readString(out.resolve("evidence.csv"));
        assertThat(evidence.lines().findFirst().orElseThrow()).endsWith(",gap_s,text_similarity,text_a,text_b");
        assertThat(evidence).containsPattern("alice,bob,near-text,narrative-1,m1,m2,2024-03-01T12:00:00Z,"
                + "2024-03-01T12:05:00Z,300,(0\\.[4-9][0-9]{2}|1\\.000),"
                + "Мы против экстремизма! Таджикистан выбирает мир и единство народа\\.,"
                + "MЫ ПPOТИВ ЭКСТPEМИЗМА!!! 🇹🇯 Таджикистан выбирает мир и единство народа 👍");
        // two talking points of three messages each, representative: the earliest of the equally linked
        assertThat(Files.readAllLines(out.resolve("narratives.csv"))).containsExactly(
                "cluster,representative_text,messages,accounts,first_time,last_time",
                "1,Мы против экстремизма! Таджикистан выбирает мир и единство народа.,3,3,2024-03-01T12:00:00Z,"
                        + "2024-03-01T12:10:00Z",
                "2,\"Правительство строит новые школы и дороги, народ благодарит президента.\",3,3,2024-03-02T09:00:00Z,"
                        + "2024-03-02T09:10:00Z");
        assertThat(Files.readAllLines(out.resolve("narrative_messages.csv"))).hasSize(1 + 6);
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"text_window_s\" : 3600", "\"near-text\"");
    }

    @Test
    void anUnboundedTextWindowReachesThePostsHoursLater(@TempDir Path dir) throws IOException {
        Path in = input(dir, TEXTS);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--text-window", "unbounded",
                "--threshold", "count");
        assertThat(r.exit()).as(r.err()).isZero();
        // dave joins both talking points: every pair of the four accounts co-acts on two of them
        assertThat(r.out()).contains("talking points 2", "kept edges 6", "text window unbounded");
        assertThat(Files.readAllLines(dir.resolve("out/narrative_messages.csv"))).hasSize(1 + 8);
        assertThat(Files.readString(dir.resolve("out/run.json"))).contains("\"text_window_s\" : \"unbounded\"");
    }

    @Test
    void nearTextFilesAreByteIdenticalWhateverTheThreadCount(@TempDir Path dir) throws IOException {
        Path in = input(dir, TEXTS);
        assertThat(run("detect", in.toString(), "--out", dir.resolve("one").toString(), "--threads", "1").exit()).isZero();
        assertThat(run("detect", in.toString(), "--out", dir.resolve("two").toString(), "--threads", "2").exit()).isZero();
        for (String f : new String[] {"edges.csv", "evidence.csv", "narratives.csv", "narrative_messages.csv",
                "communities.csv"}) {
            assertThat(Files.readString(dir.resolve("two").resolve(f))).as(f)
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(f)));
        }
    }

    @Test
    void withoutTextsNearTextIsSkippedWithANoteAndTheNarrativesAreEmpty(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--min-participation", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("near-text: the input has no post, reply or quote texts; skipped")
                .doesNotContain("talking points");
        assertThat(Files.readAllLines(dir.resolve("out/narratives.csv"))).containsExactly(
                "cluster,representative_text,messages,accounts,first_time,last_time");
        assertThat(Files.readString(dir.resolve("out/run.json"))).doesNotContain("\"near-text\"");
    }

    @Test
    void theOperationWindowsAreOptionsRecordedInRunJson(@TempDir Path dir) throws IOException {
        Path in = input(dir, SHARES);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--min-participation", "1",
                "--threshold", "count", "--window", "60s", "--episode-gap", "5m", "--cue-spread", "2m",
                "--max-switch", "40s");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/run.json"))).contains("\"episode_gap_s\" : 300",
                "\"cue_spread_s\" : 120", "\"max_switch_s\" : 40");
        // with the defaults: 30 min, 10 min, 180 s
        assertThat(run("detect", in.toString(), "--out", dir.resolve("d").toString(), "--min-participation", "1")
                .exit()).isZero();
        assertThat(Files.readString(dir.resolve("d/run.json"))).contains("\"episode_gap_s\" : 1800",
                "\"cue_spread_s\" : 600", "\"max_switch_s\" : 180");
        Run bad = run("detect", in.toString(), "--out", dir.resolve("bad").toString(), "--max-switch", "1s");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--max-switch must be longer than 2 s", "was 1 s");
        Run zero = run("detect", in.toString(), "--out", dir.resolve("zero").toString(), "--episode-gap", "0s");
        assertThat(zero.exit()).isEqualTo(1);
        assertThat(zero.err()).contains("--episode-gap must be positive, was 0 s");
    }

    @Test
    void aBadTextWindowIsRefused(@TempDir Path dir) throws IOException {
        Path in = input(dir, TEXTS);
        Run r = run("detect", in.toString(), "--out", dir.resolve("out").toString(), "--text-window", "soon");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--text-window", "soon", "unbounded");
    }
}
