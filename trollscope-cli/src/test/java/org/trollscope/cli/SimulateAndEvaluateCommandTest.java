package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.io.simulate.SimulationWriter;
import picocli.CommandLine;

class SimulateAndEvaluateCommandTest {
    private static final String[] SMALL = {
        "--organic-accounts", "300", "--days", "5", "--government-pages", "2", "--critics", "2", "--teams", "2",
        "--operators-per-team", "2", "--min-accounts-per-operator", "3", "--max-accounts-per-operator", "4",
        "--cues", "6",
    };

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = TrollscopeCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] simulate(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("simulate", "--out", dir.toString(), "--seed", "5"));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(extra));
        return args.toArray(new String[0]);
    }

    @Test
    void simulateWritesTheFiveFilesAndTheOptionsReachScenarioJson(@TempDir Path tmp) throws IOException {
        Run r = run(simulate(tmp, "--scenario", "hard", "--paraphrase-strength", "0.9"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("scenario hard, seed 5").contains("factory accounts in 2 teams");
        for (String f : List.of("actions.csv", "accounts.csv", "labels.csv", "cues.csv", "scenario.json")) {
            assertThat(tmp.resolve(f)).isRegularFile();
        }
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("scenario.json").toFile());
        assertThat(json.get("scenario").asText()).isEqualTo("hard");
        // hard's own values stay unless an option overrides them
        assertThat(json.get("parameters").get("timing-jitter").asDouble()).isEqualTo(3.0);
        assertThat(json.get("parameters").get("participation").asDouble()).isEqualTo(0.5);
        assertThat(json.get("parameters").get("cues").asInt()).isEqualTo(6);
        assertThat(json.get("parameters").get("paraphrase-strength").asDouble()).isEqualTo(0.9);
    }

    @Test
    void everyScenarioParameterHasAnOption() {
        CommandLine.Model.CommandSpec spec = TrollscopeCommand.commandLine().getSubcommands().get("simulate").getCommandSpec();
        for (RecordComponent c : ScenarioParameters.class.getRecordComponents()) {
            assertThat(spec.findOption("--" + SimulationWriter.optionName(c.getName())))
                    .as(c.getName()).isNotNull();
        }
    }

    @Test
    void badParametersGiveOneErrorLine(@TempDir Path tmp) {
        Run r = run(simulate(tmp, "--participation", "1.5"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("trollscope: error: participation must be in (0, 1], was 1.5");
        Run z = run(simulate(tmp, "--time-zone", "Dushanbe"));
        assertThat(z.err().strip()).isEqualTo("trollscope: error: --time-zone must be a UTC offset like +05:00, was 'Dushanbe'");
        Run s = run("simulate", "--out", tmp.toString(), "--scenario", "tiny");
        assertThat(s.exit()).isEqualTo(1);
        assertThat(s.err()).contains("unknown scenario 'tiny'");
    }

    @Test
    void evaluatingAPerfectResultGivesF1OneAndWritesEvaluationJson(@TempDir Path tmp) throws IOException {
        Path sim = tmp.resolve("sim");
        assertThat(run(simulate(sim)).exit()).isZero();
        // a result that flags exactly the factory accounts and names their true operators
        List<String> labels = Files.readAllLines(sim.resolve("labels.csv"));
        Path result = Files.createDirectories(tmp.resolve("result"));
        String rows = labels.stream().skip(1).map(l -> l.split(",", -1))
                .map(f -> f[0] + "," + f[1] + "," + f[2] + "," + ("leader".equals(f[4])))
                .collect(Collectors.joining("\n"));
        Files.writeString(result.resolve("accounts.csv"), "account_id,coordinated,operator,leader\n" + rows + "\n");
        Run r = run("evaluate", "--labels", sim.resolve("labels.csv").toString(), "--result", result.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("precision 1.0000  recall 1.0000  F1 1.0000")
                .contains("organic false-positive rate 0.0000% (0 of 300)")
                .contains("operators: adjusted Rand index 1.0000")
                .contains("leaders: 2 of 2 found (2 predicted)");
        long factory = labels.stream().skip(1).filter(l -> l.split(",", -1)[1].equals("true")).count();
        assertThat(r.out()).contains(String.format("(1.0000 over the %d flagged)", factory));
        JsonNode json = new ObjectMapper().readTree(result.resolve("evaluation.json").toFile());
        assertThat(json.get("accounts").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("operators").get("flagged_accounts").asLong()).isEqualTo(factory);
        assertThat(json.get("operators").get("adjusted_rand_index_flagged").asDouble()).isEqualTo(1.0);
        assertThat(json.get("teams").isNull()).isTrue();
    }

    @Test
    void evaluatingFlagsNobodyGivesZeroRecall(@TempDir Path tmp) throws IOException {
        Path sim = tmp.resolve("sim");
        assertThat(run(simulate(sim)).exit()).isZero();
        Path result = Files.createDirectories(tmp.resolve("result"));
        Files.writeString(result.resolve("accounts.csv"), "account_id,coordinated\n");
        Run r = run("evaluate", "--labels", sim.resolve("labels.csv").toString(), "--result", result.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("recall 0.0000").contains("labelled accounts not in the result");
    }

    @Test
    void theBaselineRulesAreScoredBesideTheResultAndAgreeWithDetectRunTheSameWay(@TempDir Path tmp) throws IOException {
        Path sim = tmp.resolve("sim");
        assertThat(run(simulate(sim)).exit()).isZero();
        String actions = sim.resolve("actions.csv").toString();
        Path result = tmp.resolve("result");
        assertThat(run("detect", actions, "--out", result.toString()).exit()).isZero();
        Path counted = tmp.resolve("counted");
        assertThat(run("detect", actions, "--out", counted.toString(), "--threshold", "count", "--window", "60s").exit())
                .isZero();
        long flaggedByCount = Files.readAllLines(counted.resolve("accounts.csv")).stream()
                .filter(l -> l.split(",", -1)[2].equals("true")).count();

        Run r = run("evaluate", "--labels", sim.resolve("labels.csv").toString(), "--result", result.toString(),
                "--baseline", actions);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("rule", "this result", "CooRTweet defaults: 10 s, above median weight",
                "CooRTweet 60 s, every edge", "count rule: every method, 60 s, weight >= 2");
        JsonNode baselines = new ObjectMapper().readTree(result.resolve("evaluation.json").toFile()).get("baselines");
        assertThat(baselines).hasSize(3);
        // the count rule is detect's --threshold count on one 60 s window: the same accounts flagged
        assertThat(baselines.get(2).get("flagged").asLong()).isEqualTo(flaggedByCount);
        for (JsonNode b : baselines) {
            long tp = b.get("true_positives").asLong();
            long fp = b.get("false_positives").asLong();
            assertThat(b.get("flagged").asLong()).isEqualTo(tp + fp);
        }
    }
}
