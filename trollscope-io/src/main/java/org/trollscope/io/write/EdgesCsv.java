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
 * symmetry, first_time, last_time. In CooRTweet mode CooRTweet's own columns: account_a,
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
            csv.row("account_a", "account_b", "weight", "co_actions", "methods", "min_gap_s", "median_gap_s", "a_first",
                    "b_first", "symmetry", "first_time", "last_time");
            for (int i = 0; i < e.size(); i++) {
                csv.field(r.accountId(e.a(i))).field(r.accountId(e.b(i))).field(e.weight(i)).field(e.coActions(i))
                        .field(e.methods(i)).field(OutputFormat.seconds(e.minGapMillis(i)))
                        .field(OutputFormat.seconds(e.medianGapMillis(i))).field(e.aFirst(i)).field(e.bFirst(i))
                        .field(OutputFormat.decimal(e.symmetry(i))).field(OutputFormat.time(e.firstTime(i)))
                        .field(OutputFormat.time(e.lastTime(i))).endRow();
            }
        }
        csv.flush();
    }
}
