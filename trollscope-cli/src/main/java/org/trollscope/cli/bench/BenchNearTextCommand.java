package org.trollscope.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.text.CandidateFilter;
import org.trollscope.core.text.GeneratedCorpus;
import org.trollscope.core.text.NearDuplicateEvaluation;
import org.trollscope.core.text.NearDuplicateFinder;
import org.trollscope.core.text.NearDuplicatePairs;
import org.trollscope.core.text.NearDuplicateParameters;
import org.trollscope.core.text.TextNormalizer;
import org.trollscope.core.text.TextVariantGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trollscope bench neartext}: times near-duplicate search over generated posts
 * ({@link GeneratedCorpus}: Zipf vocabularies in five languages, 2% of posts in planted groups of
 * five disguised variants) and measures precision and recall against the planted pairs. Posts are
 * regenerated on demand, not stored, so the heap holds only the search's own arrays. With
 * {@code --curve N} it also prints the exact-similarity precision/recall curve over all pairs of
 * N posts (N² / 2 comparisons: a few thousand). With {@code --detect} it times the near-text
 * detection method end to end instead ({@link NearTextDetectBench}).
 */
@Command(name = "neartext", mixinStandardHelpOptions = true,
        description = "Time near-duplicate text search on generated posts with planted disguised copies.")
public final class BenchNearTextCommand implements Callable<Integer> {
    @Option(names = "--posts", paramLabel = "N", defaultValue = "10000000", description = "Posts to generate. Default: ${DEFAULT-VALUE}.")
    int posts;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of processors.")
    Integer threads;

    @Option(names = "--threshold", paramLabel = "J", description = "Jaccard threshold. Default: the library default.")
    Double threshold;

    @Option(names = "--curve", paramLabel = "N", defaultValue = "0",
            description = "Also print the exact precision/recall curve over all pairs of N posts. Default: off.")
    int curve;

    @Option(names = "--detect", description = "Time detect's near-text method end to end on the posts, written as an "
            + "activity log over 30 days with planted teams, instead of the bare search.")
    boolean detect;

    @Option(names = "--teams", paramLabel = "N", defaultValue = "200",
            description = "With --detect: teams of five accounts posting the planted groups. Default: ${DEFAULT-VALUE}.")
    int teams;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        NearDuplicateParameters parameters = threshold == null ? NearDuplicateParameters.DEFAULT
                : NearDuplicateParameters.DEFAULT.withThreshold(threshold);
        resetPeaks();
        long t0 = System.nanoTime();
        TextNormalizer normalizer = TextNormalizer.nearDuplicate();
        TextVariantGenerator generator = new TextVariantGenerator(seed);
        double setup = (System.nanoTime() - t0) / 1e9;
        NearDuplicateFinder finder = new NearDuplicateFinder(normalizer, parameters, workers);
        out.printf(Locale.ROOT, "parameters      %s, %d threads%n", parameters, workers);
        out.printf(Locale.ROOT, "setup           %.1f s (normaliser tables and vocabularies)%n", setup);
        out.flush();

        GeneratedCorpus corpus = new GeneratedCorpus(generator, seed, posts, 1000, 4, 5);
        StageTimer timer = new StageTimer();
        if (detect) {
            resetPeaks();
            NearTextDetectBench.run(out, corpus, teams, seed, workers, timer);
            for (String stage : timer.report()) {
                out.println(stage);
            }
            out.printf(Locale.ROOT, "peak heap       %,d MB (max heap %,d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            return 0;
        }
        long t1 = System.nanoTime();
        NearDuplicatePairs pairs = finder.find(corpus, CandidateFilter.ALL, timer);
        double seconds = (System.nanoTime() - t1) / 1e9;
        NearDuplicateEvaluation.Point quality = NearDuplicateEvaluation.of(pairs, corpus, parameters.threshold());

        out.printf(Locale.ROOT, "posts           %,d generated, %,d long enough to compare, %,d planted pairs%n",
                pairs.messages(), pairs.compared(), corpus.plantedPairs());
        for (String stage : timer.report()) {
            out.println(stage);
        }
        out.printf(Locale.ROOT, "search          %.1f s (posts generated on the fly included)%n", seconds);
        out.printf(Locale.ROOT, "band collisions %,d distinct pairs%n", pairs.collisions());
        out.printf(Locale.ROOT, "candidates      %,d (verified exactly)%n", pairs.candidates());
        out.printf(Locale.ROOT, "verified pairs  %,d%n", pairs.size());
        out.printf(Locale.ROOT, "precision       %.4f (%,d false pairs)%n", quality.precision(), quality.falsePositives());
        out.printf(Locale.ROOT, "recall          %.4f (%,d of %,d planted pairs)%n", quality.recall(), quality.truePositives(),
                corpus.plantedPairs());
        out.printf(Locale.ROOT, "peak heap       %,d MB (max heap %,d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (curve > 0) {
            GeneratedCorpus small = new GeneratedCorpus(generator, seed + 1, curve, 10, 1, 4);
            double[] thresholds = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};
            out.printf(Locale.ROOT, "curve           exact Jaccard over all %,d pairs of %,d posts (%,d planted)%n",
                    (long) curve * (curve - 1) / 2, curve, small.plantedPairs());
            out.println("threshold  precision  recall  false-pairs  candidate-probability");
            for (NearDuplicateEvaluation.Point p : NearDuplicateEvaluation.curve(small, finder, thresholds)) {
                out.printf(Locale.ROOT, "%9.2f  %9.4f  %6.4f  %11d  %21.3f%n", p.threshold(), p.precision(), p.recall(),
                        p.falsePositives(), parameters.candidateProbability(p.threshold()));
            }
        }
        out.flush();
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Records how long each stage of the search took. */
    private static final class StageTimer implements ProgressListener {
        private final List<String> lines = new ArrayList<>();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private String stage;
        private long started;
        private long startedCpu;

        @Override
        public synchronized void start(String name, long total) {
            stage = name;
            started = System.nanoTime();
            startedCpu = os.getProcessCpuTime();
        }

        @Override
        public void advance(long amount) {
        }

        @Override
        public synchronized void finish() {
            lines.add(String.format(Locale.ROOT, "  %-22s %6.1f s wall, %6.1f s cpu", stage, (System.nanoTime() - started) / 1e9,
                    (os.getProcessCpuTime() - startedCpu) / 1e9));
        }

        synchronized List<String> report() {
            return List.copyOf(lines);
        }
    }
}
