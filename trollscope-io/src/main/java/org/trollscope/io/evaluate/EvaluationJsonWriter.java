package org.trollscope.io.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trollscope.core.eval.CueScore;
import org.trollscope.core.eval.DetectionScore;
import org.trollscope.core.eval.EvaluationReport;
import org.trollscope.core.eval.LeaderScore;
import org.trollscope.core.eval.PartitionScore;

/**
 * Writes {@code evaluation.json}: the detection scores, and the group, leader and cue scores that
 * apply (absent ones are {@code null}), with the paths of the labels and the result.
 */
public final class EvaluationJsonWriter {
    private EvaluationJsonWriter() {
    }

    public static ObjectNode toJson(EvaluationReport r, String labels, String result) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("labels", labels);
        root.put("result", result);
        ObjectNode det = root.putObject("accounts");
        detection(det, r.detection());
        det.put("missing_from_result", r.missingFromResult());
        partition(root, "operators", r.operators());
        partition(root, "teams", r.teams());
        partition(root, "communities_vs_teams", r.communitiesVsTeams());
        LeaderScore l = r.leaders();
        if (l == null) {
            root.putNull("leaders");
        } else {
            ObjectNode n = root.putObject("leaders");
            n.put("found", l.found());
            n.put("leaders", l.leaders());
            n.put("predicted", l.predicted());
        }
        cues(root, "cues", r.cues(), true);
        cues(root, "cue_starts", r.cueStarts(), false);
        return root;
    }

    /** A cue score under {@code name} (null when absent); the detected count only where asked. */
    private static void cues(ObjectNode root, String name, CueScore c, boolean withDetected) {
        if (c == null) {
            root.putNull(name);
            return;
        }
        ObjectNode n = root.putObject(name);
        n.put("matched", c.matched());
        n.put("cues", c.cues());
        if (withDetected) {
            n.put("detected", c.detected());
        }
        n.put("tolerance_s", c.tolerance().toSeconds());
        n.put("share", c.share());
    }

    /** The account-level scores into {@code n}. */
    public static void detection(ObjectNode n, DetectionScore d) {
        n.put("factory", d.factoryAccounts());
        n.put("organic", d.organicAccounts());
        n.put("flagged", d.flagged());
        n.put("true_positives", d.truePositives());
        n.put("false_positives", d.falsePositives());
        n.put("false_negatives", d.falseNegatives());
        n.put("true_negatives", d.trueNegatives());
        n.put("precision", d.precision());
        n.put("recall", d.recall());
        n.put("f1", d.f1());
        n.put("organic_false_positive_rate", d.organicFalsePositiveRate());
    }

    public static void write(ObjectNode root, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            mapper.writeValue(w, root);
        }
    }

    private static void partition(ObjectNode root, String name, PartitionScore s) {
        if (s == null) {
            root.putNull(name);
            return;
        }
        ObjectNode n = root.putObject(name);
        n.put("accounts", s.items());
        n.put("adjusted_rand_index", s.adjustedRandIndex());
        n.put("flagged_accounts", s.flaggedItems());
        if (Double.isNaN(s.flaggedAdjustedRandIndex())) {
            n.putNull("adjusted_rand_index_flagged");
        } else {
            n.put("adjusted_rand_index_flagged", s.flaggedAdjustedRandIndex());
        }
        n.put("purity_accounts", s.purityItems());
        n.put("purity", s.purity());
        n.put("predicted_groups", s.predictedGroups());
    }
}
