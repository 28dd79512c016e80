package org.trollscope.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.Compatibility;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.analysis.Threshold;
import org.trollscope.core.community.CommunityParameters;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.CoActionParameters;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.operation.AccountSignalParameters;
import org.trollscope.core.operation.EventAlignment;
import org.trollscope.core.operation.KnownEvent;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.OperationParameters;
import org.trollscope.core.privacy.PseudonymousLog;
import org.trollscope.core.privacy.Pseudonyms;
import org.trollscope.core.text.NearTextQuery;
import org.trollscope.io.evaluate.EventsReader;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.FileReport;
import org.trollscope.io.read.OnError;
import org.trollscope.io.read.ReadResult;
import org.trollscope.io.report.CaseFileBuilder;
import org.trollscope.io.report.CaseFileOptions;
import org.trollscope.io.report.ReportWriter;
import org.trollscope.io.write.DetectionOutputs;
import org.trollscope.io.write.InputInfo;
import org.trollscope.io.write.OperationCsv;
import org.trollscope.io.write.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code trollscope detect}: reads the inputs, finds co-actions (shares, likes, replies, links,
 * hashtags within a sliding window; near-duplicate texts within the text window), keeps edges, finds
 * communities and writes every output, talking points included, into {@code --out}. Thin: options →
 * {@link AnalysisParameters} → {@link CoordinationAnalysis} → {@link DetectionOutputs}, and the case
 * file ({@link CaseFileBuilder} → {@link ReportWriter}). With {@code --pseudonymize} the log is
 * replaced by a {@link PseudonymousLog} right after reading, so every output sees only tokens.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Find accounts that repeatedly act on the same posts, links or hashtags within seconds of "
                + "each other, or post near-duplicate texts within the hour; write the account network, its "
                + "communities, the evidence behind every edge and the talking points.")
