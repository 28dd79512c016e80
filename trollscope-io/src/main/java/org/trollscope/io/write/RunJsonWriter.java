package org.trollscope.io.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.operation.AccountSignal;
import org.trollscope.core.operation.AccountSignalParameters;
import org.trollscope.core.operation.AccountSignals;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.OperationParameters;
import org.trollscope.core.analysis.SignificanceSummary;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.Crowd;
import org.trollscope.core.detect.coaction.MethodEvidence;

/**
 * {@code run.json}: provenance and summary of a run: version, git commit, parameters, every input
 * with its format, SHA-256, rows, rejects and the fields its importer could not map, repeated
 * action ids dropped, per-method counts, every crowd skipped, and timings per stage. Keys in a
 * fixed order; everything but {@code timings_s} is the same for the same input and parameters.
 */
public final class RunJsonWriter {
    public static final String FILE = "run.json";

    private RunJsonWriter() {
    }

    /** Writes the document; flushes, does not close. */
    public static void write(AnalysisResult r, RunInfo info, OutputStream out) throws IOException {
        write(r, null, info, out);
    }

    /** Writes the document with an {@code operation} block when {@code m} is not null; flushes, does not close. */
    public static void write(AnalysisResult r, OperationMap operation, RunInfo info, OutputStream out)
            throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("tool", "trollscope");
        g.writeStringField("version", info.version());
        g.writeStringField("git_commit", info.gitCommit());
        g.writeStringField("command", "detect");
        parameters(g, r.parameters());
        g.writeArrayFieldStart("inputs");
        for (InputInfo in : info.inputs()) {
            g.writeStartObject();
            g.writeStringField("path", in.path());
            if (in.format() != null) {
                g.writeStringField("format", in.format());
            }
            g.writeStringField("sha256", in.sha256());
            g.writeNumberField("rows", in.rows());
            g.writeNumberField("rejected", in.rejected());
            g.writeArrayFieldStart("reject_examples");
            for (String s : in.rejectExamples()) {
                g.writeString(s);
            }
            g.writeEndArray();
            if (!in.unmappedFields().isEmpty()) {
                g.writeObjectFieldStart("unmapped_fields");
                for (Map.Entry<String, Long> u : in.unmappedFields().entrySet()) {
                    g.writeNumberField(u.getKey(), u.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("rejected_rows", info.inputs().stream().mapToLong(InputInfo::rejected).sum());
        g.writeNumberField("duplicate_action_ids_dropped", info.duplicateActionIds());
        g.writeNumberField("actions", r.log().size());
        g.writeObjectFieldStart("results");
        if (r.coActions().isPresent()) {
            g.writeObjectFieldStart("methods");
            for (MethodEvidence m : r.coActions().get().methods().values()) {
                g.writeObjectFieldStart(m.method().wireName());
                g.writeNumberField("actions", m.objects().size());
                g.writeNumberField("objects", m.objects().objectsWithActions());
                g.writeNumberField("accounts_below_min_participation", m.objects().excludedAccounts());
                g.writeNumberField("co_actions", m.coActions());
                g.writeNumberField("candidate_pairs", m.pairs().size());
                g.writeNumberField("pairs_below_min_objects", m.pairsBelowMinObjects());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeNumberField("candidate_pairs", r.coActions().get().combined().size());
        }
        g.writeNumberField("kept_edges", r.edges().size());
        g.writeNumberField("coordinated_accounts", r.network().nodeCount());
        g.writeNumberField("components", r.network().componentCount());
        g.writeNumberField("communities", r.communities().count());
        g.writeNumberField("modularity", new BigDecimal(OutputFormat.decimal(r.communities().modularity())));
        g.writeNumberField("evidence_rows", r.evidence().map(e -> e.size()).orElse(0));
        g.writeEndObject();
        significance(g, r);
        if (operation != null) {
            operation(g, r, operation);
        }
        g.writeObjectFieldStart("crowds_skipped");
        g.writeNumberField("count", r.crowds().size());
        g.writeArrayFieldStart("objects");
        for (Crowd c : r.crowds()) {
            g.writeStartObject();
            g.writeStringField("method", c.method().wireName());
            g.writeStringField("object", c.object());
            g.writeNumberField("actions", c.actions());
            g.writeNumberField("accounts", c.accounts());
            g.writeNumberField("busiest_window_accounts", c.busiestWindow());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        Map<String, Duration> timings = new LinkedHashMap<>();
        info.timings().forEach((k, v) -> {
            if (!"write".equals(k)) {
                timings.put(k, v);
            }
        });
        timings.putAll(r.timings());
        if (info.timings().containsKey("write")) {
            timings.put("write", info.timings().get("write"));
        }
        g.writeObjectFieldStart("timings_s");
        for (Map.Entry<String, Duration> t : timings.entrySet()) {
            g.writeNumberField(t.getKey(), BigDecimal.valueOf(t.getValue().toMillis(), 3));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void operation(JsonGenerator g, AnalysisResult r, OperationMap m) throws IOException {
        OperationParameters p = m.parameters();
        g.writeObjectFieldStart("operation");
        g.writeNumberField("actions", m.actions());
        g.writeNumberField("coordinated_actions", m.coordinatedActions());
        g.writeNumberField("coordinated_share", new BigDecimal(OutputFormat.decimal(m.coordinatedShare())));
        g.writeNumberField("days", m.days().size());
        g.writeNumberField("targets", m.targets().size());
        g.writeNumberField("episodes", m.episodes().size());
        g.writeNumberField("cues", m.cues().size());
        g.writeNumberField("operators", m.operators().size());
        g.writeNumberField("accounts_in_operators", m.operators().stream().mapToInt(o -> o.accounts().length).sum());
        g.writeNumberField("teams", m.teams().size());
        g.writeNumberField("leaders", m.leaders());
        g.writeObjectFieldStart("parameters");
        g.writeNumberField("episode_gap_s", p.episodeGap().toSeconds());
        g.writeNumberField("min_episode_accounts", p.minEpisodeAccounts());
        g.writeNumberField("min_cue_accounts", p.minCueAccounts());
        g.writeNumberField("cue_spread_s", p.cueSpread().toSeconds());
        g.writeNumberField("cue_merge_s", p.cueMerge().toSeconds());
        g.writeNumberField("same_instant_s", p.sameInstant().toSeconds());
        g.writeNumberField("max_switch_s", p.maxSwitch().toSeconds());
        g.writeNumberField("min_hand_offs", p.minHandOffs());
        g.writeNumberField("min_hand_off_share", new BigDecimal(OutputFormat.decimal(p.minHandOffShare())));
        g.writeNumberField("team_overlap", new BigDecimal(OutputFormat.decimal(p.teamOverlap())));
        g.writeNumberField("batch_s", p.batch().toSeconds());
        g.writeEndObject();
        scores(g, r, m.signals());
        g.writeEndObject();
    }

    /**
     * The account scores: weights, which signals the input could show, how each was measured, how
     * many accounts each fired for, and the median and 90th percentile of the score among
     * coordinated and other accounts (those in accounts.csv).
     */
    private static void scores(JsonGenerator g, AnalysisResult r, AccountSignals s) throws IOException {
        AccountSignalParameters p = s.parameters();
        g.writeObjectFieldStart("account_scores");
        g.writeStringField("score", "weighted sum of the signals' components, each in [0, 1]; explains and ranks, "
                + "never decides coordination");
        g.writeObjectFieldStart("weights");
        for (AccountSignal x : AccountSignal.values()) {
            g.writeNumberField(x.wireName(), new BigDecimal(OutputFormat.decimal(x.weight())));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("signals_available");
        for (AccountSignal x : AccountSignal.values()) {
            if (s.available(x)) {
                g.writeString(x.wireName());
            }
        }
        g.writeEndArray();
        g.writeObjectFieldStart("accounts_with_signal");
        for (AccountSignal x : AccountSignal.values()) {
            g.writeNumberField(x.wireName(), s.fired(x));
        }
        g.writeEndObject();
        g.writeStringField("office_hours", String.format(java.util.Locale.ROOT, "Monday-Friday %02d-%02d",
                p.officeStartHour(), p.officeEndHour()));
        g.writeStringField("office_zone", s.officeZone().getId().equals("Z") ? "+00:00" : s.officeZone().getId());
        g.writeStringField("office_zone_source", s.officeZoneSource());
        g.writeNumberField("organic_office_hours_share", new BigDecimal(OutputFormat.decimal(s.officeBaseline())));
        g.writeNumberField("default_handle_share", new BigDecimal(OutputFormat.decimal(s.defaultHandleShare())));
        g.writeNumberField("blocking_windows", s.blockingWindows().size());
        if (Double.isNaN(s.organicRetention())) {
            g.writeNullField("organic_retention_in_blocking_windows");
        } else {
            g.writeNumberField("organic_retention_in_blocking_windows",
                    new BigDecimal(OutputFormat.decimal(s.organicRetention())));
        }
        List<Double> coordinated = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int rank = 0; rank < r.order().size(); rank++) {
            if (r.coordinated(rank)) {
                coordinated.add(s.score(rank));
            } else if (r.activity().actions(rank) > 0) {
                other.add(s.score(rank));
            }
        }
        quantiles(g, "coordinated_accounts", coordinated);
        quantiles(g, "other_accounts", other);
        g.writeObjectFieldStart("parameters");
        g.writeNumberField("min_rhythm_actions", p.minRhythmActions());
        g.writeNumberField("min_cues", p.minCues());
        g.writeNumberField("batch_window_s", p.batchWindow().toSeconds());
        g.writeNumberField("full_batch", p.fullBatch());
        g.writeNumberField("background_window_s", p.backgroundWindow().toSeconds());
        g.writeNumberField("blocked_retention", new BigDecimal(OutputFormat.decimal(p.blockedRetention())));
        g.writeNumberField("min_blocked_actions", p.minBlockedActions());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Count, median and 90th percentile (nearest rank) of the scores. */
    private static void quantiles(JsonGenerator g, String name, List<Double> scores) throws IOException {
        double[] v = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        g.writeObjectFieldStart(name);
        g.writeNumberField("count", v.length);
        if (v.length == 0) {
            g.writeNullField("median");
            g.writeNullField("p90");
        } else {
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            g.writeNumberField("median", new BigDecimal(OutputFormat.decimal(median)));
            g.writeNumberField("p90", new BigDecimal(OutputFormat.decimal(v[(int) Math.ceil(0.9 * v.length) - 1])));
        }
        g.writeEndObject();
    }

    private static void significance(JsonGenerator g, AnalysisResult r) throws IOException {
        if (r.significance().isEmpty()) {
            g.writeNullField("significance");
            return;
        }
        SignificanceSummary s = r.significance().get();
        g.writeObjectFieldStart("significance");
        g.writeStringField("null_model", s.nullModel());
        g.writeStringField("test", "Poisson upper tail per (pair, window); Benjamini-Hochberg over the family");
        g.writeArrayFieldStart("windows_s");
        for (Duration w : s.windows()) {
            g.writeNumber(BigDecimal.valueOf(w.toMillis(), 3).stripTrailingZeros());
        }
        g.writeEndArray();
        if (s.estimatedWindow().isPresent()) {
            g.writeNumberField("estimated_window_s", BigDecimal.valueOf(s.estimatedWindow().get().toMillis(), 3)
                    .stripTrailingZeros());
        } else {
            g.writeNullField("estimated_window_s");
        }
        g.writeNumberField("active_accounts", s.activeAccounts());
        g.writeNumberField("hypotheses", new BigDecimal(OutputFormat.number(s.hypotheses())));
        g.writeNumberField("tests_computed", s.candidates());
        g.writeNumberField("fdr", new BigDecimal(OutputFormat.decimal(s.fdr())));
        g.writeNumberField("kept_edges", s.kept());
        g.writeNumberField("expected_false_edges_at_most", new BigDecimal(OutputFormat.decimal(s.expectedFalseEdges())));
        g.writeObjectFieldStart("group_tests");
        g.writeStringField("method", "objects split into two random halves; groups proposed by Leiden on pairs with "
                + "p <= 0.2 on one half, tested on the other half; then their members; Benjamini-Hochberg");
        g.writeNumberField("groups_tested", s.groupsTested());
        g.writeNumberField("groups_significant", s.groupsSignificant());
        g.writeNumberField("members_kept", s.groupMembersKept());
        g.writeNumberField("edges_added", s.groupEdges());
        g.writeEndObject();
        g.writeObjectFieldStart("null_model_fit_iterations");
        for (Map.Entry<String, Integer> e : s.modelIterations().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void parameters(JsonGenerator g, AnalysisParameters p) throws IOException {
        g.writeObjectFieldStart("parameters");
        g.writeNumberField("window_s", BigDecimal.valueOf(p.coAction().windowMillis(), 3).stripTrailingZeros());
        g.writeStringField("threshold", p.threshold().wireName());
        g.writeNumberField("fdr", new BigDecimal(OutputFormat.decimal(p.fdr())));
        g.writeArrayFieldStart("windows_s");
        for (Duration w : p.testedWindows()) {
            g.writeNumber(BigDecimal.valueOf(w.toMillis(), 3).stripTrailingZeros());
        }
        g.writeEndArray();
        g.writeBooleanField("window_auto", p.autoWindow());
        if (p.coAction().textWindowIfBounded().isPresent()) {
            g.writeNumberField("text_window_s",
                    BigDecimal.valueOf(p.coAction().textWindow().toMillis(), 3).stripTrailingZeros());
        } else {
            g.writeStringField("text_window_s", "unbounded");
        }
        g.writeArrayFieldStart("methods");
        for (CoActionMethod m : p.coAction().methodSet()) {
            g.writeString(m.wireName());
        }
        g.writeEndArray();
        g.writeNumberField("min_participation", p.coAction().minParticipation());
        g.writeNumberField("min_weight", p.minWeight());
        g.writeNumberField("max_crowd", p.coAction().maxCrowd());
        g.writeNumberField("seed", p.communities().seed());
        g.writeNumberField("resolution", p.communities().resolution());
        g.writeStringField("compat", p.compat().name().toLowerCase(java.util.Locale.ROOT));
        if (p.edgePercentile().isPresent()) {
            g.writeNumberField("edge_percentile", p.edgePercentile().getAsDouble());
        } else {
            g.writeNullField("edge_percentile");
        }
        g.writeEndObject();
    }
}
