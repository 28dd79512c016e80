package org.trollscope.io.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.OperationParameters;
import org.trollscope.core.text.TalkingPoint;
import org.trollscope.io.csv.CsvWriter;
import org.trollscope.io.text.NarrativesCsvWriter;

/**
 * Writes every output of a detection run into one directory: accounts.csv, edges.csv,
 * evidence.csv, communities.csv, narratives.csv and narrative_messages.csv (the near-text method's
 * talking points; header only when it did not run or found none), network.gexf, network.graphml,
 * the operation map's tables ({@link OperationCsv#FILES}) and run.json (last, with the write time). The directory is created if needed; existing files of these names are replaced.
 */
public final class DetectionOutputs {
    /** The files written, in order. */
    public static final List<String> FILES = List.of(AccountsCsv.FILE, EdgesCsv.FILE, EvidenceCsv.FILE,
            CommunitiesCsv.FILE, NarrativesCsvWriter.FILE_NAME, NarrativesCsvWriter.MESSAGES_FILE_NAME, GexfWriter.FILE,
            GraphMlWriter.FILE, OperationCsv.TARGETS, OperationCsv.EPISODES, OperationCsv.CUES, OperationCsv.SHARE_BY_DAY,
            OperationCsv.OPERATORS, OperationCsv.TEAMS, RunJsonWriter.FILE);

    private DetectionOutputs() {
    }

    /** Writes everything with the operation map under default parameters; returns the time spent writing. */
    public static Duration writeAll(AnalysisResult r, RunInfo info, Path dir) throws IOException {
        return writeAll(r, OperationMap.of(r, OperationParameters.defaults()), info, dir);
    }

    /** Writes everything; returns the time spent writing. */
    public static Duration writeAll(AnalysisResult r, OperationMap operation, RunInfo info, Path dir) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(dir);
        try (OutputStream out = open(dir, AccountsCsv.FILE)) {
            AccountsCsv.write(r, operation, out);
        }
        try (OutputStream out = open(dir, EdgesCsv.FILE)) {
            EdgesCsv.write(r, out);
        }
        try (OutputStream out = open(dir, EvidenceCsv.FILE)) {
            EvidenceCsv.write(r, out);
        }
        try (OutputStream out = open(dir, CommunitiesCsv.FILE)) {
            CommunitiesCsv.write(r, out);
        }
        List<TalkingPoint> points = talkingPoints(r);
        try (OutputStream out = open(dir, NarrativesCsvWriter.FILE_NAME)) {
            CsvWriter csv = CsvWriter.of(out);
            NarrativesCsvWriter.write(points, csv);
            csv.flush();
        }
        try (OutputStream out = open(dir, NarrativesCsvWriter.MESSAGES_FILE_NAME)) {
            CsvWriter csv = CsvWriter.of(out);
            NarrativesCsvWriter.writeMessages(points, r.log(), csv);
            csv.flush();
        }
        try (OutputStream out = open(dir, GexfWriter.FILE)) {
            GexfWriter.write(r, "trollscope " + info.version(), out);
        }
        try (OutputStream out = open(dir, GraphMlWriter.FILE)) {
            GraphMlWriter.write(r, out);
        }
        for (String f : OperationCsv.FILES) {
            try (OutputStream out = open(dir, f)) {
                OperationCsv.write(f, r, operation, out);
            }
        }
        Duration write = Duration.ofNanos(System.nanoTime() - t0);
        Map<String, Duration> timings = new LinkedHashMap<>(info.timings());
        timings.put("write", write);
        try (OutputStream out = open(dir, RunJsonWriter.FILE)) {
            RunJsonWriter.write(r, operation, new RunInfo(info.version(), info.gitCommit(), info.inputs(), info.duplicateActionIds(),
                    timings), out);
        }
        return write;
    }

    /** The talking points of the near-text method, or none when it did not run. */
    public static List<TalkingPoint> talkingPoints(AnalysisResult r) {
        return r.coActions().map(c -> c.methods().get(CoActionMethod.NEAR_TEXT))
                .map(m -> m.objects().talkingPoints()).orElse(List.of());
    }

    private static OutputStream open(Path dir, String name) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
    }
}
