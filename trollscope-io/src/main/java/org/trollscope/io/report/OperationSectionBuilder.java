package org.trollscope.io.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.operation.AccountSignal;
import org.trollscope.core.operation.AccountSignals;
import org.trollscope.core.operation.Cue;
import org.trollscope.core.operation.DayShare;
import org.trollscope.core.operation.Episode;
import org.trollscope.core.operation.EventAlignment;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.core.operation.Operator;
import org.trollscope.core.operation.TargetEngagement;
import org.trollscope.core.operation.Team;

/**
 * Maps an {@link OperationMap} (and the known events aligned with it) to the case file's
 * {@link OperationSection}, account scores and timeline markers. Long lists are capped (the
 * operation's CSV files hold them whole): {@link #TARGETS} targets, {@link #EPISODES} episodes.
 * Deterministic: lists keep the map's order. O(A log A) for the ranking of A accounts by score.
 */
final class OperationSectionBuilder {
    static final int TARGETS = 20;
    static final int EPISODES = 200;

    private OperationSectionBuilder() {
    }

    static OperationSection section(AnalysisResult r, OperationMap m, List<EventAlignment> events,
                                    List<String> topOther) {
        List<DayShareRow> days = m.days().stream()
                .map((DayShare d) -> new DayShareRow(d.day().toString(), d.actions(), d.coordinatedActions())).toList();
        List<OperatorRow> operators = new ArrayList<>();
        for (Operator o : m.operators()) {
            int team = m.teamOf(o.accounts()[0]);
            operators.add(new OperatorRow(o.id(), names(r, o.accounts()), round(o.confidence()), o.handOffs(),
                    o.sharedEpisodes(), o.sameBatch(), team == 0 ? null : team, m.handlePattern(o.id())));
        }
        List<TeamRow> teams = new ArrayList<>();
        for (Team t : m.teams()) {
            teams.add(new TeamRow(t.id(), names(r, t.accounts()), IntStream.of(t.operators()).boxed().toList(),
                    t.episodes(), t.leader() < 0 ? null : r.accountId(t.leader()), t.led(), round(t.ledExpected())));
        }
        List<TargetRow> targets = m.targets().stream().limit(TARGETS)
                .map((TargetEngagement t) -> new TargetRow(t.target(), t.targetAccount(), t.coordinatedAccounts(),
                        t.coordinatedActions(), t.actions(), t.episodes())).toList();
        Map<Integer, Integer> cueOf = new HashMap<>();
        for (Cue c : m.cues()) {
            for (int e : c.episodes()) {
                cueOf.put(e, c.id());
            }
        }
        List<EpisodeRow> episodes = m.episodes().stream().limit(EPISODES)
                .map((Episode e) -> new EpisodeRow(e.id(), e.target(), Instant.ofEpochMilli(e.start()),
                        Instant.ofEpochMilli(e.end()), e.accounts().length, e.actions(), r.accountId(e.accounts()[0]),
                        cueOf.get(e.id()))).toList();
        Map<Integer, List<String>> eventsOfCue = new HashMap<>();
        for (EventAlignment e : events) {
            for (int c : e.cues()) {
                eventsOfCue.computeIfAbsent(c, x -> new ArrayList<>()).add(e.event().label());
            }
        }
        List<CueRow> cues = m.cues().stream()
                .map(c -> new CueRow(c.id(), Instant.ofEpochMilli(c.time()), Instant.ofEpochMilli(c.end()),
                        c.accounts(), c.actions(), c.targets(), eventsOfCue.getOrDefault(c.id(), List.of()))).toList();
        AccountSignals s = m.signals();
        List<EventRow> eventRows = events.stream()
                .map(e -> new EventRow(e.event().label(), Instant.ofEpochMilli(e.event().start()),
                        Instant.ofEpochMilli(e.event().end()), Instant.ofEpochMilli(e.windowEnd()), e.actions(),
                        e.coordinatedActions(), e.accounts().length, e.cues(),
                        s.blockingWindows().contains(e.event()))).toList();
        List<SignalWeight> signals = new ArrayList<>();
        for (AccountSignal x : AccountSignal.values()) {
            signals.add(new SignalWeight(x.wireName().replace('_', ' '), x.column(), x.weight(), s.fired(x),
                    s.available(x)));
        }
        return new OperationSection(m.actions(), m.coordinatedActions(), days, operators, teams, targets,
                m.targets().size(), episodes, m.episodes().size(), cues, eventRows, signals, scoring(s), topOther);
    }

