package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import org.trollscope.core.analysis.AccountActivity;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.network.AccountNetwork;
import org.trollscope.core.operation.AccountSignal;
import org.trollscope.core.operation.AccountSignals;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.io.csv.CsvWriter;

/**
 * {@code accounts.csv}: one row per acting or linked account, in account order: account_id, handle,
 * coordinated, community, component, degree, strength, actions, first_seen, last_seen; with an
 * operation map also operator, team (ids in operators.csv and teams.csv, empty when none),
 * leader (true/false), score (the weighted sum of the account's signals, in [0, 1]), one column
 * per signal ({@link AccountSignal#column()}, its component in [0, 1]) and reasons (why the account
 * may belong to the operation, strongest signal first, see {@link OperationMap#reasons}). Community
 * and component are empty for accounts without kept edges.
 */
public final class AccountsCsv {
    public static final String FILE = "accounts.csv";

    private AccountsCsv() {
    }

    /** Writes the table; flushes, does not close. */
    public static void write(AnalysisResult r, OutputStream out) throws IOException {
        write(r, null, out);
    }

    /** Writes the table with the operation map's columns (none when {@code m} is null); flushes, does not close. */
    public static void write(AnalysisResult r, OperationMap m, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        for (String h : new String[] {"account_id", "handle", "coordinated", "community", "component", "degree",
                "strength", "actions", "first_seen", "last_seen"}) {
            csv.field(h);
        }
        if (m != null) {
            csv.field("operator").field("team").field("leader").field("score");
            for (AccountSignal s : AccountSignal.values()) {
                csv.field(s.column());
            }
            csv.field("reasons");
        }
        csv.endRow();
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
            if (m != null) {
                csv.field(m.operatorOf(rank) == 0 ? null : Integer.toString(m.operatorOf(rank)));
                csv.field(m.teamOf(rank) == 0 ? null : Integer.toString(m.teamOf(rank)));
                csv.field(m.isLeader(rank) ? "true" : "false");
                AccountSignals signals = m.signals();
                csv.field(OutputFormat.decimal(signals.score(rank)));
                for (AccountSignal s : AccountSignal.values()) {
                    csv.field(OutputFormat.decimal(signals.component(s, rank)));
                }
                csv.field(String.join("; ", m.reasons(rank)));
            }
            csv.endRow();
        }
        csv.flush();
    }
}
