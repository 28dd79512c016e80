package org.trollscope.core.sim;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.trollscope.core.model.ActionType;

/**
 * Generates what the factory does. On a cue the team's leader acts first (shares the target, then
 * likes it, and for an attack replies), 1–4 minutes after the instruction; each operator then starts
 * 0.5–8 minutes after the leader (the leader's own operator right after the leader) and works
 * through the participating accounts in a fixed order, sometimes resumed where it left off, with a
 * switching gap of about 20 s: amplify = like and share a few seconds apart; attack = like, then a
 * reply typed in 15–60 s from the cue's template, varied per use. Every delay is multiplied by
 * {@code timingJitter}. Cover activity: on weekdays, in office hours, each account likes or shares
 * popular posts of the day like anyone else (never a critic's post or a cue target), in the
 * operator's own office hours (shifted by -30 to +60 minutes). Cost O(actions).
 */
final class FactoryActivity {
    private static final long SECOND = 1_000L;

    private final Population pop;
    private final ScenarioParameters p;
    private final ProfileComposer profiles;
    private final long seed;
    private final Set<Long> cueTargets;
    private final long[] officeShift;

    FactoryActivity(Population pop, ProfileComposer profiles, CuePlan plan, long seed) {
        this.pop = pop;
        // each operator keeps their own hours: starting up to 30 min early or 60 min late
        this.officeShift = new long[pop.operators()];
        for (int o = 0; o < officeShift.length; o++) {
            officeShift[o] = (long) RandomDraws.uniform(SeedStreams.of(seed, SeedStreams.COVER, -1L - o),
                    -30 * 60 * SECOND, 60 * 60 * SECOND);
        }
        this.cueTargets = new HashSet<>();
        for (CuePlan.PlannedCue c : plan.cues) {
            cueTargets.add(c.postId());
        }
        this.p = pop.p;
        this.profiles = profiles;
        this.seed = seed;
    }

    /** Adds the actions of every team on {@code cue} before {@code end}; returns how many. */
    int cue(CuePlan.PlannedCue cue, List<SimAction> out, long end) {
        int added = 0;
        String name = profiles.displayName(cue.targetAccount());
        String firstName = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
        for (int k = 0; k < cue.teams().length; k++) {
            int team = cue.teams()[k];
            boolean[] takesPart = cue.takesPart()[k];
            SplittableRandom rng = stream(cue, team);
            List<SimAction> acts = new ArrayList<>();
            double j = p.timingJitter();
            int leader = pop.teamLeader[team];
            long t = leaderStart(cue, rng);
            acts.add(action(rng, t, leader, ActionType.SHARE, cue, null));
            if (rng.nextDouble() < 0.85) {
                t += jittered(rng, 3, 12);
                acts.add(action(rng, t, leader, ActionType.LIKE, cue, null));
            }
            if (cue.kind() == CueKind.ATTACK) {
                t += jittered(rng, 20, 60);
                acts.add(action(rng, t, leader, ActionType.REPLY, cue, reply(rng, cue, name, firstName)));
            }
            long leaderFirst = acts.get(0).time();
            long leaderEnd = t;
            for (int o : pop.teamOperators[team]) {
                int[] accounts = pop.operatorAccounts[o];
                int offset = rng.nextDouble() < 0.3 ? rng.nextInt(accounts.length) : 0;
                long cursor = accounts[0] == leader
                        ? leaderEnd + jittered(rng, 15, 60)
                        : leaderFirst + jittered(rng, 30, 480);
                for (int s = 0; s < accounts.length; s++) {
                    int a = accounts[(s + offset) % accounts.length];
                    if (a == leader || !takesPart[a - pop.organic]) {
                        continue;
                    }
                    long last;
                    if (cue.kind() == CueKind.AMPLIFY) {
                        boolean likeFirst = rng.nextDouble() < 0.7;
                        boolean both = rng.nextDouble() < 0.85;
                        ActionType first = likeFirst && both ? ActionType.LIKE : ActionType.SHARE;
                        acts.add(action(rng, cursor, a, first, cue, null));
                        last = cursor;
                        if (both) {
                            last = cursor + jittered(rng, 2, 8);
                            acts.add(action(rng, last, a, first == ActionType.LIKE ? ActionType.SHARE : ActionType.LIKE,
                                    cue, null));
                        }
                    } else {
                        last = cursor;
                        if (rng.nextDouble() < 0.85) {
                            acts.add(action(rng, cursor, a, ActionType.LIKE, cue, null));
                            last = cursor + jittered(rng, 15, 60);
                        }
                        acts.add(action(rng, last, a, ActionType.REPLY, cue, reply(rng, cue, name, firstName)));
                    }
                    cursor = last + (long) Math.max(3 * SECOND, RandomDraws.logNormal(rng, 20 * SECOND, 0.5) * j);
                }
            }
            for (SimAction s : acts) {
                if (s.time() < end) {
                    out.add(s);
                    added++;
                }
            }
        }
        return added;
    }

