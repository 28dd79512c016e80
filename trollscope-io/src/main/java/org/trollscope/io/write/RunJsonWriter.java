package org.trollscope.io.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.Crowd;
import org.trollscope.core.detect.coaction.MethodEvidence;

/**
 * {@code run.json}: provenance and summary of a run: version, git commit, parameters, every input
 * with SHA-256, rows and rejects, repeated action ids dropped, per-method counts, every crowd
 * skipped, and timings per stage. Keys in a fixed order; everything but {@code timings_s} is the
 * same for the same input and parameters.
 */
public final class RunJsonWriter {
    public static final String FILE = "run.json";

    private RunJsonWriter() {
    }

    /** Writes the document; flushes, does not close. */
    public static void write(AnalysisResult r, RunInfo info, OutputStream out) throws IOException {
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
            g.writeStringField("sha256", in.sha256());
            g.writeNumberField("rows", in.rows());
            g.writeNumberField("rejected", in.rejected());
            g.writeArrayFieldStart("reject_examples");
            for (String s : in.rejectExamples()) {
                g.writeString(s);
            }
            g.writeEndArray();
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

    private static void parameters(JsonGenerator g, AnalysisParameters p) throws IOException {
        g.writeObjectFieldStart("parameters");
        g.writeNumberField("window_s", BigDecimal.valueOf(p.coAction().windowMillis(), 3).stripTrailingZeros());
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
