package org.trollscope.io.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.core.sim.SimulationSummary;
import org.trollscope.core.sim.TrollFactorySimulator;
import org.trollscope.io.evaluate.LabelsReader;

class SimulationWriterTest {
    static final List<String> FILES = List.of("actions.csv", "accounts.csv", "labels.csv", "cues.csv", "scenario.json");

    static ScenarioParameters small() {
        return ScenarioParameters.defaults().toBuilder()
                .organicAccounts(300).days(7).governmentPages(2).critics(2)
                .teams(2).operatorsPerTeam(2).minAccountsPerOperator(3).maxAccountsPerOperator(4).cues(8).build();
    }

    static SimulationSummary write(Path dir, long seed) throws IOException {
        return SimulationWriter.write(new TrollFactorySimulator(small(), seed), "default", "test", dir,
                ProgressListener.NONE);
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        write(tmp.resolve("a"), 9);
        write(tmp.resolve("b"), 9);
        write(tmp.resolve("c"), 10);
        for (String f : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("a/actions.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("c/actions.csv")));
    }

    @Test
    void filesHaveTheDocumentedColumnsOneRowPerActionAndMillisecondUtcTimes(@TempDir Path tmp) throws IOException {
        SimulationSummary s = write(tmp, 3);
        List<String> actions = Files.readAllLines(tmp.resolve("actions.csv"), StandardCharsets.UTF_8);
        assertThat(actions.get(0)).isEqualTo(
                "action_id,platform,account_id,action_type,target_id,target_account_id,text,urls,hashtags,media,created_at");
        // texts never hold line breaks, so lines = rows
        assertThat(actions).hasSize((int) s.actions() + 1);
        assertThat(actions.subList(1, actions.size()))
                .allSatisfy(l -> assertThat(l).matches(".*,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertThat(Files.readAllLines(tmp.resolve("accounts.csv")).get(0))
                .isEqualTo("account_id,platform,handle,display_name,created_at,followers,following,bio,avatar");
        assertThat(Files.readAllLines(tmp.resolve("cues.csv")).get(0))
                .isEqualTo("cue,time,team,kind,target_id,target_account_id,livestream,first_action");
        List<AccountLabel> labels = LabelsReader.labels(tmp.resolve("labels.csv"));
        assertThat(labels).hasSize(s.organicAccounts() + s.factoryAccounts());
        assertThat(labels.stream().filter(AccountLabel::factory).count()).isEqualTo(s.factoryAccounts());
        assertThat(Files.readAllLines(tmp.resolve("accounts.csv"))).hasSize(labels.size() + 1);
        assertThat(LabelsReader.cueTimes(tmp.resolve("cues.csv"))).hasSize(8);
        // each cue's team starts 1-4 min after the instruction (default jitter)
        List<java.time.Instant> times = LabelsReader.cueTimes(tmp.resolve("cues.csv"));
        List<java.time.Instant> starts = LabelsReader.cueStarts(tmp.resolve("cues.csv"));
        assertThat(starts).hasSize(8);
        for (int i = 0; i < 8; i++) {
            long delay = starts.get(i).toEpochMilli() - times.get(i).toEpochMilli();
            assertThat(delay).isBetween(60_000L, 240_000L);
        }
    }

    @Test
    void cueStartsAreEachCuesEarliestFirstActionAndOptional(@TempDir Path tmp) throws IOException {
        Path withStarts = tmp.resolve("cues.csv");
        Files.writeString(withStarts, "cue,time,team,first_action\n"
                + "c1,2024-03-04T05:00:00Z,t1,2024-03-04T05:03:00Z\n"
                + "c1,2024-03-04T05:00:00Z,t2,2024-03-04T05:02:00Z\n"
                + "c2,2024-03-04T04:00:00Z,t1,2024-03-04T04:09:00Z\n"
                + "c3,2024-03-31T23:59:00Z,t1,\n");
        assertThat(LabelsReader.cueStarts(withStarts)).containsExactly(java.time.Instant.parse("2024-03-04T04:09:00Z"),
                java.time.Instant.parse("2024-03-04T05:02:00Z"));
        Path without = tmp.resolve("old.csv");
        Files.writeString(without, "cue,time,team\nc1,2024-03-04T05:00:00Z,t1\n");
        assertThat(LabelsReader.cueStarts(without)).isEmpty();
    }

    @Test
    void scenarioJsonHoldsEveryParameterTheSeedAndTheCounts(@TempDir Path tmp) throws IOException {
        SimulationSummary s = write(tmp, 4);
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("scenario.json").toFile());
        assertThat(json.get("seed").asLong()).isEqualTo(4);
        assertThat(json.get("parameters").size()).isEqualTo(ScenarioParameters.class.getRecordComponents().length);
        assertThat(json.get("parameters").get("organic-accounts").asInt()).isEqualTo(300);
        assertThat(json.get("parameters").get("time-zone").asText()).isEqualTo("+05:00");
        assertThat(json.get("generated").get("actions").asLong()).isEqualTo(s.actions());
    }
}
