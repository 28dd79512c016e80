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
    void theBenchCommandIsHiddenFromTheMainHelp() {
        assertThat(CliRun.of("--help").out()).contains("inspect").contains("demo").doesNotContain("bench");
    }
}
