package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.detect.coaction.CoActionEvidence;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.io.csv.CsvWriter;

/**
 * {@code evidence.csv}: every co-action behind every kept edge, grouped by edge in edges.csv order,
 * then method, object and time: account_a, account_b, method, object, action_id_a, action_id_b,
 * time_a, time_b, gap_s, text_similarity, text_a, text_b. An action without an id is named
 * {@code row:N} (its 0-based input row). The last three are filled for near-text rows only: the exact
 * Jaccard similarity of the two messages' shingle sets (3 decimals) and the two messages as posted;
 * the object is the talking point, {@code narrative-N} of narratives.csv. Empty for the other methods. gap_s
 * is computed from the two times, so it stays exact beyond the 24.8 days an int gap holds.
 * Empty (header only) in CooRTweet mode.
 */
public final class EvidenceCsv {
    public static final String FILE = "evidence.csv";

    private EvidenceCsv() {
    }

    /** Writes the table; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        csv.row("account_a", "account_b", "method", "object", "action_id_a", "action_id_b", "time_a", "time_b", "gap_s",
                "text_similarity", "text_a", "text_b");
        if (r.evidence().isPresent()) {
            CoActionEvidence ev = r.evidence().get();
            ActivityLog log = r.log();
            for (int p = 0; p < ev.pairCount(); p++) {
                long key = ev.pairKey(p);
                String a = r.accountId((int) (key >>> 32));
                String b = r.accountId((int) key);
                for (int i = ev.pairStart(p); i < ev.pairStart(p + 1); i++) {
                    int ra = ev.rowA(i);
                    int rb = ev.rowB(i);
                    boolean text = ev.method(i) == CoActionMethod.NEAR_TEXT;
                    csv.field(a).field(b).field(ev.method(i).wireName()).field(ev.objectName(i)).field(actionId(log, ra))
                            .field(actionId(log, rb)).field(OutputFormat.time(log.time(ra)))
                            .field(OutputFormat.time(log.time(rb)))
                            .field(OutputFormat.seconds(Math.abs(log.time(rb) - log.time(ra))))
                            .field(text ? similarity(ev.textSimilarity(i)) : "").field(text ? log.text(ra) : "")
                            .field(text ? log.text(rb) : "").endRow();
                }
            }
        }
        csv.flush();
    }

    private static String similarity(double j) {
        return Double.isNaN(j) ? "" : String.format(Locale.ROOT, "%.3f", j);
    }

    private static String actionId(ActivityLog log, int row) {
        String id = log.actionIdText(row);
        return id == null ? "row:" + row : id;
    }
}
