package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CommunitySummary;
import org.trollscope.io.csv.CsvWriter;

/**
 * {@code communities.csv}: community, size, internal_edges, density, top_objects (up to five
 * {@code method:object (co-actions)} separated by {@code "; "}), largest community first.
 */
public final class CommunitiesCsv {
    public static final String FILE = "communities.csv";

    private CommunitiesCsv() {
    }

    /** Writes the table; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        csv.row("community", "size", "internal_edges", "density", "top_objects");
        for (CommunitySummary c : r.communitySummaries()) {
            csv.field(c.community()).field(c.size()).field(c.internalEdges()).field(OutputFormat.decimal(c.density()))
                    .field(String.join("; ", c.topObjects())).endRow();
        }
        csv.flush();
    }
}
