package org.trollscope.io.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.eval.AccountPrediction;
import org.trollscope.core.eval.DetectionOutcome;

class DetectResultReaderTest {
    @Test
    void readsFlagsAndWhicheverGroupColumnsTheResultHas(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("accounts.csv"),
                "account_id,handle,coordinated,community,component,operator,role\n"
                        + "1,a,true,3,1,op1,leader\n"
                        + "2,b,false,,,,\n", StandardCharsets.UTF_8);
        DetectionOutcome o = DetectResultReader.read(dir);
        assertThat(o.hasCommunities()).isTrue();
        assertThat(o.hasOperators()).isTrue();
        assertThat(o.hasTeams()).isFalse();
        assertThat(o.hasLeaders()).isTrue();
        assertThat(o.cueTimes()).isNull();
        assertThat(o.accounts().get("1")).isEqualTo(new AccountPrediction("1", true, "3", "op1", null, true));
        assertThat(o.accounts().get("2")).isEqualTo(new AccountPrediction("2", false, null, null, null, false));
    }

    @Test
    void readsDetectedCueTimesWhenTheDirectoryHasThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("accounts.csv"), "account_id,coordinated\n1,true\n");
        Files.writeString(dir.resolve("cues.csv"), "cue,start,accounts\nc1,2024-03-04T05:00:00.000Z,12\n");
        assertThat(DetectResultReader.read(dir).cueTimes()).containsExactly(Instant.parse("2024-03-04T05:00:00Z"));
    }

    @Test
    void aBadValueNamesTheFileTheLineAndTheReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("accounts.csv"), "account_id,coordinated\n1,true\n2,maybe\n");
        assertThatThrownBy(() -> DetectResultReader.read(dir))
                .hasMessageContaining("accounts.csv:3")
                .hasMessageContaining("coordinated must be true or false, was 'maybe'");
    }

    @Test
    void aMissingColumnOrFileIsNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> DetectResultReader.read(dir)).hasMessageContaining("no accounts.csv");
        Files.writeString(dir.resolve("accounts.csv"), "account_id,handle\n1,a\n");
        assertThatThrownBy(() -> DetectResultReader.read(dir))
                .hasMessageContaining("missing column 'coordinated'").hasMessageContaining("found: account_id, handle");
    }

    @Test
    void labelsWithAContradictionAreRejectedWithTheirLine(@TempDir Path dir) throws IOException {
        Path labels = dir.resolve("labels.csv");
        Files.writeString(labels, "account_id,is_factory,operator,team,role\n1,false,,,organic\n2,true,,team01,member\n");
        assertThatThrownBy(() -> LabelsReader.labels(labels))
                .hasMessageContaining("labels.csv:3").hasMessageContaining("needs an operator and a team");
    }
}
