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

/**
 * Writes every output of a detection run into one directory: accounts.csv, edges.csv,
 * evidence.csv, communities.csv, network.gexf, network.graphml and run.json (last, with the write
 * time). The directory is created if needed; existing files of these names are replaced.
 */
public final class DetectionOutputs {
    /** The files written, in order. */
    public static final List<String> FILES = List.of(AccountsCsv.FILE, EdgesCsv.FILE, EvidenceCsv.FILE,
            CommunitiesCsv.FILE, GexfWriter.FILE, GraphMlWriter.FILE, RunJsonWriter.FILE);

    private DetectionOutputs() {
    }

    /** Writes everything; returns the time spent writing. */
    public static Duration writeAll(AnalysisResult r, RunInfo info, Path dir) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(dir);
        try (OutputStream out = open(dir, AccountsCsv.FILE)) {
            AccountsCsv.write(r, out);
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
        try (OutputStream out = open(dir, GexfWriter.FILE)) {
            GexfWriter.write(r, "trollscope " + info.version(), out);
        }
        try (OutputStream out = open(dir, GraphMlWriter.FILE)) {
            GraphMlWriter.write(r, out);
        }
        Duration write = Duration.ofNanos(System.nanoTime() - t0);
        Map<String, Duration> timings = new LinkedHashMap<>(info.timings());
        timings.put("write", write);
        try (OutputStream out = open(dir, RunJsonWriter.FILE)) {
            RunJsonWriter.write(r, new RunInfo(info.version(), info.gitCommit(), info.inputs(), info.duplicateActionIds(),
                    timings), out);
        }
        return write;
    }

    private static OutputStream open(Path dir, String name) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
    }
}
