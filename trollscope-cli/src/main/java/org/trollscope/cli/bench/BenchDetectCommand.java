package org.trollscope.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trollscope.cli.VersionProvider;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.io.write.DetectionOutputs;
import org.trollscope.io.write.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code trollscope bench detect}: generates Zipf-popular co-share data ({@link ZipfCoShareData})
 * at each requested size and times detection end to end (co-actions on shares with a 60 s window,
 * kept edges, evidence pass, network, Leiden, writing every output file), printing seconds and the
 * process CPU time (the machine may be shared) and the peak heap (sum of the heap pools' peaks,
 * reset after generation, so uncollected garbage counts). Generation is not timed.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Time co-share detection end to end on generated Zipf-popular data.")
public final class BenchDetectCommand implements Callable<Integer> {
    @Option(names = "--threshold", defaultValue = "significance",
            description = "Edge rule: significance (pair and group tests) or count (min weight only). Default: ${DEFAULT-VALUE}.")
    String threshold;

    @Option(names = "--window-ms", defaultValue = "60000", description = "Co-action window in ms. Default: ${DEFAULT-VALUE}.")
    long windowMillis;

    @Option(names = "--actions", split = ",", paramLabel = "N[,N...]", defaultValue = "1000000,5000000,20000000",
            description = "Sizes to run. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "200000", description = "Default: ${DEFAULT-VALUE}.")
    int accounts;

    @Option(names = "--zipf", paramLabel = "S", defaultValue = "0.8", description = "Popularity exponent. Default: ${DEFAULT-VALUE}.")
    double zipf;

    @Option(names = "--lifetime-hours", paramLabel = "H", defaultValue = "48",
            description = "Mean delay of a share after its post appears. Default: ${DEFAULT-VALUE}.")
    double lifetimeHours;

    @Option(names = "--days", paramLabel = "D", defaultValue = "30", description = "Default: ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--teams", paramLabel = "N", defaultValue = "100", description = "Planted teams of 10. Default: ${DEFAULT-VALUE}.")
    int teams;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the outputs (default: a temporary directory, deleted).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        w.printf(Locale.ROOT, "jvm %s · %d cores · %d threads · max heap %.1f GiB%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), t, Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        w.printf(Locale.ROOT, "%12s %10s %12s %12s %10s %8s %9s %9s %9s%n", "actions", "accounts", "co-actions",
                "candidates", "edges", "crowds", "seconds", "cpu s", "peak GiB");
        w.flush();
        for (int n : sizes) {
            ActivityLog log = new ZipfCoShareData(n, accounts, zipf, days, lifetimeHours, teams, seed).generate();
            AnalysisParameters d = AnalysisParameters.defaults();
            AnalysisParameters p = d.withCoAction(d.coAction().withMethods(java.util.EnumSet.of(CoActionMethod.SHARE))
                    .withThreads(t)).withWindows(List.of(java.time.Duration.ofMillis(windowMillis)), false)
                    .withThreshold(org.trollscope.core.analysis.Threshold.parse(threshold), d.fdr());
            Path dir = out != null ? out.resolve(Integer.toString(n)) : Files.createTempDirectory("trollscope-bench");
            System.gc();
            resetPeaks();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            AnalysisResult r = CoordinationAnalysis.run(log, p, ProgressListener.NONE);
            DetectionOutputs.writeAll(r, new RunInfo(VersionProvider.version(), null, List.of(), 0, Map.of()), dir);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - c0) / 1e9;
            double peak = peakHeap() / (double) (1L << 30);
            w.printf(Locale.ROOT, "%,12d %,10d %,12d %,12d %,10d %,8d %9.2f %9.2f %9.2f%n", log.size(),
                    log.accountCount(), r.coActions().orElseThrow().coActions(),
                    r.coActions().orElseThrow().combined().size(), r.edges().size(), r.crowds().size(), seconds, cpu, peak);
            w.print("  stages:");
            for (Map.Entry<String, Duration> e : r.timings().entrySet()) {
                w.printf(Locale.ROOT, " %s %.2f s", e.getKey(), e.getValue().toNanos() / 1e9);
            }
            w.println();
            w.flush();
            if (out == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /** CPU time of the whole process (all threads, GC included), or 0 if the JVM cannot tell. */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
