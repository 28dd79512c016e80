package org.trollscope.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.eval.CueScore;
import org.trollscope.core.eval.DetectionOutcome;
import org.trollscope.core.eval.DetectionScore;
import org.trollscope.core.eval.EvaluationReport;
import org.trollscope.core.eval.Evaluator;
import org.trollscope.core.eval.LeaderScore;
import org.trollscope.core.eval.PartitionScore;
import org.trollscope.io.evaluate.DetectResultReader;
import org.trollscope.io.evaluate.EvaluationJsonWriter;
import org.trollscope.io.evaluate.LabelsReader;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.ReadOptions;
import org.trollscope.io.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trollscope evaluate}: scores a detect result against simulated ground truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Scores a detect output directory against labels.csv: precision, recall, F1 and the organic",
            "false-positive rate; operators, teams, leaders and cues when the result has them.",
            "Prints the scores and writes DIR/evaluation.json; with --baseline, the established tools' rules",
            "scored on the same data beside them.",
        })
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "labels.csv written by simulate.")
    Path labels;

    @Option(names = "--result", required = true, paramLabel = "DIR", description = "A detect output directory.")
    Path result;

    @Option(names = "--cues", paramLabel = "FILE",
            description = "True cues (default: cues.csv beside the labels, when present).")
    Path cues;

    @Option(names = "--baseline", paramLabel = "FILE", split = ",",
            description = {"Also run the established tools' rules on these activity files (the ones the result was "
                    + "made from) and print their scores beside the result's: CooRTweet's defaults (10 s, edges above the "
                    + "median weight), CooRTweet at 60 s with every edge, and the count rule on every method."})
    List<Path> baseline;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for --baseline (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        List<AccountLabel> truth = LabelsReader.labels(labels);
        DetectionOutcome outcome = DetectResultReader.read(result);
        Path cueFile = cues != null ? cues : siblingCues();
        List<Instant> cueTimes = cueFile != null ? LabelsReader.cueTimes(cueFile) : List.of();
        List<Instant> cueStarts = cueFile != null ? LabelsReader.cueStarts(cueFile) : List.of();
        EvaluationReport report = Evaluator.evaluate(truth, outcome, cueTimes, cueStarts, Evaluator.CUE_TOLERANCE);
        PrintWriter out = spec.commandLine().getOut();
        print(out, report);
        List<Baselines.Scored> scored = List.of();
        if (baseline != null && !baseline.isEmpty()) {
            ReadResult read = ActivityReader.read(baseline, null, ReadOptions.defaults(), ProgressListener.NONE);
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            scored = Baselines.score(read.log(), truth, Baselines.rules(t));
            printTable(out, report.detection(), scored);
        }
        Path json = result.resolve("evaluation.json");
        ObjectNode root = EvaluationJsonWriter.toJson(report, labels.toString(), result.toString());
        if (!scored.isEmpty()) {
            ArrayNode rows = root.putArray("baselines");
            for (Baselines.Scored b : scored) {
                ObjectNode n = rows.addObject();
                n.put("rule", b.name());
                EvaluationJsonWriter.detection(n, b.score());
            }
        }
        EvaluationJsonWriter.write(root, json);
        out.printf("wrote %s%n", json);
        out.flush();
        return 0;
    }

    static void printTable(PrintWriter w, DetectionScore result, List<Baselines.Scored> baselines) {
        w.println();
        w.printf(Locale.ROOT, "%-48s %8s %9s %7s %7s %12s%n", "rule", "flagged", "precision", "recall", "F1",
                "organic FPR");
        row(w, "this result", result);
        for (Baselines.Scored b : baselines) {
            row(w, b.name(), b.score());
        }
    }

    private static void row(PrintWriter w, String name, DetectionScore d) {
        w.printf(Locale.ROOT, "%-48s %,8d %9.4f %7.4f %7.4f %11.4f%%%n", name, d.flagged(), d.precision(), d.recall(),
                d.f1(), 100 * d.organicFalsePositiveRate());
    }

    private Path siblingCues() {
        Path parent = labels.toAbsolutePath().getParent();
        Path p = parent == null ? null : parent.resolve("cues.csv");
        return p != null && Files.isRegularFile(p) ? p : null;
    }

    static void print(PrintWriter w, EvaluationReport r) {
        DetectionScore d = r.detection();
        w.printf(Locale.ROOT, "accounts: %,d factory, %,d organic; flagged %,d%s%n", d.factoryAccounts(),
                d.organicAccounts(), d.flagged(),
                r.missingFromResult() > 0 ? " (" + r.missingFromResult() + " labelled accounts not in the result)" : "");
        w.printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f%n", d.precision(), d.recall(), d.f1());
        w.printf(Locale.ROOT, "organic false-positive rate %.4f%% (%,d of %,d)%n", 100 * d.organicFalsePositiveRate(),
                d.falsePositives(), d.organicAccounts());
        partition(w, "operators", r.operators(), true);
        partition(w, "teams", r.teams(), true);
        partition(w, "communities vs teams", r.communitiesVsTeams(), false);   // already over the flagged
        LeaderScore l = r.leaders();
        if (l != null) {
            w.printf(Locale.ROOT, "leaders: %d of %d found (%d predicted)%n", l.found(), l.leaders(), l.predicted());
        }
        CueScore c = r.cues();
        if (c != null) {
            w.printf(Locale.ROOT, "cues: %d of %d within %d min (%.1f%%), %d detected%n", c.matched(), c.cues(),
                    c.tolerance().toMinutes(), 100 * c.share(), c.detected());
        }
        CueScore s = r.cueStarts();
        if (s != null) {
            w.printf(Locale.ROOT, "cue starts (the factory's first action on each cue): %d of %d within %d min (%.1f%%)%n",
                    s.matched(), s.cues(), s.tolerance().toMinutes(), 100 * s.share());
        }
    }

    private static void partition(PrintWriter w, String name, PartitionScore s, boolean flagged) {
        if (s != null) {
            w.printf(Locale.ROOT, "%s: adjusted Rand index %.4f over %,d accounts%s; purity %.4f over %,d accounts in %,d "
                    + "groups%n", name, s.adjustedRandIndex(), s.items(), flagged
                            ? String.format(Locale.ROOT, " (%.4f over the %,d flagged)", s.flaggedAdjustedRandIndex(),
                                    s.flaggedItems()) : "",
                    s.purity(), s.purityItems(), s.predictedGroups());
        }
    }
}
