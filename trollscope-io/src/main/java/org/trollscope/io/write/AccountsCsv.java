package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import org.trollscope.core.analysis.AccountActivity;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.network.AccountNetwork;
import org.trollscope.io.csv.CsvWriter;

/**
 * {@code accounts.csv}: one row per acting or linked account, in account order: account_id, handle,
 * coordinated, community, component, degree, strength, actions, first_seen, last_seen. Community
 * and component are empty for accounts without kept edges.
 */
public final class AccountsCsv {
    public static final String FILE = "accounts.csv";

    private AccountsCsv() {
    }

    /** Writes the table; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        csv.row("account_id", "handle", "coordinated", "community", "component", "degree", "strength", "actions",
                "first_seen", "last_seen");
        AccountNetwork n = r.network();
        AccountActivity act = r.activity();
        for (int rank = 0; rank < r.order().size(); rank++) {
            int node = n.node(rank);
            if (node < 0 && act.actions(rank) == 0) {
                continue;
            }
            csv.field(r.accountId(rank));
            csv.field(r.log().profile(r.order().account(rank)).handle());
            csv.field(node >= 0 ? "true" : "false");
            csv.field(node >= 0 ? Integer.toString(r.communities().of(node)) : null);
            csv.field(node >= 0 ? Integer.toString(n.component(node)) : null);
            csv.field(node >= 0 ? n.degree(node) : 0);
            csv.field(node >= 0 ? OutputFormat.number(n.strength(node)) : "0");
            csv.field(act.actions(rank));
            csv.field(OutputFormat.time(act.firstSeen(rank)));
            csv.field(OutputFormat.time(act.lastSeen(rank)));
            csv.endRow();
        }
        csv.flush();
    }
}
