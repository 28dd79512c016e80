package org.trollscope.core.sim;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.trollscope.core.model.ActionType;

/**
 * Generates one local day of organic activity. Every account posts at its own rate in the diurnal
 * rhythm (government pages in office hours); each post gets a popularity (author's reach × U^-skew)
 * and draws a Poisson share of the day's engagement budget (the sum of the accounts' engagement
 * rates), so a few posts go viral and are liked, shared and replied to by hundreds of unrelated
 * people. Engagers are drawn by activity weight, a {@code homophily} share from the author's
 * interest community; reaction delays are exponential around a per-post time scale (minutes), with
 * a long tail, thinned by the diurnal rhythm; hyperactive accounts react within about a minute.
 * Cost O(accounts + actions) per day.
 */
final class OrganicActivity {
    private static final long SECOND = 1_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long MAX_DELAY = 48 * DiurnalRhythm.HOUR;
    private static final AliasSampler HASHTAGS;

    static {
        double[] w = new double[NameLists.HASHTAGS.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = 1.0 / (k + 1);
        }
        HASHTAGS = new AliasSampler(w);
    }

    private final Population pop;
    private final ScenarioParameters p;
    private final long seed;
    private final double engagementPerDay;
    private List<String> previousUrls = List.of();

    OrganicActivity(Population pop, long seed) {
        this.pop = pop;
        this.p = pop.p;
        this.seed = seed;
        double sum = 0;
        for (double w : pop.engageWeight) {
            sum += w;
        }
        this.engagementPerDay = sum;
    }

    /**
     * Adds day {@code d}'s organic posts, the cue targets posted that day, and all their engagement
     * before {@code end} to {@code out}; returns the day's posts.
     */
    List<DayPost> day(int d, List<CuePlan.PlannedCue> cuePosts, List<SimAction> out, long end) {
        SplittableRandom rng = SeedStreams.of(seed, SeedStreams.DAYS, d);
        long dayStart = pop.start + d * DiurnalRhythm.DAY;
        DayOfWeek dow = p.startDate().plusDays(d).getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        double factor = weekend ? 0.85 : 1.0;
        List<DayPost> posts = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < pop.organic; i++) {
            byte kind = pop.kind[i];
            double rate = pop.postRate[i] * (kind == Population.GOVERNMENT ? (weekend ? 0.2 : 1.0) : factor);
            int n = RandomDraws.poisson(rng, rate);
            for (int k = 0; k < n; k++) {
                long t = dayStart + (kind == Population.GOVERNMENT
                        ? DiurnalRhythm.officeTimeOfDay(rng) : DiurnalRhythm.peopleTimeOfDay(rng));
                long id = SimAction.id(t, rng.nextLong());
                post(rng, id, t, i, false, posts, urls, out);
            }
        }
        for (CuePlan.PlannedCue c : cuePosts) {
            post(rng, c.postId(), c.postTime(), c.targetAccount(), c.livestream(), posts, urls, out);
        }

