package org.trollscope.cli;

import java.io.PrintWriter;
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
import org.trollscope.core.community.CommunityParameters;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.CoActionParameters;
import org.trollscope.core.text.NearTextQuery;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.FileReport;
import org.trollscope.io.read.ReadResult;
import org.trollscope.io.write.DetectionOutputs;
import org.trollscope.io.write.InputInfo;
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
 * {@link AnalysisParameters} → {@link CoordinationAnalysis} → {@link DetectionOutputs}.
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

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Two actions on one object co-act when at most this far apart (inclusive), e.g. 10s, 2m, "
                    + "500ms. Default: ${DEFAULT-VALUE}.")
    Duration window;

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
            description = "With --compat coortweet: keep edges above this weight quantile (CooRTweet's subgraph = 1 "
                    + "with edge_weight = P).")
    Double edgePercentile;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (results do not depend on it). "
            + "Default: the number of cores.")
    Integer threads;

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
        Map<String, Duration> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        ReadResult read = ActivityReader.read(input.inputs(), input.accounts(), input.readOptions(out.resolve("rejects.csv")),
                ConsoleProgress.forTerminal());
        timings.put("read", Duration.ofNanos(System.nanoTime() - t0));
        report(read, w);
        p = withoutNearTextIfNoTexts(p, read, w);
        AnalysisResult r = CoordinationAnalysis.run(read.log(), p, ProgressListener.NONE);
        DetectionOutputs.writeAll(r, runInfo(read, timings), out);
        DetectionSummary.print(r, out, w);
        return 0;
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
        return new AnalysisParameters(new CoActionParameters(window, m, minParticipation, maxCrowd, t,
                textWindow(textWindow)), minWeight, CommunityParameters.seeded(seed), c, pct);
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
            inputs.add(new InputInfo(f.path().toString(), f.sha256(), f.rowsRead(), f.rowsRejected(), List.of()));
        }
        if (read.report().accounts() != null) {
            FileReport f = read.report().accounts();
            inputs.add(new InputInfo(f.path().toString(), f.sha256(), f.rowsRead(), f.rowsRejected(), List.of()));
        }
        return new RunInfo(VersionProvider.version(), null, inputs, read.report().duplicateActionIds(), timings);
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
