package org.trollscope.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.InputFormat;
import org.trollscope.io.read.ReadOptions;
import org.trollscope.io.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trollscope bench ingest}: generates a synthetic actions CSV ({@link SyntheticActionsCsv}),
 * or with {@code --format telegram-json} / {@code twitter-v2-jsonl} a synthetic platform export
 * ({@link SyntheticPlatformExport}), then times reading it into the in-memory {@link ActivityLog}
 * through the normal input path (format detection, parsing, SHA-256, interning, entity extraction)
 * and reports rows per second, heap bytes per action, both the log's own estimate
 * ({@link ActivityLog#heapBytes()}) and the heap measured after garbage collection, and the peak
 * heap during the load. Run under a small {@code -Xmx} it shows that a platform export streams:
 * the peak stays near the log's own size however large the file. Generation is not timed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Time loading a generated actions CSV into the in-memory activity log.")
public final class IngestBenchCommand implements Callable<Integer> {
    @Option(names = "--rows", paramLabel = "N", defaultValue = "20000000",
            description = "Rows to generate. Default: ${DEFAULT-VALUE}.")
    long rows;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "200000",
            description = "Distinct accounts. Default: ${DEFAULT-VALUE}.")
    int accounts;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            converter = BenchFormatConverter.class,
            description = "What to generate: csv (trollscope actions), telegram-json or twitter-v2-jsonl "
                    + "(--rows is then messages or tweets). Default: ${DEFAULT-VALUE}.")
    InputFormat format;

    @Option(names = "--keep", paramLabel = "FILE",
            description = "Write the generated CSV here and keep it; if FILE exists it is read as it is, not regenerated.")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = keep;
        Path tempDir = null;
        if (file == null) {
            tempDir = Files.createTempDirectory("trollscope-bench");
            file = tempDir.resolve(format == InputFormat.CSV ? "actions.csv"
                    : format == InputFormat.TELEGRAM_JSON ? "result.json" : "tweets.jsonl");
        }
        try {
            if (!Files.exists(file)) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                out.printf(Locale.ROOT, "generating %,d rows into %s ...%n", rows, file);
                out.flush();
                long g = System.nanoTime();
                if (format == InputFormat.CSV) {
                    new SyntheticActionsCsv(rows, accounts, seed).write(file);
                } else {
                    new SyntheticPlatformExport(format, rows, accounts, seed).write(file);
                }
                out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - g) / 1e9);
            }
            long bytes = Files.size(file);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            collect();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            String loadBefore = loadAverage();
            long cpu0 = processCpuNanos();
            long mainCpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            ReadResult r = ActivityReader.read(List.of(file), null, ReadOptions.defaults(), ProgressListener.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            double mainCpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - mainCpu0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            ActivityLog log = r.log();
            collect();
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            int n = log.size();
            out.printf(Locale.ROOT, "file            %s (%,d bytes, %.2f GB, read as %s)%n", file, bytes, bytes / 1e9,
                    r.report().inputs().get(0).format());
            out.printf(Locale.ROOT, "rows            %,d read, %,d in the log, %,d accounts, %,d targets%n",
                    r.report().rowsRead(), n, log.accountCount(), log.targets().size());
            out.printf(Locale.ROOT, "load time       %.2f s%n", seconds);
            out.printf(Locale.ROOT, "cpu time        %.2f s (all threads of the process, including garbage collection), "
                    + "%.2f s on the committing thread%n", cpuSeconds, mainCpuSeconds);
            out.printf(Locale.ROOT, "load average    %s before loading (other processes share the cores)%n", loadBefore);
            out.printf(Locale.ROOT, "throughput      %,.0f rows/s, %.0f MB/s%n", n / seconds, bytes / 1e6 / seconds);
            out.printf(Locale.ROOT, "heap per action %.1f bytes (ActivityLog.heapBytes), %.1f bytes (measured after GC)%n",
                    log.heapBytes() / (double) n, (heapAfter - heapBefore) / (double) n);
            out.printf(Locale.ROOT, "peak heap       %.1f MiB during the load (sum of the heap pools' peaks)%n",
                    peak / (double) (1L << 20));
            out.printf(Locale.ROOT, "jvm             %s, %d cores, max heap %.1f GiB%n", System.getProperty("java.vm.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (double) (1L << 30));
            out.flush();
            Reference.reachabilityFence(log);
            return 0;
        } finally {
            if (tempDir != null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(tempDir);
            }
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            String s = Files.readString(Path.of("/proc/loadavg")).strip();
            String[] parts = s.split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static final class BenchFormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            InputFormat f;
            try {
                f = InputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (f != InputFormat.CSV && f != InputFormat.TELEGRAM_JSON && f != InputFormat.TWITTER_V2_JSONL) {
                throw new TypeConversionException("bench ingest generates csv, telegram-json or twitter-v2-jsonl, not " + f);
            }
            return f;
        }
    }

    private static void collect() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }
}
