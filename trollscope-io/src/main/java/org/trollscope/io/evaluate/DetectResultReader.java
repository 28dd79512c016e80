package org.trollscope.io.evaluate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.eval.AccountPrediction;
import org.trollscope.core.eval.DetectionOutcome;

/**
 * Reads what evaluation needs from a {@code detect} output directory: {@code accounts.csv} with
 * {@code account_id} and {@code coordinated} (true/false), and when present {@code community},
 * {@code operator}, {@code team}, and {@code leader} (true/false) or {@code role} ({@code leader});
 * and, when the directory has a {@code cues.csv}, its detected cue times (column {@code time}, or
 * {@code start}).
 */
public final class DetectResultReader {
    private DetectResultReader() {
    }

    public static DetectionOutcome read(Path dir) throws IOException {
        Path file = dir.resolve("accounts.csv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + ": not a detect output directory (no accounts.csv)");
        }
        NamedTable t = NamedTable.read(file, "account_id", "coordinated");
        boolean community = t.has("community");
        boolean operator = t.has("operator");
        boolean team = t.has("team");
        boolean leader = t.has("leader");
        boolean role = t.has("role");
        Map<String, AccountPrediction> accounts = new HashMap<>();
        for (NamedCsvRecord r : t.rows()) {
            String id = t.text(r, "account_id").strip();
            if (id.isEmpty()) {
                throw t.error(r, "account_id is empty");
            }
            Boolean isLeader = leader ? Boolean.valueOf(t.bool(r, "leader"))
                    : role ? Boolean.valueOf("leader".equalsIgnoreCase(t.text(r, "role").strip())) : null;
            AccountPrediction p = new AccountPrediction(id, t.bool(r, "coordinated"),
                    community ? t.text(r, "community") : null, operator ? t.text(r, "operator") : null,
                    team ? t.text(r, "team") : null, isLeader);
            if (accounts.put(id, p) != null) {
                throw t.error(r, "account " + id + " is listed twice");
            }
        }
        List<Instant> cues = null;
        Path cueFile = dir.resolve("cues.csv");
        if (Files.isRegularFile(cueFile)) {
            NamedTable c = NamedTable.read(cueFile);
            String column = c.has("time") ? "time" : c.has("start") ? "start" : null;
            if (column == null) {
                throw new IOException(cueFile + ": missing column 'time' (or 'start')");
            }
            cues = new ArrayList<>();
            for (NamedCsvRecord r : c.rows()) {
                cues.add(c.instant(r, column));
            }
        }
        return new DetectionOutcome(accounts, community, operator, team, leader || role, cues);
    }
}