    /** The not-coordinated acting accounts with a score above 0, highest first (ties: account order). */
    static int[] topOther(AnalysisResult r, AccountSignals s, int limit) {
        return IntStream.range(0, r.order().size()).boxed()
                .filter(rank -> !r.coordinated(rank) && r.activity().actions(rank) > 0 && s.score(rank) > 0)
                .sorted(Comparator.<Integer>comparingDouble(s::score).reversed().thenComparing(rank -> rank))
                .limit(limit).mapToInt(Integer::intValue).toArray();
    }

    /** The account's score, components and reasons. */
    static AccountScore score(OperationMap m, int rank) {
        AccountSignals s = m.signals();
        List<ScoreComponent> components = new ArrayList<>();
        for (AccountSignal x : AccountSignal.values()) {
            components.add(new ScoreComponent(x.wireName().replace('_', ' '), round(s.component(x, rank)), x.weight()));
        }
        return new AccountScore(round(s.score(rank)), components, m.reasons(rank));
    }

    /** Cue and event markers for the timelines, in time order (ties: cues first). */
    static List<TimelineMarker> markers(OperationMap m, List<EventAlignment> events) {
        List<TimelineMarker> out = new ArrayList<>();
        for (Cue c : m.cues()) {
            out.add(new TimelineMarker(Instant.ofEpochMilli(c.time()), MarkerKind.CUE,
                    "cue " + c.id() + ": " + c.accounts() + " accounts"));
        }
        for (EventAlignment e : events) {
            out.add(new TimelineMarker(Instant.ofEpochMilli(e.event().start()), MarkerKind.EVENT, e.event().label()));
        }
        out.sort(Comparator.comparing(TimelineMarker::time).thenComparing(TimelineMarker::kind));
        return out;
    }

    private static String scoring(AccountSignals s) {
        var p = s.parameters();
        String zone = s.officeZoneLabel();
        return String.format(Locale.ROOT, "Office hours are Monday to Friday %02d:00-%02d:00 at %s%s; %s. %s %s",
                p.officeStartHour(), p.officeEndHour(), zone,
                s.officeZoneInferred() ? " (" + s.officeZoneSource() + ")" : "",
                s.officeBaselineAssumed()
                        ? String.format(Locale.ROOT, "with no organic actions to compare with, they are taken as "
                                + "%d %% of a uniform week's hours", Math.round(100 * s.officeBaseline()))
                        : String.format(Locale.ROOT, "organic accounts made %d %% of their actions then",
                                Math.round(100 * s.officeBaseline())),
                s.available(AccountSignal.DEFAULT_HANDLE)
                        ? String.format(Locale.ROOT, "%d %% of the handles look like defaults (a name and digits).",
                                Math.round(100 * s.defaultHandleShare()))
                        : "Handles were not read (none in the input, or pseudonymised).",
                s.blockingWindows().isEmpty() ? "No known event was a blocking window."
                        : String.format(Locale.ROOT, "%d known %s; organic accounts kept %d %% of their usual rate "
                                + "in %s.", s.blockingWindows().size(), s.blockingWindows().size() == 1
                                        ? "event was a blocking window" : "events were blocking windows",
                                Math.round(100 * s.organicRetention()), s.blockingWindows().size() == 1 ? "it" : "them"));
    }

    private static List<String> names(AnalysisResult r, int[] ranks) {
        return IntStream.of(ranks).mapToObj(r::accountId).toList();
    }

    /** Three decimals: enough to read, short in the page. */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
