package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.io.write.DetectionOutputs;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDemoInspectsTheBundledRussianCoordTweetsAndWritesItsFiles() throws IOException {
        Path out = dir.resolve("trollscope-demo");
        CliRun r = CliRun.of("demo", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // CooRTweet's own figures for this dataset
        assertThat(r.out()).containsPattern("rows read +35,125").containsPattern("accounts +9,509")
                .containsPattern("distinct targets +7,285").contains("MIT licence");
        assertThat(out.resolve("input/russian_coord_tweets.csv")).exists();
        assertThat(Files.readString(out.resolve("input/russian_coord_tweets.README.md")))
                .contains("Righetti").contains("Kulichkina").contains("MIT");
        assertThat(Files.readString(out.resolve("inspect.txt"))).containsPattern("actions +35,125");
    }

    @Test
    void theDemoIsDetectWithDefaultOptionsOnTheBundledData() throws IOException {
        Path out = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--out", out.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path again = dir.resolve("detect");
        CliRun detect = CliRun.of("detect", out.resolve("input/russian_coord_tweets.csv").toString(), "--out",
                again.toString());
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        List<String> files = new ArrayList<>(DetectionOutputs.FILES);
        files.remove("run.json");   // its timings differ
        files.add("report.html");
        for (String f : files) {
            assertThat(out.resolve(f)).as(f).exists();
            assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(again.resolve(f)));
        }
        assertThat(Files.readAllLines(out.resolve("edges.csv")).size()).isGreaterThan(1);
    }
}