    /**
     * When the team's leader first acts on the cue, the team's first action on it (the leader's
     * share), whether or not it falls inside the simulated period: the first draw of the stream that
     * {@link #cue} generates the team's actions from.
     */
    long leaderStart(CuePlan.PlannedCue cue, int team) {
        return leaderStart(cue, stream(cue, team));
    }

    private long leaderStart(CuePlan.PlannedCue cue, SplittableRandom rng) {
        return cue.time() + jittered(rng, 60, 240);
    }

    private SplittableRandom stream(CuePlan.PlannedCue cue, int team) {
        return SeedStreams.of(seed, SeedStreams.CUE_ACTIONS, cue.index(), team);
    }

    /** Adds day {@code d}'s cover activity (weekdays only) on popular posts of {@code posts}; returns how many. */
    int cover(int d, List<DayPost> posts, List<SimAction> out, long end) {
        DayOfWeek dow = p.startDate().plusDays(d).getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || posts.isEmpty() || p.coverActivityRate() == 0) {
            return 0;
        }
        SplittableRandom rng = SeedStreams.of(seed, SeedStreams.COVER, d);
        double[] w = new double[posts.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = posts.get(k).popularity();
        }
        AliasSampler popular = new AliasSampler(w);
        long dayStart = pop.start + d * DiurnalRhythm.DAY;
        int added = 0;
        for (int a = pop.organic; a < pop.total; a++) {
            int n = RandomDraws.poisson(rng, p.coverActivityRate());
            long shift = officeShift[pop.operatorOf[a - pop.organic]];
            for (int k = 0; k < n; k++) {
                long t = dayStart + DiurnalRhythm.officeTimeOfDay(rng) + shift;
                for (int tries = 0; tries < 10; tries++) {
                    DayPost post = posts.get(popular.sample(rng));
                    // cover never touches critics' posts or cue targets: it is meant to look ordinary
                    if (post.time() + 60 * SECOND <= t && pop.kind[post.author()] != Population.CRITIC
                            && !cueTargets.contains(post.id())) {
                        if (t < end) {
                            ActionType type = rng.nextDouble() < 0.7 ? ActionType.LIKE : ActionType.SHARE;
                            out.add(new SimAction(SimAction.id(t, rng.nextLong()), a, type, post.id(), post.author(),
                                    null, List.of(), List.of(), List.of()));
                            added++;
                        }
                        break;
                    }
                }
            }
        }
        return added;
    }

    private SimAction action(SplittableRandom rng, long t, int account, ActionType type, CuePlan.PlannedCue cue,
                             String text) {
        return new SimAction(SimAction.id(t, rng.nextLong()), account, type, cue.postId(), cue.targetAccount(), text,
                List.of(), List.of(), List.of());
    }

    private String reply(SplittableRandom rng, CuePlan.PlannedCue cue, String name, String firstName) {
        int template = rng.nextDouble() < 0.75 ? cue.template() : cue.altTemplate();
        String who = rng.nextDouble() < 0.7 ? name : firstName;
        return TextComposer.attackReply(rng, template, who, p.paraphraseStrength());
    }

    /** Uniform in [from, to] seconds, times the jitter multiplier, in milliseconds. */
    private long jittered(SplittableRandom rng, double fromSeconds, double toSeconds) {
        return (long) (RandomDraws.uniform(rng, fromSeconds, toSeconds) * SECOND * p.timingJitter());
    }
}
