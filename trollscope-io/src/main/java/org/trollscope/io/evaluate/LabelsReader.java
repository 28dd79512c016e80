package org.trollscope.io.evaluate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.eval.Role;

/**
 * Reads ground truth: {@code labels.csv} (account_id, is_factory, operator, team, role) and the cue
 * times of a {@code cues.csv} (column {@code time}), as {@code trollscope simulate} writes them.
 */
public final class LabelsReader {
    private LabelsReader() {
    }

    public static List<AccountLabel> labels(Path file) throws IOException {
        NamedTable t = NamedTable.read(file, "account_id", "is_factory", "operator", "team", "role");
        List<AccountLabel> labels = new ArrayList<>(t.rows().size());
        Set<String> seen = new HashSet<>();
        for (NamedCsvRecord r : t.rows()) {
            String id = t.text(r, "account_id").strip();
            if (id.isEmpty()) {
                throw t.error(r, "account_id is empty");
            }
            if (!seen.add(id)) {
                throw t.error(r, "account " + id + " is listed twice");
            }
            try {
                labels.add(new AccountLabel(id, t.bool(r, "is_factory"), t.text(r, "operator").strip(),
                        t.text(r, "team").strip(), Role.parse(t.text(r, "role"))));
            } catch (IllegalArgumentException e) {
                throw t.error(r, e.getMessage());
            }
        }
        return labels;
    }

    /** The distinct cue times of a cues file (a cue given to several teams is listed once per team). */
    public static List<Instant> cueTimes(Path file) throws IOException {
        NamedTable t = NamedTable.read(file, "time");
        Set<Instant> times = new TreeSet<>();
        for (NamedCsvRecord r : t.rows()) {
            times.add(t.instant(r, "time"));
        }
        return new ArrayList<>(times);
    }

    /**
     * Per cue (column {@code cue}) the earliest of its teams' first actions (column
     * {@code first_action}), ascending; empty when the file has no such column. Cues whose first
     * action fell after the simulated period (empty cell) are left out.
     */
    public static List<Instant> cueStarts(Path file) throws IOException {
        NamedTable t = NamedTable.read(file, "cue");
        if (!t.has("first_action")) {
            return List.of();
        }
        java.util.Map<String, Instant> first = new java.util.TreeMap<>();
        for (NamedCsvRecord r : t.rows()) {
            if (!t.text(r, "first_action").isBlank()) {
                first.merge(r.getField("cue"), t.instant(r, "first_action"), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first.values().stream().sorted().toList();
    }
}
