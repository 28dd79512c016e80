package org.trollscope.core.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.community.Communities;
import org.trollscope.core.community.LeidenCommunities;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.detect.coaction.CoActionDetector;
import org.trollscope.core.detect.coaction.CoActionEvidence;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.detect.coaction.Crowd;
import org.trollscope.core.detect.coaction.MethodEvidence;
import org.trollscope.core.detect.coaction.PairEvidence;
import org.trollscope.core.detect.compat.CoortweetEdge;
import org.trollscope.core.detect.compat.CoortweetParameters;
import org.trollscope.core.detect.compat.CoortweetReproduction;
import org.trollscope.core.detect.compat.ShareRows;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.network.AccountNetwork;
import org.trollscope.core.significance.CoordinationInterval;
import org.trollscope.core.significance.PairTests;

/**
 * The library entry point: activity log + parameters → {@link AnalysisResult}. Stages: co-action
 * detection on every method ({@link CoActionDetector}), kept edges (weight ≥ min weight), the
 * evidence pass over the kept pairs' objects, the account network and its components, Leiden
 * communities and their summaries. In CooRTweet mode the edges come from
 * {@link CoortweetReproduction} instead and there is no co-action evidence.
 *
 * <p>Same log and parameters give the same result whatever the thread count.
 */
public final class CoordinationAnalysis {
    private CoordinationAnalysis() {
    }

    public static AnalysisResult run(ActivityLog log, AnalysisParameters p, ProgressListener progress) {
        Map<String, Duration> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        AccountOrder order;
        CoordinationEdges edges;
        Optional<CoActionResult> coActions = Optional.empty();
        Optional<CoActionEvidence> evidence = Optional.empty();
        List<Crowd> crowds = List.of();
        Optional<SignificanceSummary> significance = Optional.empty();
        Optional<PairTests> widestTests = Optional.empty();
        if (p.compat() == Compatibility.COORTWEET) {
            order = AccountOrder.of(log);
            edges = coortweetEdges(log, order, p);
            t0 = lap(timings, "co-share (CooRTweet)", t0);
        } else {
            Optional<Duration> estimated = Optional.empty();
            List<Duration> requested = p.windows().isEmpty() && p.autoWindow() ? List.of() : p.testedWindows();
            if (p.autoWindow()) {
                estimated = estimateWindow(log);
                if (estimated.isEmpty() && requested.isEmpty()) {
                    throw new IllegalArgumentException("--window auto: no object has two actions to estimate a window from");
                }
            }
            List<Duration> windows = EdgeSelection.windows(requested, estimated);
            List<CoActionResult> runs = new ArrayList<>();
            List<PairTests> tests = new ArrayList<>();
            CoActionDetector detector = null;
            for (Duration window : windows) {
                // pairs that met on one object only cannot reach a min weight of 2: count them, keep no evidence
                detector = new CoActionDetector(p.coAction().withWindow(window), Math.min(2, p.minWeight()));
                // the objects are grouped once (and texts searched once) for every window
                CoActionResult r = detector.detect(log, runs.isEmpty() ? null : runs.get(0), progress);
                runs.add(r);
                t0 = lap(timings, windows.size() == 1 ? "co-actions" : "co-actions " + window.toMillis() + " ms", t0);
                if (p.threshold() == Threshold.SIGNIFICANCE) {
                    tests.add(PairTests.of(r));
                    t0 = lap(timings, windows.size() == 1 ? "significance" : "significance " + window.toMillis() + " ms",
                            t0);
                }
            }
            CoActionResult r = runs.get(runs.size() - 1);
            order = r.order();
            coActions = Optional.of(r);
            crowds = r.crowds();
            PairEvidence all = r.combined();
            PairEvidence edgeSource = all;
            Map<CoActionMethod, PairEvidence> methodSource = new java.util.EnumMap<>(CoActionMethod.class);
            for (Map.Entry<CoActionMethod, MethodEvidence> e : r.methods().entrySet()) {
                methodSource.put(e.getKey(), e.getValue().pairs());
            }
            EdgeSelection selection = switch (p.threshold()) {
                case COUNT -> EdgeSelection.byCount(all, p.minWeight(), Double.NEGATIVE_INFINITY);
                case PERCENTILE -> EdgeSelection.byPercentile(all, p.minWeight(), p.edgePercentile().orElse(0.5));
                case SIGNIFICANCE -> EdgeSelection.bySignificance(runs, tests, windows, estimated, p.minWeight(),
                        p.fdr());
            };
            if (p.threshold() == Threshold.SIGNIFICANCE) {
                widestTests = Optional.of(tests.get(tests.size() - 1));
                Duration widestWindow = windows.get(windows.size() - 1);
                progress.start("group tests", -1);
                GroupTests groups = GroupTests.run(log, r, p.coAction(), widestWindow, p.communities(), p.fdr(),
                        ProgressListener.NONE);
                progress.finish();
                int before = selection.keys.length;
                selection = selection.withGroupEdges(groups.merged, all, widestTests.get(), widestWindow.toMillis(),
                        groups);
                edgeSource = groups.merged;
                methodSource = groups.mergedByMethod;
                SignificanceSummary s = selection.summary.orElseThrow();
                int significant = 0;
                int members = 0;
                for (GroupTests.Group g : groups.groups) {
                    if (g.logQ() <= Math.log(p.fdr())) {
                        significant++;
                    }
                }
                for (boolean k : groups.kept) {
                    if (k) {
                        members++;
                    }
                }
                selection.summary = Optional.of(new SignificanceSummary(s.nullModel(), s.windows(), s.estimatedWindow(),
                        s.activeAccounts(), s.hypotheses(), s.candidates(), s.fdr(), s.kept(), s.expectedFalseEdges(),
                        s.modelIterations(), groups.groups.size(), significant, members,
                        selection.keys.length - before));
                t0 = lap(timings, "group tests", t0);
            }
            significance = selection.summary;
            progress.start("evidence", -1);
            CoActionEvidence ev = detector.evidence(r, selection.keys);
            progress.finish();
            evidence = Optional.of(ev);
            t0 = lap(timings, "evidence", t0);
            edges = coActionEdges(methodSource, edgeSource, selection, ev);
        }
        double[] w = new double[edges.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = edges.weight[i];
        }
        AccountNetwork network = AccountNetwork.of(edges.a, edges.b, w);
        AccountActivity activity = new AccountActivity(log, order);
        t0 = lap(timings, "network", t0);
        Communities communities = LeidenCommunities.detect(network, p.communities());
        List<CommunitySummary> summaries = summarise(network, communities, evidence, order, log);
        if (widestTests.isPresent()) {
            summaries = CommunitySignificance.annotate(summaries, communities, network, widestTests.get(),
                    coActions.get().combined());
        }
        lap(timings, "communities", t0);
        return new AnalysisResult(log, p, order, coActions, edges, evidence, network, communities, summaries, activity,
                crowds, significance, Collections.unmodifiableMap(timings));
    }

