package org.trollscope.io.text;

import java.io.IOException;
import java.util.List;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.text.TalkingPoint;
import org.trollscope.io.csv.CsvWriter;

/**
 * Writes talking points as {@code narratives.csv}: one row per cluster with
 * {@code cluster,representative_text,messages,accounts,first_time,last_time} (counts of messages
 * and distinct accounts; times ISO-8601 UTC), in cluster order; and, for checking a cluster by hand,
 * {@code narrative_messages.csv}: {@code cluster,row,action_id,platform,account,time,text}, one row
 * per message in cluster then row order. The caller closes the writer.
 */
public final class NarrativesCsvWriter {
    public static final String FILE_NAME = "narratives.csv";
    public static final String MESSAGES_FILE_NAME = "narrative_messages.csv";

    private NarrativesCsvWriter() {
    }

    public static void write(List<TalkingPoint> points, CsvWriter out) throws IOException {
        out.row("cluster", "representative_text", "messages", "accounts", "first_time", "last_time");
        for (TalkingPoint p : points) {
            out.field(p.id()).field(p.representativeText()).field(p.rows().length).field(p.accounts().length)
                    .field(p.firstTime().toString()).field(p.lastTime().toString()).endRow();
        }
    }

    public static void writeMessages(List<TalkingPoint> points, ActivityLog log, CsvWriter out) throws IOException {
        out.row("cluster", "row", "action_id", "platform", "account", "time", "text");
        for (TalkingPoint p : points) {
            for (int row : p.rows()) {
                int account = log.account(row);
                out.field(p.id()).field(row).field(log.actionIdText(row)).field(log.accountPlatform(account))
                        .field(log.accountIdText(account)).field(java.time.Instant.ofEpochMilli(log.time(row)).toString())
                        .field(log.text(row)).endRow();
            }
        }
    }
}
