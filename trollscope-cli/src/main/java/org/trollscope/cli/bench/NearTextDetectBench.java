package org.trollscope.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.trollscope.cli.VersionProvider;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.text.GeneratedCorpus;
import org.trollscope.core.text.NearDuplicatePairs;
import org.trollscope.core.text.NearDuplicateParameters;
import org.trollscope.core.text.NearTextQuery;
import org.trollscope.core.text.NearTextSearch;
import org.trollscope.core.text.StarClusters;
import org.trollscope.core.text.TalkingPoint;
import org.trollscope.core.text.TextNormalizer;
import org.trollscope.io.write.DetectionOutputs;
import org.trollscope.io.write.RunInfo;

/**
 * The near-text method end to end, for {@code bench neartext --detect}: the posts of a
 * {@link GeneratedCorpus} (2% in planted groups of five disguised variants) become an activity log
 * over 30 days: unrelated posts by organic accounts (about 20 posts each) at uniform times, each
 * planted group posted by the five accounts of one of {@code teams} teams within 20 minutes. Then
 * {@code detect} with the near-text method only (default text window, min participation, min
 * weight) runs and writes its files; the whole is timed, with the stages of the near-duplicate
 * search. Afterwards (not timed) the kept edges are checked against the teams, and the search is
 * run again to measure what the star clusters keep of the pair graph against connected components.
 */
final class NearTextDetectBench {
    private static final long START = 1_700_000_000_000L;
    private static final long DAYS = 30;

    private NearTextDetectBench() {
    }

    static ActivityLog log(GeneratedCorpus corpus, int teams, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = corpus.size();
        int organic = Math.max(10, n / 20);
        long span = DAYS * 86_400_000L;
        ActivityLogBuilder b = new ActivityLogBuilder();
        int platform = b.platform("telegram");
        int group = -1;
        long groupStart = 0;
        int team = 0;
        for (int i = 0; i < n; i++) {
            int g = corpus.group(i);
            int account;
            long time;
            if (g < 0) {
                account = b.account(platform, "user" + rnd.nextInt(organic));
                time = START + rnd.nextLong(span);
            } else {
                if (g != group) {
                    group = g;
                    groupStart = START + rnd.nextLong(span);
                    team = rnd.nextInt(teams);
                }
                int member = i % 5; // groups of five are aligned on multiples of five in each block
                account = b.account(platform, "team" + team + "-" + member);
                time = groupStart + rnd.nextLong(20 * 60_000L);
            }
            b.begin(platform, account, ActionType.POST, time).text(corpus.text(i)).commit();
        }
        return b.build();
    }

    static void run(PrintWriter out, GeneratedCorpus corpus, int teams, long seed, int threads, ProgressListener stages)
            throws IOException {
        long g0 = System.nanoTime();
        ActivityLog log = log(corpus, teams, seed);
        out.printf(Locale.ROOT, "log             %,d posts by %,d accounts (%d teams of 5), generated in %.1f s%n",
                log.size(), log.accountCount(), teams, (System.nanoTime() - g0) / 1e9);
        out.flush();
        AnalysisParameters d = AnalysisParameters.defaults();
        AnalysisParameters p = d.withCoAction(d.coAction().withMethods(EnumSet.of(CoActionMethod.NEAR_TEXT))
                .withThreads(threads));
        Path dir = Files.createTempDirectory("trollscope-bench-neartext");
        System.gc();
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        AnalysisResult r = CoordinationAnalysis.run(log, p, stages);
        DetectionOutputs.writeAll(r, new RunInfo(VersionProvider.version(), null, List.of(), 0, Map.of()), dir);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - c0) / 1e9;
        out.printf(Locale.ROOT, "detect          %.1f s wall, %.1f s cpu (near-text only, text window %s, outputs written)%n",
                seconds, cpu, p.coAction().textWindowIfBounded().map(w -> w.toMinutes() + " min").orElse("unbounded"));
        out.print("  analysis stages:");
        for (Map.Entry<String, Duration> e : r.timings().entrySet()) {
            out.printf(Locale.ROOT, " %s %.1f s", e.getKey(), e.getValue().toNanos() / 1e9);
        }
        out.println();
        List<TalkingPoint> points = DetectionOutputs.talkingPoints(r);
        var m = r.coActions().orElseThrow().methods().get(CoActionMethod.NEAR_TEXT);
        out.printf(Locale.ROOT, "talking points  %,d (%,d messages); co-actions %,d; candidate pairs %,d%n", points.size(),
                points.stream().mapToLong(t -> t.rows().length).sum(), m.coActions(), m.pairs().size());
        int inside = 0;
        for (int e = 0; e < r.edges().size(); e++) {
            String a = r.accountId(r.edges().a(e));
            String b = r.accountId(r.edges().b(e));
            if (a.startsWith("team") && a.substring(0, a.indexOf('-')).equals(b.substring(0, Math.max(0, b.indexOf('-'))))) {
                inside++;
            }
        }
        out.printf(Locale.ROOT, "kept edges      %,d: %,d inside a planted team (of %,d team pairs), %,d other%n",
                r.edges().size(), inside, teams * 10L, r.edges().size() - inside);
        out.flush();
        deleteTree(dir);

        NearTextSearch search = new NearTextSearch(TextNormalizer.nearDuplicate(), NearDuplicateParameters.DEFAULT, threads);
        NearDuplicatePairs pairs = search.pairs(log, NearTextQuery.DEFAULT, ProgressListener.NONE);
        List<TalkingPoint> stars = StarClusters.talkingPoints(log, pairs);
        List<TalkingPoint> components = NearTextSearch.talkingPoints(log, pairs);
        out.printf(Locale.ROOT, "clusters        stars: %,d, largest %,d messages, %.4f of %,d verified pairs inside one; "
                        + "components: %,d, largest %,d messages%n", stars.size(), largest(stars),
                StarClusters.pairsInside(stars, pairs, log.size()), pairs.size(), components.size(), largest(components));
        out.flush();
    }

    private static int largest(List<TalkingPoint> points) {
        return points.stream().mapToInt(t -> t.rows().length).max().orElse(0);
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