    /**
     * CooRnet's coordination interval over the targets' action times (shares, likes, replies and
     * quotes of one target form one object), see {@link CoordinationInterval}.
     */
    static Optional<Duration> estimateWindow(ActivityLog log) {
        int targets = log.targets().size();
        int[] count = new int[targets + 1];
        for (int row = 0; row < log.size(); row++) {
            int t = log.target(row);
            if (t >= 0) {
                count[t + 1]++;
            }
        }
        for (int t = 0; t < targets; t++) {
            count[t + 1] += count[t];
        }
        long[] times = new long[count[targets]];
        int[] fill = count.clone();
        for (int row = 0; row < log.size(); row++) {
            int t = log.target(row);
            if (t >= 0) {
                times[fill[t]++] = log.time(row);
            }
        }
        List<long[]> objects = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            if (count[t + 1] - count[t] >= 2) {
                objects.add(Arrays.copyOfRange(times, count[t], count[t + 1]));
            }
        }
        return CoordinationInterval.estimate(objects, CoordinationInterval.DEFAULT_QUICKEST_SHARE,
                CoordinationInterval.DEFAULT_ACTION_SHARE);
    }

    private static long lap(Map<String, Duration> timings, String stage, long since) {
        long now = System.nanoTime();
        timings.put(stage, Duration.ofNanos(now - since));
        return now;
    }

    private static CoordinationEdges coActionEdges(Map<CoActionMethod, PairEvidence> methods, PairEvidence all,
                                                   EdgeSelection s, CoActionEvidence ev) {
        int[] index = s.index;
        CoordinationEdges e = new CoordinationEdges(index.length);
        System.arraycopy(s.window, 0, e.window, 0, index.length);
        System.arraycopy(s.observed, 0, e.observed, 0, index.length);
        System.arraycopy(s.expected, 0, e.expected, 0, index.length);
        System.arraycopy(s.logP, 0, e.logP, 0, index.length);
        System.arraycopy(s.logQ, 0, e.logQ, 0, index.length);
        System.arraycopy(s.byGroup, 0, e.byGroup, 0, index.length);

        for (int k = 0; k < index.length; k++) {
            int i = index[k];
            long key = all.key(i);
            e.a[k] = all.a(i);
            e.b[k] = all.b(i);
            e.weight[k] = all.objects(i);
            e.coActions[k] = all.coActions(i);
            StringBuilder m = new StringBuilder();
            for (Map.Entry<CoActionMethod, PairEvidence> me : methods.entrySet()) {
                int j = me.getValue().indexOf(key);
                if (j >= 0) {
                    m.append(m.length() == 0 ? "" : ";").append(me.getKey().wireName()).append(':')
                            .append(me.getValue().objects(j));
                }
            }
            e.methods[k] = m.toString();
            e.minGap[k] = all.minGapMillis(i);
            e.medianGap[k] = ev.medianGapMillis(k);
            e.aFirst[k] = all.aFirst(i);
            e.bFirst[k] = all.bFirst(i);
            e.symmetry[k] = all.symmetry(i);
            e.first[k] = all.firstTime(i);
            e.last[k] = all.lastTime(i);
            e.nContent[k] = -1;
            e.nContentY[k] = -1;
        }
        return e;
    }

    private static CoordinationEdges coortweetEdges(ActivityLog log, AccountOrder order, AnalysisParameters p) {
        CoortweetParameters cp = new CoortweetParameters(p.coAction().window(), p.coAction().minParticipation(),
                p.edgePercentile());
        List<CoortweetEdge> list = CoortweetReproduction.run(ShareRows.of(log), cp);
        Map<String, Integer> rankOf = new HashMap<>();
        for (int rank = order.size() - 1; rank >= 0; rank--) {
            rankOf.put(log.accountIdText(order.account(rank)), rank); // the first platform wins a shared id
        }
        // CooRTweet has no minimum weight: its edge list is every pair left by its rules
        List<CoortweetEdge> kept = list;
        CoordinationEdges e = new CoordinationEdges(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            CoortweetEdge edge = kept.get(k);
            int x = rankOf.get(edge.account());
            int y = rankOf.get(edge.accountY());
            e.a[k] = Math.min(x, y);
            e.b[k] = Math.max(x, y);
            e.weight[k] = edge.weight();
            e.coActions[k] = edge.weight();
            e.methods[k] = CoActionMethod.SHARE.wireName() + ":" + edge.weight();
            e.minGap[k] = -1;
            e.medianGap[k] = Double.NaN;
            e.aFirst[k] = -1;
            e.bFirst[k] = -1;
            e.symmetry[k] = edge.symmetry();
            e.first[k] = -1;
            e.last[k] = -1;
            e.nContent[k] = edge.nContentId();
            e.nContentY[k] = edge.nContentIdY();
        }
        return e;
    }

    private static List<CommunitySummary> summarise(AccountNetwork net, Communities c, Optional<CoActionEvidence> evidence,
                                                    AccountOrder order, ActivityLog log) {
        int k = c.count();
        int[] internal = new int[k];
        for (int e = 0; e < net.edgeCount(); e++) {
            int ca = c.of(net.edgeA(e));
            if (ca == c.of(net.edgeB(e))) {
                internal[ca]++;
            }
        }
        List<Map<String, int[]>> objects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            objects.add(new HashMap<>());
        }
        evidence.ifPresent(ev -> {
            for (int i = 0; i < ev.size(); i++) {
                int na = net.node(order.rank(log.account(ev.rowA(i))));
                int nb = net.node(order.rank(log.account(ev.rowB(i))));
                if (na >= 0 && nb >= 0 && c.of(na) == c.of(nb)) {
                    objects.get(c.of(na)).computeIfAbsent(ev.method(i).wireName() + ":" + ev.objectName(i),
                            x -> new int[1])[0]++;
                }
            }
        });
        List<CommunitySummary> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            long size = c.size(i);
            double density = size < 2 ? 0 : internal[i] / (size * (size - 1) / 2.0);
            List<Map.Entry<String, int[]>> top = new ArrayList<>(objects.get(i).entrySet());
            top.sort((x, y) -> x.getValue()[0] != y.getValue()[0] ? Integer.compare(y.getValue()[0], x.getValue()[0])
                    : x.getKey().compareTo(y.getKey()));
            List<String> names = new ArrayList<>();
            for (int j = 0; j < Math.min(5, top.size()); j++) {
                names.add(top.get(j).getKey() + " (" + top.get(j).getValue()[0] + ")");
            }
            out.add(new CommunitySummary(i, (int) size, internal[i], density, List.copyOf(names)));
        }
        return out;
    }
}
