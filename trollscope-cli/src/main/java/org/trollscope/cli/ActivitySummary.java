package org.trollscope.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.io.read.FileReport;
import org.trollscope.io.read.ReadReport;

/**
 * The summary {@code trollscope inspect} prints: per input its format, counts, records not imported
 * and fields not mapped; what was read and rejected, accounts, actions per type, actions and
 * accounts per platform, the time span, the most acted-on targets and the most active accounts. One
 * pass over the log plus a sort of the target and account counts; ties are broken by id, so the
 * text is deterministic.
 */
final class ActivitySummary {
    private ActivitySummary() {
    }

    static void print(ActivityLog log, ReadReport report, int top, PrintWriter out) {
        for (FileReport f : report.inputs()) {
            out.printf(Locale.ROOT, "input %s%n  format %s, sha256 %s%n  %s rows read, %s accepted, %s rejected, "
                            + "%s duplicate action ids dropped%s%n",
                    f.path(), f.format(), f.sha256(), n(f.rowsRead()), n(f.rowsAccepted()), n(f.rowsRejected()),
                    n(f.duplicateActionIds()),
                    f.repeatedIdsKept() > 0 ? ", " + n(f.repeatedIdsKept()) + " repeated ids kept (allowed by the format)" : "");
            if (!f.ignoredRecords().isEmpty()) {
                out.printf(Locale.ROOT, "  not imported: %s%n", counts(f.ignoredRecords()));
            }
            if (!f.unmappedFields().isEmpty()) {
                out.printf(Locale.ROOT, "  fields not mapped: %s%n", counts(f.unmappedFields()));
            }
        }
        if (report.accounts() != null) {
            FileReport a = report.accounts();
            out.printf(Locale.ROOT, "accounts file %s%n  %s records read, %s rejected%n", a.path(), n(a.rowsRead()),
                    n(a.rowsRejected()));
        }
        out.println();
        int size = log.size();
        long[] perType = new long[ActionType.values().length];
        long[] perPlatform = new long[log.platforms().size()];
        int[] perTarget = new int[log.targets().size()];
        int[] perAccount = new int[log.accountCount()];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = 0; r < size; r++) {
            perType[log.typeCode(r)]++;
            perPlatform[log.platform(r)]++;
            perAccount[log.account(r)]++;
            int t = log.target(r);
            if (t != ActivityLog.NONE) {
                perTarget[t]++;
            }
            long time = log.time(r);
            min = Math.min(min, time);
            max = Math.max(max, time);
        }
        int acting = 0;
        long[] accountsPerPlatform = new long[perPlatform.length];
        long[] actingPerPlatform = new long[perPlatform.length];
        for (int a = 0; a < perAccount.length; a++) {
            int p = log.accounts().scope(a);
            accountsPerPlatform[p]++;
            if (perAccount[a] > 0) {
                acting++;
                actingPerPlatform[p]++;
            }
        }
        line(out, "rows read", n(report.rowsRead()));
        line(out, "rows rejected", n(report.rowsRejected())
                + (report.rejectsFile() != null ? " (see " + report.rejectsFile() + ")" : ""));
        line(out, "duplicate action ids", n(report.duplicateActionIds()) + " (kept once)");
        line(out, "actions", n(size));
        line(out, "accounts", n(log.accountCount()) + " (" + n(acting) + " acting)");
        line(out, "distinct targets", n(log.targets().size()));
        if (size > 0) {
            Duration span = Duration.ofMillis(max - min);
            line(out, "time span", Instant.ofEpochMilli(min) + " .. " + Instant.ofEpochMilli(max)
                    + String.format(Locale.ROOT, " (%.1f days)", span.toMillis() / 86_400_000.0));
        } else {
            line(out, "time span", "(no actions)");
        }
        out.println();
        out.println("actions per type");
        for (ActionType t : ActionType.values()) {
            if (perType[t.ordinal()] > 0) {
                line(out, "  " + t.wireName(), n(perType[t.ordinal()]));
            }
        }
        out.println("actions per platform");
        for (int p = 0; p < perPlatform.length; p++) {
            if (perPlatform[p] > 0) {
                line(out, "  " + platformName(log, p), n(perPlatform[p]));
            }
        }
        out.println("accounts per platform");
        for (int p = 0; p < accountsPerPlatform.length; p++) {
            if (accountsPerPlatform[p] > 0) {
                line(out, "  " + platformName(log, p), n(accountsPerPlatform[p]) + " (" + n(actingPerPlatform[p]) + " acting)");
            }
        }
        out.println();
        out.printf(Locale.ROOT, "most acted-on targets (top %d)%n", top);
        boolean several = log.platforms().size() > 1;
        for (int t : top(perTarget, top, log.targets()::get)) {
            String where = several ? " [" + platformName(log, log.targets().scope(t)) + "]" : "";
            line(out, "  " + log.targets().get(t) + where, n(perTarget[t]));
        }
        out.printf(Locale.ROOT, "most active accounts (top %d)%n", top);
        for (int a : top(perAccount, top, log::accountIdText)) {
            String handle = log.profile(a).handle();
            String where = several ? " [" + platformName(log, log.accounts().scope(a)) + "]" : "";
            line(out, "  " + log.accountIdText(a) + where + (handle != null ? " (@" + handle + ")" : ""), n(perAccount[a]));
        }
        out.flush();
    }

    /** The k ids with the highest counts, ties by id text; only candidates at or above the k-th count are sorted. */
    private static List<Integer> top(int[] counts, int k, IntFunction<String> id) {
        if (k <= 0 || counts.length == 0) {
            return List.of();
        }
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        int threshold = Math.max(1, sorted[Math.max(0, sorted.length - k)]);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= threshold) {
                ids.add(i);
            }
        }
        ids.sort(Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparing(id::apply));
        return ids.subList(0, Math.min(k, ids.size()));
    }

    private static String platformName(ActivityLog log, int p) {
        String name = log.platforms().get(p);
        return name.isEmpty() ? "(not given)" : name;
    }

    /** {@code a 2, b 1}: a sorted map's entries. */
    private static String counts(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : m.entrySet()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(e.getKey()).append(' ').append(n(e.getValue()));
        }
        return sb.toString();
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "%-36s %s%n", label, value);
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
