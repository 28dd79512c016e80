package org.trollscope.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CommunitySummary;
import org.trollscope.core.analysis.Compatibility;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.Crowd;
import org.trollscope.core.detect.coaction.MethodEvidence;
import org.trollscope.core.operation.AccountSignal;
import org.trollscope.core.operation.AccountSignals;
import org.trollscope.core.operation.EventAlignment;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.text.TalkingPoint;
import org.trollscope.io.write.DetectionOutputs;

/** The console summary of a detection run: counts per method, talking points, kept edges, communities, crowds, files. */
public final class DetectionSummary {
    private static final int CROWDS_SHOWN = 10;

    private DetectionSummary() {
    }

    public static void print(AnalysisResult r, Path out, PrintWriter w) {
        var p = r.parameters();
        w.printf(Locale.ROOT, "actions %,d · accounts %,d · window %s s · min participation %d · min weight %d · "
                        + "threshold %s%s%n",
                r.log().size(), r.log().accountCount(), seconds(p.coAction().windowMillis()),
                p.coAction().minParticipation(), p.minWeight(), p.threshold().wireName(),
                p.compat() == Compatibility.COORTWEET ? " · CooRTweet 2.1.3 mode" : "");
        r.coActions().ifPresent(c -> {
            for (MethodEvidence m : c.methods().values()) {
                if (m.objects().size() == 0) {
                    continue;
                }
                w.printf(Locale.ROOT, "  co-%-8s %,d actions on %,d objects → %,d co-actions, %,d pairs kept as "
                                + "candidates (%,d more met on too few objects)%n",
                        m.method().wireName(), m.objects().size(), m.objects().objectsWithActions(), m.coActions(),
                        m.pairs().size(), m.pairsBelowMinObjects());
            }
        });
        r.significance().ifPresent(sig -> {
            StringBuilder ws = new StringBuilder();
            for (var d : sig.windows()) {
                ws.append(ws.length() == 0 ? "" : ", ").append(seconds(d.toMillis())).append(" s");
            }
            w.printf(Locale.ROOT, "significance: window%s %s%s · %,d active accounts · %.3g hypotheses · FDR %s → "
                            + "%,d edges kept, at most %.2f of them expected false%n",
                    sig.windows().size() > 1 ? "s" : "", ws,
                    sig.estimatedWindow().map(e -> " (estimated " + seconds(e.toMillis()) + " s)").orElse(""),
                    sig.activeAccounts(), sig.hypotheses(), BigDecimal.valueOf(sig.fdr()).stripTrailingZeros().toPlainString(),
                    sig.kept(), sig.expectedFalseEdges());
            w.printf(Locale.ROOT, "group tests (found on one half of the objects, tested on the other): %,d groups, "
                    + "%,d significant, %,d members kept → %,d more edges%n", sig.groupsTested(), sig.groupsSignificant(),
                    sig.groupMembersKept(), sig.groupEdges());
        });
        r.coActions().map(c -> c.methods().get(CoActionMethod.NEAR_TEXT)).ifPresent(m -> {
            List<TalkingPoint> points = m.objects().talkingPoints();
            long messages = points.stream().mapToLong(t -> t.rows().length).sum();
            long accounts = points.stream().flatMapToInt(t -> IntStream.of(t.accounts())).distinct().count();
            w.printf(Locale.ROOT, "talking points %,d (near-duplicate messages %,d by %,d accounts, text window %s)%s%n",
                    points.size(), messages, accounts, p.coAction().textWindowIfBounded()
                            .map(d -> duration(d.toMillis())).orElse("unbounded"),
                    points.isEmpty() ? "" : ", largest: " + largest(points));
        });
        w.printf(Locale.ROOT, "kept edges %,d · coordinated accounts %,d · components %,d · communities %,d%n",
                r.edges().size(), r.network().nodeCount(), r.network().componentCount(), r.communities().count());
        List<CommunitySummary> cs = r.communitySummaries();
        for (int i = 0; i < Math.min(5, cs.size()); i++) {
            CommunitySummary c = cs.get(i);
            w.printf(Locale.ROOT, "  community %d: %,d accounts, density %.2f%s%n", c.community(), c.size(), c.density(),
                    c.topObjects().isEmpty() ? "" : ", top: " + c.topObjects().get(0));
        }
        List<Crowd> crowds = r.crowds();
        if (!crowds.isEmpty()) {
            w.printf(Locale.ROOT, "crowds not expanded (busiest window above --max-crowd %d): %,d objects%n",
                    p.coAction().maxCrowd(), crowds.size());
            crowds.stream().sorted((a, b) -> Integer.compare(b.busiestWindow(), a.busiestWindow())).limit(CROWDS_SHOWN)
                    .forEach(c -> w.printf(Locale.ROOT, "  %s %s: %,d actions, %,d accounts, %,d in one window%n",
                            c.method().wireName(), c.object(), c.actions(), c.accounts(), c.busiestWindow()));
            if (crowds.size() > CROWDS_SHOWN) {
                w.printf(Locale.ROOT, "  ... all %,d are listed in run.json%n", crowds.size());
            }
        }
        if (out != null) {
            w.println("wrote " + out.resolve("") + ": " + String.join(", ", DetectionOutputs.FILES));
        }
        w.flush();
    }