        double popularity = 0;
        for (DayPost post : posts) {
            popularity += post.popularity();
        }
        double budget = engagementPerDay * factor;
        for (DayPost post : posts) {
            int n = RandomDraws.poisson(rng, budget * post.popularity() / popularity);
            engage(rng, post, n, out, end);
        }
        previousUrls = urls;
        return posts;
    }

    private void post(SplittableRandom rng, long id, long time, int author, boolean livestream, List<DayPost> posts,
                      List<String> urls, List<SimAction> out) {
        byte kind = pop.kind[author];
        String text;
        String url = null;
        String idText = Long.toString(id >>> 8, 36);
        switch (kind) {
            case Population.GOVERNMENT:
                text = TextComposer.governmentPost(rng);
                url = "https://khovar.tj/" + p.startDate().getYear() + "/news-" + idText;
                break;
            case Population.CRITIC:
                text = TextComposer.criticPost(rng, livestream);
                url = livestream ? "https://www.youtube.com/live/" + idText : null;
                break;
            case Population.PAGE:
                text = TextComposer.organicPost(rng);
                url = "https://" + RandomDraws.pick(rng, NameLists.SITES) + "/news/" + idText;
                urls.add(url);
                break;
            default:
                text = TextComposer.organicPost(rng);
                if (!previousUrls.isEmpty() && rng.nextDouble() < 0.1) {
                    url = previousUrls.get(rng.nextInt(previousUrls.size()));
                }
        }
        List<String> tags = List.of();
        if (rng.nextDouble() < 0.25) {
            String a = NameLists.HASHTAGS[HASHTAGS.sample(rng)];
            String b = NameLists.HASHTAGS[HASHTAGS.sample(rng)];
            tags = rng.nextDouble() < 0.3 && !a.equals(b) ? List.of(a, b) : List.of(a);
        }
        List<String> media = rng.nextDouble() < (kind == Population.PAGE ? 0.5 : 0.2)
                ? List.of(String.format("media/%016x.jpg", rng.nextLong())) : List.of();
        double popularity = pop.reach[author] * Math.pow(1 - rng.nextDouble(), -p.viralitySkew())
                * (livestream ? 2 : 1);
        posts.add(new DayPost(id, time, author, popularity, url));
        out.add(new SimAction(id, author, ActionType.POST, -1, -1, text,
                url == null ? List.of() : List.of(url), tags, media));
    }

    private void engage(SplittableRandom rng, DayPost post, int n, List<SimAction> out, long end) {
        if (n == 0) {
            return;
        }
        double tau = RandomDraws.logNormal(rng, 20 * MINUTE, 0.8);
        Set<Long> seen = n > 1 ? new HashSet<>() : null;
        boolean page = pop.kind[post.author()] == Population.PAGE || pop.kind[post.author()] == Population.GOVERNMENT;
        for (int j = 0; j < n; j++) {
            int a = engager(rng, post.author());
            if (a < 0) {
                continue;
            }
            double u = rng.nextDouble();
            ActionType type = u < 0.6 ? ActionType.LIKE : u < (page ? 0.92 : 0.85) ? ActionType.SHARE : ActionType.REPLY;
            if (seen != null && !seen.add(((long) a << 3) | type.ordinal())) {
                continue;
            }
            long t = post.time() + delay(rng, tau, pop.kind[a] == Population.HYPERACTIVE, type == ActionType.REPLY,
                    post.time());
            if (t >= end) {
                continue;
            }
            String text = type == ActionType.REPLY ? TextComposer.organicReply(rng) : null;
            out.add(new SimAction(SimAction.id(t, rng.nextLong()), a, type, post.id(), post.author(), text,
                    List.of(), List.of(), List.of()));
        }
    }

    private int engager(SplittableRandom rng, int author) {
        for (int tries = 0; tries < 2; tries++) {
            int c = pop.community[author];
            int a;
            if (c >= 0 && pop.communityEngagers[c] != null && rng.nextDouble() < p.homophily()) {
                a = pop.communityMembers[c][pop.communityEngagers[c].sample(rng)];
            } else {
                a = pop.engagers.sample(rng);
            }
            if (a != author) {
                return a;
            }
        }
        return -1;
    }

    private long delay(SplittableRandom rng, double tau, boolean hyperactive, boolean reply, long postTime) {
        long d = 0;
        for (int tries = 0; tries < 4; tries++) {
            double ms = hyperactive
                    ? RandomDraws.logNormal(rng, 60 * SECOND, 1.0)
                    : RandomDraws.exponential(rng, rng.nextDouble() < 0.1 ? tau * 10 : tau);
            d = (long) Math.min(MAX_DELAY, Math.max(ms, reply ? 15 * SECOND : 2 * SECOND));
            if (rng.nextDouble() < DiurnalRhythm.peopleActivity(postTime + d - pop.start)) {
                break;
            }
        }
        return d;
    }
}
