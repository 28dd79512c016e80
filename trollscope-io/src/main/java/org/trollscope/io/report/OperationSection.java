package org.trollscope.io.report;

import java.util.List;
import java.util.Objects;

/**
 * The operation map as the case file shows it: the coordinated accounts' share of the debate, in
 * total and per UTC day; operators, teams and their leaders; the top targets with the coordinated
 * and organic shares of their engagement; brigading episodes; cues and known events with their
 * alignment; how account scores are made; and the accounts without a kept link that score highest.
 * Accounts are named by id, as in the account cards.
 *
 * @param targetCount  targets in the whole map ({@code targets} may hold only the first)
 * @param episodeCount episodes in the whole map ({@code episodes} may hold only the first)
 * @param scoring      how the scores were measured, in words (office zone and baseline, ...)
 * @param topOther     ids of the not-coordinated accounts with the highest scores, highest first
 *                     (each has an account card)
 */
public record OperationSection(long actions, long coordinatedActions, List<DayShareRow> days,
                               List<OperatorRow> operators, List<TeamRow> teams, List<TargetRow> targets,
                               int targetCount, List<EpisodeRow> episodes, int episodeCount, List<CueRow> cues,
                               List<EventRow> events, List<SignalWeight> signals, String scoring,
                               List<String> topOther) {
    public OperationSection {
        if (actions < 0 || coordinatedActions < 0 || coordinatedActions > actions) {
            throw new IllegalArgumentException("need 0 <= coordinatedActions <= actions, were " + coordinatedActions
                    + ", " + actions);
        }
        days = List.copyOf(days);
        operators = List.copyOf(operators);
        teams = List.copyOf(teams);
        targets = List.copyOf(targets);
        episodes = List.copyOf(episodes);
        cues = List.copyOf(cues);
        events = List.copyOf(events);
        signals = List.copyOf(signals);
        Objects.requireNonNull(scoring, "scoring");
        topOther = List.copyOf(topOther);
        if (targetCount < targets.size() || episodeCount < episodes.size()) {
            throw new IllegalArgumentException("targetCount and episodeCount must cover the rows given");
        }
    }
}
