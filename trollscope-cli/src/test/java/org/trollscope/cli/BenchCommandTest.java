package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void theIngestBenchmarkGeneratesReadsAndReportsOnATinyRun() throws Exception {
        Path keep = dir.resolve("bench.csv");
        CliRun r = CliRun.of("bench", "ingest", "--rows", "2000", "--accounts", "50", "--keep", keep.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("rows +2,000 read, 2,000 in the log")
                .contains("rows/s").contains("bytes (ActivityLog.heapBytes)");
        assertThat(Files.readAllLines(keep)).hasSize(2001);
    }

    @Test
    void theIngestBenchmarkGeneratesAndReadsPlatformExportsThroughDetection() throws Exception {
        // 500 messages, every 20th with 2 listed reactions: 500 + 25 * 2 = 550 actions
        Path telegram = dir.resolve("result.json");
        CliRun r = CliRun.of("bench", "ingest", "--format", "telegram-json", "--rows", "500", "--accounts", "40",
                "--keep", telegram.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("read as telegram-json").containsPattern("rows +550 read, 550 in the log")
                .contains("peak heap");
        // 250 tweets in pages of 100: three lines
        Path twitter = dir.resolve("tweets.jsonl");
        r = CliRun.of("bench", "ingest", "--format", "twitter-v2-jsonl", "--rows", "250", "--accounts", "40",
                "--keep", twitter.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("read as twitter-v2-jsonl").containsPattern("rows +250 read, 250 in the log");
        assertThat(Files.readAllLines(twitter)).hasSize(3);
        assertThat(CliRun.of("bench", "ingest", "--format", "vk-api-json").err()).contains("not vk-api-json");
    }

    @Test
    void theBenchCommandIsHiddenFromTheMainHelp() {
        assertThat(CliRun.of("--help").out()).contains("inspect").contains("demo").doesNotContain("bench");
    }
}
