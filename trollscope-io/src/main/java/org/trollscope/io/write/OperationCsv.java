package org.trollscope.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.operation.Cue;
import org.trollscope.core.operation.DayShare;
import org.trollscope.core.operation.Episode;
import org.trollscope.core.operation.EventAlignment;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.Operator;
import org.trollscope.core.operation.TargetEngagement;
import org.trollscope.core.operation.Team;
import org.trollscope.io.csv.CsvWriter;

/**
 * The operation map's tables: targets.csv, episodes.csv, cues.csv, share_by_day.csv,
 * operators.csv and teams.csv. Lists inside a cell are space-separated; times ISO-8601 UTC.
 * Each writer flushes and does not close.
 */
public final class OperationCsv {
    public static final String TARGETS = "targets.csv";
    public static final String EPISODES = "episodes.csv";
    public static final String CUES = "cues.csv";
    public static final String SHARE_BY_DAY = "share_by_day.csv";
    public static final String OPERATORS = "operators.csv";
    public static final String TEAMS = "teams.csv";

    /** Written only with {@code detect --events}. */
    public static final String EVENTS = "events.csv";

    /** The files, in the order {@link DetectionOutputs} writes them. */
    public static final List<String> FILES = List.of(TARGETS, EPISODES, CUES, SHARE_BY_DAY, OPERATORS, TEAMS);

    private OperationCsv() {
    }

    /** Writes one of {@link #FILES}. */
    public static void write(String file, AnalysisResult r, OperationMap m, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        IntFunction<String> name = r::accountId;
        switch (file) {
            case TARGETS -> targets(m, csv);
            case EPISODES -> episodes(m, name, csv);
            case CUES -> cues(m, csv);
            case SHARE_BY_DAY -> days(m, csv);
            case OPERATORS -> operators(m, name, csv);
            case TEAMS -> teams(m, name, csv);
            default -> throw new IllegalArgumentException("not an operation file: " + file);
        }
        csv.flush();
    }

    /** Writes events.csv; flushes, does not close. */
    public static void writeEvents(List<EventAlignment> events, IntFunction<String> name, OutputStream out)
            throws IOException {
        CsvWriter csv = CsvWriter.of(out);
        csv.row("event", "label", "start", "end", "window_end", "actions", "coordinated_actions", "coordinated_share",
                "coordinated_accounts", "cues", "accounts");
        int id = 1;
        for (EventAlignment e : events) {
            csv.row(id++, e.event().label(), OutputFormat.time(e.event().start()), OutputFormat.time(e.event().end()),
                    OutputFormat.time(e.windowEnd()), e.actions(), e.coordinatedActions(),
                    OutputFormat.decimal(e.actions() == 0 ? 0.0 : (double) e.coordinatedActions() / e.actions()),
                    e.accounts().length, e.cues().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    names(e.accounts(), name));
        }
        csv.flush();
    }

    private static void targets(OperationMap m, CsvWriter csv) throws IOException {
        csv.row("target", "target_account", "coordinated_accounts", "coordinated_actions", "actions", "coordinated_share",
                "episodes", "first_coordinated", "last_coordinated");
        for (TargetEngagement t : m.targets()) {
            csv.row(t.target(), t.targetAccount(), t.coordinatedAccounts(), t.coordinatedActions(), t.actions(),
                    OutputFormat.decimal(t.coordinatedShare()), t.episodes(), OutputFormat.time(t.first()),
                    OutputFormat.time(t.last()));
        }
    }

    private static void episodes(OperationMap m, IntFunction<String> name, CsvWriter csv) throws IOException {
        Map<Integer, Integer> cueOf = new HashMap<>();
        for (Cue c : m.cues()) {
            for (int e : c.episodes()) {
                cueOf.put(e, c.id());
            }
        }
        csv.row("episode", "target", "target_account", "start", "end", "accounts", "actions", "first_account", "cue",
                "participants");
        for (Episode e : m.episodes()) {
            csv.row(e.id(), e.target(), e.targetAccount(), OutputFormat.time(e.start()), OutputFormat.time(e.end()),
                    e.accounts().length, e.actions(), name.apply(e.accounts()[0]), cueOf.get(e.id()),
                    names(e.accounts(), name));
        }
    }

    private static void cues(OperationMap m, CsvWriter csv) throws IOException {
        csv.row("cue", "time", "end", "accounts", "actions", "targets", "episodes");
        for (Cue c : m.cues()) {
            csv.row(c.id(), OutputFormat.time(c.time()), OutputFormat.time(c.end()), c.accounts(), c.actions(),
                    String.join(" ", c.targets()),
                    c.episodes().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
    }

    private static void days(OperationMap m, CsvWriter csv) throws IOException {
        csv.row("day", "actions", "coordinated_actions", "share");
        for (DayShare d : m.days()) {
            csv.row(d.day().toString(), d.actions(), d.coordinatedActions(), OutputFormat.decimal(d.share()));
        }
    }

    private static void operators(OperationMap m, IntFunction<String> name, CsvWriter csv) throws IOException {
        var p = m.parameters();
        csv.row("operator", "size", "team", "confidence", "hand_offs", "shared_episodes", "same_batch",
                "handle_pattern", "evidence", "accounts");
        for (Operator o : m.operators()) {
            int team = m.teamOf(o.accounts()[0]);
            String evidence = String.format(Locale.ROOT,
                    "%d hand-offs %d-%d s apart in %d shared sudden episodes on the joining links; no two members "
                            + "within %d s or interleaved; %d of %d created within %d min of another member",
                    o.handOffs(), p.sameInstant().toSeconds(), p.maxSwitch().toSeconds(), o.sharedEpisodes(),
                    p.sameInstant().toSeconds(), o.sameBatch(), o.accounts().length, p.batch().toMinutes());
            csv.row(o.id(), o.accounts().length, team == 0 ? null : team, OutputFormat.decimal(o.confidence()),
                    o.handOffs(), o.sharedEpisodes(), o.sameBatch(), m.handlePattern(o.id()), evidence,
                    names(o.accounts(), name));
        }
    }

    private static void teams(OperationMap m, IntFunction<String> name, CsvWriter csv) throws IOException {
        csv.row("team", "size", "operators", "episodes", "leader", "led", "led_by_chance", "accounts");
        for (Team t : m.teams()) {
            csv.row(t.id(), t.accounts().length,
                    IntStream.of(t.operators()).mapToObj(String::valueOf).collect(Collectors.joining(" ")), t.episodes(),
                    t.leader() < 0 ? null : name.apply(t.leader()), t.led(),
                    t.leader() < 0 ? null : OutputFormat.decimal(t.ledExpected()), names(t.accounts(), name));
        }
    }

    private static String names(int[] ranks, IntFunction<String> name) {
        return IntStream.of(ranks).mapToObj(name).collect(Collectors.joining(" "));
    }
}
