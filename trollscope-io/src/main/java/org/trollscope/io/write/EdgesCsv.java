package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.Compatibility;
import org.trollscope.core.analysis.CoordinationEdges;
import org.trollscope.io.csv.CsvWriter;

/**
 * {@code edges.csv}: one row per kept edge, account_a before account_b in account order:
 * account_a, account_b, weight, co_actions, methods, min_gap_s, median_gap_s, a_first, b_first,
 * symmetry, first_time, last_time, and with the significance threshold window_s, observed,
 * expected, p_value, q_value, kept_by (the test behind the edge: its window, objects co-acted on
 * within it, objects expected by chance, p-value, Benjamini–Hochberg q-value; kept_by {@code pair}
 * when the pair's own q-value is within the FDR, {@code group} when both accounts are kept members
 * of one significant group, and then q_value is empty). In CooRTweet mode CooRTweet's own columns: account_a,
 * account_b, weight, n_content_id, n_content_id_y, edge_symmetry_score.
 */
public final class EdgesCsv {
    public static final String FILE = "edges.csv";

    private EdgesCsv() {
    }

    /** Writes the table; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        CoordinationEdges e = r.edges();
        if (r.parameters().compat() == Compatibility.COORTWEET) {
            csv.row("account_a", "account_b", "weight", "n_content_id", "n_content_id_y", "edge_symmetry_score");
            for (int i = 0; i < e.size(); i++) {
                csv.field(r.accountId(e.a(i))).field(r.accountId(e.b(i))).field(e.weight(i)).field(e.nContentId(i))
                        .field(e.nContentIdY(i)).field(OutputFormat.decimal(e.symmetry(i))).endRow();
            }
        } else {
            boolean tested = r.significance().isPresent();
            csv.field("account_a").field("account_b").field("weight").field("co_actions").field("methods")
                    .field("min_gap_s").field("median_gap_s").field("a_first").field("b_first").field("symmetry")
                    .field("first_time").field("last_time");
            if (tested) {
                csv.field("window_s").field("observed").field("expected").field("p_value").field("q_value").field("kept_by");
            }
            csv.endRow();
            for (int i = 0; i < e.size(); i++) {
                csv.field(r.accountId(e.a(i))).field(r.accountId(e.b(i))).field(e.weight(i)).field(e.coActions(i))
                        .field(e.methods(i)).field(OutputFormat.seconds(e.minGapMillis(i)))
                        .field(OutputFormat.seconds(e.medianGapMillis(i))).field(e.aFirst(i)).field(e.bFirst(i))
                        .field(OutputFormat.decimal(e.symmetry(i))).field(OutputFormat.time(e.firstTime(i)))
                        .field(OutputFormat.time(e.lastTime(i)));
                if (tested) {
                    csv.field(OutputFormat.seconds(e.windowMillis(i))).field(e.observed(i))
                            .field(OutputFormat.expectation(e.expected(i)))
                            .field(OutputFormat.probabilityFromLog(e.logP(i)))
                            .field(OutputFormat.probabilityFromLog(e.logQ(i)))
                            .field(e.keptByGroup(i) ? "group" : "pair");
                }
                csv.endRow();
            }
        }
        csv.flush();
    }
}
