package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CommunitySummary;
import org.trollscope.io.csv.CsvWriter;

/**
 * {@code communities.csv}: community, size, internal_edges, density, top_objects (up to five
 * {@code method:object (co-actions)} separated by {@code "; "}), largest community first; with the
 * significance threshold also observed_internal, expected_internal and p_value (objects co-acted
 * on over all member pairs against the null model's expectation; descriptive, since the community
 * was found on the same data).
 */
public final class CommunitiesCsv {
    public static final String FILE = "communities.csv";

    private CommunitiesCsv() {
    }

    /** Writes the table; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        boolean tested = r.significance().isPresent();
        csv.field("community").field("size").field("internal_edges").field("density").field("top_objects");
        if (tested) {
            csv.field("observed_internal").field("expected_internal").field("p_value");
        }
        csv.endRow();
        for (CommunitySummary c : r.communitySummaries()) {
            csv.field(c.community()).field(c.size()).field(c.internalEdges()).field(OutputFormat.decimal(c.density()))
                    .field(String.join("; ", c.topObjects()));
            if (tested) {
                csv.field(c.observedInternal()).field(OutputFormat.expectation(c.expectedInternal()))
                        .field(OutputFormat.probabilityFromLog(c.logP()));
            }
            csv.endRow();
        }
        csv.flush();
    }
}