public final class DetectCommand implements Callable<Integer> {
    static final String DEFAULT_METHODS = "share,like,reply,link,hashtag,near-text";

    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--window", paramLabel = "LIST", defaultValue = "60s,10m",
            description = "Two actions on one object co-act when at most this far apart (inclusive), e.g. 10s, 2m, "
                    + "500ms; 'auto' estimates it from the data (CooRnet's coordination interval); several, "
                    + "comma-separated (10s,60s,10m or 60s,auto), are tested together with multiple-testing "
                    + "correction. Default: ${DEFAULT-VALUE}.")
    String window;

    @Option(names = "--threshold", paramLabel = "RULE", defaultValue = "significance",
            description = "How edges are kept: significance (co-action count improbable under the null model at "
                    + "--fdr, and at least --min-weight objects), count (at least --min-weight objects), or "
                    + "percentile (weight above --edge-percentile of all candidate weights). Default: ${DEFAULT-VALUE}.")
    String threshold;

    @Option(names = "--fdr", paramLabel = "RATE", defaultValue = "0.01",
            description = "False-discovery rate for --threshold significance (Benjamini-Hochberg). Default: ${DEFAULT-VALUE}.")
    double fdr;

    @Option(names = "--min-participation", paramLabel = "N", defaultValue = "2",
            description = "Ignore accounts with fewer actions than this in a method. Default: ${DEFAULT-VALUE}.")
    int minParticipation;

    @Option(names = "--methods", paramLabel = "LIST", defaultValue = DEFAULT_METHODS,
            description = "Co-action methods. Default: ${DEFAULT-VALUE} (near-text is skipped, with a note, when the "
                    + "input has no post, reply or quote texts).")
    String methods;

    @Option(names = "--text-window", paramLabel = "DURATION", defaultValue = "1h",
            description = "near-text: two accounts co-act when their near-duplicate messages are at most this far "
                    + "apart, e.g. 30m, 1h, 24h, or 'unbounded'. Default: ${DEFAULT-VALUE}.")
    String textWindow;

    @Option(names = "--min-weight", paramLabel = "N", defaultValue = "2",
            description = "Keep an edge when its accounts co-acted on at least N distinct objects. Default: ${DEFAULT-VALUE}.")
    int minWeight;

    @Option(names = "--max-crowd", paramLabel = "N", defaultValue = "1000",
            description = "Objects whose busiest window holds more accounts are listed, not expanded. Default: ${DEFAULT-VALUE}.")
    int maxCrowd;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Leiden seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--compat", paramLabel = "TOOL", description = "Reproduce another tool's method: coortweet (CooRTweet 2.1.3).")
    String compat;

    @Option(names = "--edge-percentile", paramLabel = "P",
            description = "With --threshold percentile (default 0.5) or --compat coortweet: keep edges above this "
                    + "weight quantile (CooRTweet's subgraph = 1 with edge_weight = P).")
    Double edgePercentile;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (results do not depend on it). "
            + "Default: the number of cores.")
    Integer threads;

    @Option(names = "--pseudonymize", paramLabel = "SALT",
            description = "Replace account ids, handles, display names and action ids in every output with salted "
                    + "tokens (HMAC-SHA256), also inside texts, object ids and URLs; the same SALT gives the same "
                    + "tokens. Keep the salt secret: anyone who has it can test guesses.")
    String pseudonymize;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Known events to align the operation with: CSV with time, label and optionally end "
                    + "(ISO-8601 UTC), e.g. a livestream or a window in which a platform was blocked; writes events.csv.")
    Path events;

    @Option(names = "--episode-gap", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
            description = "Operation map: coordinated actions on one target further apart than this start a new "
                    + "brigading episode. Default: ${DEFAULT-VALUE}.")
    Duration episodeGap;

    @Option(names = "--cue-spread", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Operation map: an episode in which 5 accounts start acting within this of each other is a "
                    + "cue burst (its onset chained back over earlier participants as far apart). Default: ${DEFAULT-VALUE}.")
    Duration cueSpread;

    @Option(names = "--max-switch", paramLabel = "DURATION", defaultValue = "180s", converter = DurationConverter.class,
            description = "Operation map: the longest gap from one account's visit to a target to another account's "
                    + "that counts as one person switching accounts (a hand-off). Default: ${DEFAULT-VALUE}.")
    Duration maxSwitch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getOut());
    }

    /**
     * The whole job, printing to {@code w}: read, analyse, write. {@code demo} calls it on a command
     * populated with the default options, so the demo is exactly {@code detect} on the bundled data.
     */
    int run(PrintWriter w) throws Exception {
        AnalysisParameters p = parameters();
        OperationParameters operationParameters = operationParameters();
        checkRejectsKeptOutOfPublication();
        List<KnownEvent> known = events == null ? List.of() : EventsReader.read(events);
        Map<String, Duration> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        ReadResult read = ActivityReader.read(input.inputs(), input.accounts(), input.readOptions(out.resolve("rejects.csv")),
                ConsoleProgress.forTerminal());
        timings.put("read", Duration.ofNanos(System.nanoTime() - t0));
        ActivityLog log = read.log();
        PseudonymousLog pseudonymous = null;
        if (pseudonymize != null) {
            // once, at the data level: every output below sees only tokens
            pseudonymous = PseudonymousLog.of(log, new Pseudonyms(pseudonymize));
            log = pseudonymous.log();
        }
        p = withoutNearTextIfNoTexts(p, read, w);
        AnalysisResult r = CoordinationAnalysis.run(log, p, ProgressListener.NONE);
        RunInfo info = runInfo(read, timings);
        if (pseudonymous != null) {
            info = scrubbed(info, pseudonymous);
        }
        // a pseudonymised log's handles are tokens: not read for the default-handle signal
        OperationMap operation = OperationMap.of(r, operationParameters,
                AccountSignalParameters.defaults().withHandles(pseudonymous == null), known);
        List<EventAlignment> aligned = EventAlignment.align(operation, r.log(), r.order(), r::coordinated, known,
                EventAlignment.DEFAULT_MARGIN);
        DetectionOutputs.writeAll(r, operation, info, out);
        ReportWriter.write(CaseFileBuilder.build(r, info, CaseFileOptions.defaults().withPseudonymized(pseudonymous != null),
                operation, aligned), out.resolve(CaseFileBuilder.FILE));
        report(read, w);
        DetectionSummary.print(r, out, w);
        DetectionSummary.printOperation(operation, w);
        if (events != null) {
            try (OutputStream o = Files.newOutputStream(out.resolve(OperationCsv.EVENTS))) {
                OperationCsv.writeEvents(aligned, r::accountId, o);
            }
            DetectionSummary.printEvents(aligned, w);
        }
        w.println("case file: " + out.resolve(CaseFileBuilder.FILE) + " (opens offline in a browser)");
        w.flush();
        return 0;
    }

    /** The operation map's parameters: the defaults with the three windows given on the command line. */
    OperationParameters operationParameters() {
        OperationParameters d = OperationParameters.defaults();
        requirePositive("--episode-gap", episodeGap);
        requirePositive("--cue-spread", cueSpread);
        requirePositive("--max-switch", maxSwitch);
        if (maxSwitch.compareTo(d.sameInstant()) <= 0) {
            throw new IllegalArgumentException("--max-switch must be longer than " + d.sameInstant().toSeconds()
                    + " s (two accounts acting closer than that are never one person switching), was " + seconds(maxSwitch));
        }
        return new OperationParameters(episodeGap, d.minEpisodeAccounts(), d.minCueAccounts(), cueSpread, d.cueMerge(),
                d.sameInstant(), maxSwitch, d.minHandOffs(), d.minHandOffShare(), d.teamOverlap(), d.batch());
    }

    private static void requirePositive(String option, Duration v) {
        if (v == null || v.isNegative() || v.isZero()) {
            throw new IllegalArgumentException(option + " must be positive, was " + seconds(v));
        }
    }

    private static String seconds(Duration d) {
        if (d == null) {
            return "nothing";
        }
        return d.toMillis() % 1000 == 0 ? d.toMillis() / 1000 + " s" : d.toMillis() + " ms";
    }

    /**
     * Without texts the near-text method has nothing to compare: it is dropped with a note (kept,
     * and finds nothing, when it is the only method asked for).
     */
    private static AnalysisParameters withoutNearTextIfNoTexts(AnalysisParameters p, ReadResult read, PrintWriter w) {
        Set<CoActionMethod> m = p.coAction().methodSet();
        if (!m.contains(CoActionMethod.NEAR_TEXT) || NearTextQuery.DEFAULT.hasTexts(read.log())) {
            return p;
        }
        w.println("near-text: the input has no post, reply or quote texts; skipped");
        m.remove(CoActionMethod.NEAR_TEXT);
        return m.isEmpty() ? p : p.withCoAction(p.coAction().withMethods(m));
    }

    AnalysisParameters parameters() {
        Set<CoActionMethod> m = CoActionMethod.parseList(methods);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Compatibility c = Compatibility.NONE;
        if (compat != null) {
            if (!compat.equalsIgnoreCase("coortweet")) {
                throw new IllegalArgumentException("unknown --compat '" + compat + "' (allowed: coortweet)");
            }
            c = Compatibility.COORTWEET;
            m = Set.of(CoActionMethod.SHARE);
        }
        OptionalDouble pct = edgePercentile == null ? OptionalDouble.empty() : OptionalDouble.of(edgePercentile);
        Threshold rule = c == Compatibility.COORTWEET ? Threshold.COUNT : Threshold.parse(threshold);
        List<Duration> windows = new ArrayList<>();
        boolean auto = false;
        DurationConverter durations = new DurationConverter();
        for (String part : window.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.strip().equalsIgnoreCase("auto")) {
                auto = true;
            } else {
                windows.add(durations.convert(part));
            }
        }
        if (windows.isEmpty() && !auto) {
            throw new IllegalArgumentException("--window: no window given in '" + window + "'");
        }
        Duration first = windows.isEmpty() ? CoActionParameters.DEFAULT_WINDOW : windows.get(0);
        CoActionParameters co = new CoActionParameters(first, m, minParticipation, maxCrowd, t, textWindow(textWindow));
        return new AnalysisParameters(co, minWeight, CommunityParameters.seeded(seed), c, pct, rule, fdr,
                windows.size() > 1 || auto ? windows : List.of(), auto);
    }

    /** {@code unbounded} → {@code null}; otherwise a duration as for {@code --window}. */
    static Duration textWindow(String value) {
        if (value.strip().equalsIgnoreCase("unbounded")) {
            return null;
        }
        try {
            return new DurationConverter().convert(value);
        } catch (TypeConversionException e) {
            throw new IllegalArgumentException("--text-window: invalid duration '" + value + "' (e.g. 30m, 1h, unbounded)");
        }
    }

    static RunInfo runInfo(ReadResult read, Map<String, Duration> timings) {
        List<InputInfo> inputs = new ArrayList<>();
        for (FileReport f : read.report().inputs()) {
            inputs.add(InputInfo.of(f));
        }
        if (read.report().accounts() != null) {
            inputs.add(InputInfo.of(read.report().accounts()));
        }
        return new RunInfo(VersionProvider.version(), null, inputs, read.report().duplicateActionIds(), timings);
    }

    /** Input paths with account names replaced: a file may be named after the account it holds. */
    private static RunInfo scrubbed(RunInfo info, PseudonymousLog names) {
        List<InputInfo> inputs = new ArrayList<>();
        for (InputInfo in : info.inputs()) {
            inputs.add(new InputInfo(names.scrub(in.path()), in.sha256(), in.rows(), in.rejected(), List.of()));
        }
        return new RunInfo(info.version(), info.gitCommit(), inputs, info.duplicateActionIds(), info.timings());
    }

    /**
     * Rejected rows are written as read, so a pseudonymised run must not put them in its output
     * directory: with {@code --on-error skip} it needs {@code --rejects} outside {@code --out}.
     */
    private void checkRejectsKeptOutOfPublication() {
        if (pseudonymize == null || input.onError != OnError.SKIP) {
            return;
        }
        Path dir = out.toAbsolutePath().normalize();
        if (input.rejects == null || input.rejects.toAbsolutePath().normalize().startsWith(dir)) {
            throw new IllegalArgumentException("--pseudonymize with --on-error skip: rejected rows are written as read "
                    + "(not pseudonymised); give --rejects FILE outside the output directory " + out);
        }
    }

    private static void report(ReadResult read, PrintWriter w) {
        w.printf(Locale.ROOT, "read %,d rows (%,d rejected%s, %,d repeated action ids dropped)%n", read.report().rowsRead(),
                read.report().rowsRejected(),
                read.report().rejectsFile() == null ? "" : ", see " + read.report().rejectsFile(),
                read.report().duplicateActionIds());
    }

    /** Parses {@code 60s}, {@code 2m}, {@code 1h}, {@code 500ms}, a bare number of seconds, or ISO-8601 (PT60S). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt") || v.startsWith("p")) {
                    return Duration.parse(value.strip());
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                if (v.endsWith("s")) {
                    return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
                }
                if (v.endsWith("m")) {
                    return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000));
                }
                if (v.endsWith("h")) {
                    return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 3_600_000));
                }
                return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new TypeConversionException("invalid duration '" + value + "' (e.g. 60s, 2m, 500ms)");
            }
        }
    }
}
