package org.trollscope.core.sim;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans every cue before any action is generated (cues are few): its time (office hours on a
 * weekday, or 20:00 local for a livestream), the target post and when it was posted, which teams
 * receive it, which attack templates it hands out, and which accounts take part. The leader always
 * takes part; a member with probability {@code participation}; an account that drew no cue at all is
 * added to one of its team's cues, so every factory account acts on at least one. Cost
 * O(cues × factory accounts).
 */
final class CuePlan {
    private static final long MINUTE = 60_000L;
    private static final long SECOND = 1_000L;

    /**
     * One planned cue.
     *
     * @param teams the teams receiving it
     * @param takesPart per team (same order as {@code teams}), per factory account (index - organic)
     */
    record PlannedCue(int index, String id, long time, long postTime, long postId, CueKind kind, boolean livestream,
                      int targetAccount, int[] teams, boolean[][] takesPart, int template, int altTemplate) {
    }

    final PlannedCue[] cues;

    CuePlan(Population pop, long seed) {
        ScenarioParameters p = pop.p;
        SplittableRandom rng = SeedStreams.of(seed, SeedStreams.CUES);
        List<Integer> weekdays = new ArrayList<>();
        for (int d = 0; d < p.days(); d++) {
            DayOfWeek dow = p.startDate().plusDays(d).getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                weekdays.add(d);
            }
        }
        int n = p.cues();
        // the first `teams` cues (in a random order) go one to each team, so every team gets one
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[][] teamsOf = new int[n][];
        for (int k = 0; k < n; k++) {
            int c = order[k];
            if (k < p.teams()) {
                teamsOf[c] = new int[] {k};
            } else if (p.teams() > 1 && rng.nextDouble() < p.jointCueShare()) {
                teamsOf[c] = new int[p.teams()];
                for (int t = 0; t < p.teams(); t++) {
                    teamsOf[c][t] = t;
                }
            } else {
                teamsOf[c] = new int[] {rng.nextInt(p.teams())};
            }
        }

        PlannedCue[] planned = new PlannedCue[n];
        for (int c = 0; c < n; c++) {
            boolean livestream = rng.nextDouble() < p.livestreamShare();
            long time;
            long postTime;
            CueKind kind;
            if (livestream || weekdays.isEmpty()) {
                int day = rng.nextInt(p.days());
                long dayStart = pop.start + day * DiurnalRhythm.DAY;
                if (livestream) {
                    kind = CueKind.ATTACK;
                    postTime = dayStart + 20 * DiurnalRhythm.HOUR + (long) (rng.nextDouble() * 90 * SECOND);
                    time = postTime + (long) RandomDraws.uniform(rng, 1 * MINUTE, 5 * MINUTE);
                } else {
                    kind = rng.nextDouble() < p.attackShare() ? CueKind.ATTACK : CueKind.AMPLIFY;
                    time = dayStart + DiurnalRhythm.officeTimeOfDay(rng);
                    postTime = Math.max(dayStart + MINUTE, time - postLead(rng, kind));
                }
            } else {
                int day = weekdays.get(rng.nextInt(weekdays.size()));
                long dayStart = pop.start + day * DiurnalRhythm.DAY;
                kind = rng.nextDouble() < p.attackShare() ? CueKind.ATTACK : CueKind.AMPLIFY;
                time = dayStart + DiurnalRhythm.officeTimeOfDay(rng);
                postTime = Math.max(dayStart + MINUTE, time - postLead(rng, kind));
            }
            int target = kind == CueKind.AMPLIFY
                    ? pop.governmentAccounts[rng.nextInt(pop.governmentAccounts.length)]
                    : pop.criticAccounts[rng.nextInt(pop.criticAccounts.length)];
            int template = rng.nextInt(TextComposer.attackTemplates());
            int alt = rng.nextInt(TextComposer.attackTemplates());
            long postId = (postTime << 22) | (SeedStreams.mix(seed ^ (0x5DEECE66DL * (c + 1)))
                    & (ScenarioParameters.MAX_ACCOUNTS - 1));
            boolean[][] takesPart = new boolean[teamsOf[c].length][pop.factoryAccounts()];
            for (int k = 0; k < teamsOf[c].length; k++) {
                int team = teamsOf[c][k];
                for (int o : pop.teamOperators[team]) {
                    for (int a : pop.operatorAccounts[o]) {
                        takesPart[k][a - pop.organic] = a == pop.teamLeader[team] || rng.nextDouble() < p.participation();
                    }
                }
            }
            planned[c] = new PlannedCue(c, null, time, postTime, postId, kind, livestream, target, teamsOf[c],
                    takesPart, template, alt);
        }

        // every factory account takes part in at least one cue of its team
        for (int f = 0; f < pop.factoryAccounts(); f++) {
            int team = pop.teamOf[f];
            List<int[]> options = new ArrayList<>();
            boolean any = false;
            for (PlannedCue pc : planned) {
                for (int k = 0; k < pc.teams().length; k++) {
                    if (pc.teams()[k] == team) {
                        options.add(new int[] {pc.index(), k});
                        any |= pc.takesPart()[k][f];
                    }
                }
            }
            if (!any) {
                int[] chosen = options.get(rng.nextInt(options.size()));
                planned[chosen[0]].takesPart()[chosen[1]][f] = true;
            }
        }

        Arrays.sort(planned, Comparator.comparingLong(PlannedCue::time).thenComparingInt(PlannedCue::index));
        cues = new PlannedCue[n];
        int width = Math.max(3, Integer.toString(n).length());
        for (int k = 0; k < n; k++) {
            PlannedCue pc = planned[k];
            cues[k] = new PlannedCue(pc.index(), String.format("cue%0" + width + "d", k + 1), pc.time(), pc.postTime(),
                    pc.postId(), pc.kind(), pc.livestream(), pc.targetAccount(), pc.teams(), pc.takesPart(),
                    pc.template(), pc.altTemplate());
        }
    }

    /** How long before the cue the target was posted: officials are amplified fast, critics hunted later. */
    private static long postLead(SplittableRandom rng, CueKind kind) {
        return kind == CueKind.AMPLIFY
                ? (long) RandomDraws.uniform(rng, 3 * MINUTE, 40 * MINUTE)
                : (long) RandomDraws.uniform(rng, 10 * MINUTE, 180 * MINUTE);
    }
}