    /** The operation map in four lines: share of the debate, targets and episodes, cues, operators and teams. */
    public static void printOperation(OperationMap m, PrintWriter w) {
        w.printf(Locale.ROOT, "operation: coordinated accounts made %,d of %,d actions (%.2f %%) over %,d days%n",
                m.coordinatedActions(), m.actions(), 100 * m.coordinatedShare(), m.days().size());
        w.printf(Locale.ROOT, "  targets %,d · brigading episodes %,d · cues %,d%n", m.targets().size(),
                m.episodes().size(), m.cues().size());
        w.printf(Locale.ROOT, "  operators %,d (%,d accounts) · teams %,d · leaders %,d%n", m.operators().size(),
                m.operators().stream().mapToInt(o -> o.accounts().length).sum(), m.teams().size(), m.leaders());
        AccountSignals s = m.signals();
        StringBuilder fired = new StringBuilder();
        for (AccountSignal x : AccountSignal.values()) {
            fired.append(fired.length() == 0 ? "" : " · ").append(x.wireName().replace('_', ' ')).append(' ')
                    .append(s.available(x) ? String.format(Locale.ROOT, "%,d", s.fired(x)) : "n/a");
        }
        w.printf(Locale.ROOT, "  account scores (accounts.csv): accounts per signal: %s; office hours at %s%s%n",
                fired, s.officeZoneLabel(),
                s.officeZoneInferred() ? " (" + s.officeZoneSource() + ")" : "");
        w.flush();
    }

    /** One line per known event: actions and coordinated accounts in its window, cues near it. */
    public static void printEvents(List<EventAlignment> events, PrintWriter w) {
        for (EventAlignment e : events) {
            w.printf(Locale.ROOT, "  event %s: %,d actions, %,d by %,d coordinated accounts; cues near it: %s%n",
                    e.event().label(), e.actions(), e.coordinatedActions(), e.accounts().length,
                    e.cues().isEmpty() ? "none" : e.cues().toString());
        }
        w.flush();
    }

    /** The talking point with most accounts (ties: the first), as {@code #id N accounts "text…"}. */
    private static String largest(List<TalkingPoint> points) {
        TalkingPoint best = points.get(0);
        for (TalkingPoint t : points) {
            if (t.accounts().length > best.accounts().length) {
                best = t;
            }
        }
        String text = best.representativeText().replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) > 60) {
            text = text.substring(0, text.offsetByCodePoints(0, 60)) + "…";
        }
        return String.format(Locale.ROOT, "#%d, %,d accounts, \"%s\"", best.id(), best.accounts().length, text);
    }

    private static String duration(long millis) {
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + " h";
        }
        return millis % 60_000 == 0 ? millis / 60_000 + " min" : seconds(millis) + " s";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
