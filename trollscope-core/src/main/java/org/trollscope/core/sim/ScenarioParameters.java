package org.trollscope.core.sim;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Every knob of the troll-factory simulator, validated on construction. The defaults
 * ({@link #defaults()}) describe the {@code default} scenario: 10,000 organic accounts over 30 days
 * in UTC+5, and three teams of four operators running 6–14 accounts each, cued 60 times.
 *
 * @param organicAccounts people, pages, government pages and critics together
 * @param days length of the observed period, starting at local midnight of {@code startDate}
 * @param startDate the first local day
 * @param timeZone the local time zone of the population and the factory (diurnal rhythm, office hours)
 * @param actionsPerAccountDay mean actions per organic account and day
 * @param activityTailExponent Pareto exponent of per-account activity (&gt; 1; smaller = heavier tail)
 * @param hyperactiveShare share of organic accounts that act tens to hundreds of times a day, fast
 * @param pageShare share of organic accounts that are news or entertainment pages
 * @param governmentPages pages whose posts the factory amplifies
 * @param critics critics (bloggers, opposition figures) whose posts the factory attacks
 * @param viralitySkew popularity of a post is its author's reach times U^-skew (0 = all equal;
 *     larger = a few posts draw most engagement, so strangers co-act on them within minutes)
 * @param homophily share of a post's engagement that comes from its author's interest community
 * @param teams factory teams
 * @param operatorsPerTeam operators (people) in a team; one of them runs the team's leader account
 * @param minAccountsPerOperator fewest accounts one operator runs
 * @param maxAccountsPerOperator most accounts one operator runs
 * @param cues instruction moments over the period (a joint cue counts once)
 * @param attackShare share of office-hour cues that attack a critic (the rest amplify the government)
 * @param livestreamShare share of cues at 20:00 local against a critic's livestream
 * @param jointCueShare share of cues given to every team at once
 * @param participation probability that a member account takes part in one of its team's cues
 * @param timingJitter multiplier of every delay of the factory (reaction, switching accounts, typing)
 * @param coverActivityRate cover actions (likes and shares of popular posts) per factory account and weekday
 * @param organicHandleShare share of factory accounts with organic-looking handles and ages
 * @param paraphraseStrength 0 = attack replies are verbatim template copies; 1 = heavily varied
 */
public record ScenarioParameters(
        int organicAccounts,
        int days,
        LocalDate startDate,
        ZoneOffset timeZone,
        double actionsPerAccountDay,
        double activityTailExponent,
        double hyperactiveShare,
        double pageShare,
        int governmentPages,
        int critics,
        double viralitySkew,
        double homophily,
        int teams,
        int operatorsPerTeam,
        int minAccountsPerOperator,
        int maxAccountsPerOperator,
        int cues,
        double attackShare,
        double livestreamShare,
        double jointCueShare,
        double participation,
        double timingJitter,
        double coverActivityRate,
        double organicHandleShare,
        double paraphraseStrength) {

    /** Account indices must fit the 22 low bits of the snowflake-like account ids. */
    static final int MAX_ACCOUNTS = 1 << 22;

    public ScenarioParameters {
        positive("organicAccounts", organicAccounts);
        positive("days", days);
        if (startDate == null) {
            throw new IllegalArgumentException("startDate is required");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("timeZone is required");
        }
        if (!(actionsPerAccountDay > 0) || actionsPerAccountDay > 1000) {
            throw new IllegalArgumentException("actionsPerAccountDay must be in (0, 1000], was " + actionsPerAccountDay);
        }
        if (!(activityTailExponent > 1.05) || activityTailExponent > 10) {
            throw new IllegalArgumentException("activityTailExponent must be in (1.05, 10], was " + activityTailExponent);
        }
        share("hyperactiveShare", hyperactiveShare);
        share("pageShare", pageShare);
        positive("governmentPages", governmentPages);
        positive("critics", critics);
        if (!(viralitySkew >= 0) || viralitySkew > 0.95) {
            throw new IllegalArgumentException("viralitySkew must be in [0, 0.95], was " + viralitySkew);
        }
        share("homophily", homophily);
        positive("teams", teams);
        positive("operatorsPerTeam", operatorsPerTeam);
        positive("minAccountsPerOperator", minAccountsPerOperator);
        if (maxAccountsPerOperator < minAccountsPerOperator) {
            throw new IllegalArgumentException("maxAccountsPerOperator (" + maxAccountsPerOperator
                    + ") must be at least minAccountsPerOperator (" + minAccountsPerOperator + ")");
        }
        if (cues < teams) {
            throw new IllegalArgumentException("cues (" + cues + ") must be at least teams (" + teams
                    + "): every team acts on at least one cue");
        }
        share("attackShare", attackShare);
        share("livestreamShare", livestreamShare);
        share("jointCueShare", jointCueShare);
        if (!(participation > 0) || participation > 1) {
            throw new IllegalArgumentException("participation must be in (0, 1], was " + participation);
        }
        if (!(timingJitter > 0) || timingJitter > 100) {
            throw new IllegalArgumentException("timingJitter must be in (0, 100], was " + timingJitter);
        }
        if (!(coverActivityRate >= 0) || coverActivityRate > 1000) {
            throw new IllegalArgumentException("coverActivityRate must be in [0, 1000], was " + coverActivityRate);
        }
        share("organicHandleShare", organicHandleShare);
        share("paraphraseStrength", paraphraseStrength);
        if (governmentPages + critics >= organicAccounts) {
            throw new IllegalArgumentException("organicAccounts (" + organicAccounts
                    + ") must exceed governmentPages + critics (" + (governmentPages + critics) + ")");
        }
        if ((long) organicAccounts + (long) teams * operatorsPerTeam * maxAccountsPerOperator >= MAX_ACCOUNTS) {
            throw new IllegalArgumentException("at most " + (MAX_ACCOUNTS - 1) + " accounts can be simulated");
        }
    }

    /** The {@code default} scenario. */
    public static ScenarioParameters defaults() {
        return new ScenarioParameters(10_000, 30, LocalDate.of(2024, 3, 4), ZoneOffset.ofHours(5),
                1.5, 1.6, 0.005, 0.01, 6, 8, 0.85, 0.5,
                3, 4, 6, 14, 60, 0.4, 0.15, 0.1,
                0.8, 1.0, 3.0, 0.15, 0.5);
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + v);
        }
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
        }
    }

    /** Changes some parameters of a scenario; {@link #build()} validates. */
    public static final class Builder {
        private int organicAccounts;
        private int days;
        private LocalDate startDate;
        private ZoneOffset timeZone;
        private double actionsPerAccountDay;
        private double activityTailExponent;
        private double hyperactiveShare;
        private double pageShare;
        private int governmentPages;
        private int critics;
        private double viralitySkew;
        private double homophily;
        private int teams;
        private int operatorsPerTeam;
        private int minAccountsPerOperator;
        private int maxAccountsPerOperator;
        private int cues;
        private double attackShare;
        private double livestreamShare;
        private double jointCueShare;
        private double participation;
        private double timingJitter;
        private double coverActivityRate;
        private double organicHandleShare;
        private double paraphraseStrength;

        Builder(ScenarioParameters p) {
            organicAccounts = p.organicAccounts;
            days = p.days;
            startDate = p.startDate;
            timeZone = p.timeZone;
            actionsPerAccountDay = p.actionsPerAccountDay;
            activityTailExponent = p.activityTailExponent;
            hyperactiveShare = p.hyperactiveShare;
            pageShare = p.pageShare;
            governmentPages = p.governmentPages;
            critics = p.critics;
            viralitySkew = p.viralitySkew;
            homophily = p.homophily;
            teams = p.teams;
            operatorsPerTeam = p.operatorsPerTeam;
            minAccountsPerOperator = p.minAccountsPerOperator;
            maxAccountsPerOperator = p.maxAccountsPerOperator;
            cues = p.cues;
            attackShare = p.attackShare;
            livestreamShare = p.livestreamShare;
            jointCueShare = p.jointCueShare;
            participation = p.participation;
            timingJitter = p.timingJitter;
            coverActivityRate = p.coverActivityRate;
            organicHandleShare = p.organicHandleShare;
            paraphraseStrength = p.paraphraseStrength;
        }

        public Builder organicAccounts(int v) { organicAccounts = v; return this; }
        public Builder days(int v) { days = v; return this; }
        public Builder startDate(LocalDate v) { startDate = v; return this; }
        public Builder timeZone(ZoneOffset v) { timeZone = v; return this; }
        public Builder actionsPerAccountDay(double v) { actionsPerAccountDay = v; return this; }
        public Builder activityTailExponent(double v) { activityTailExponent = v; return this; }
        public Builder hyperactiveShare(double v) { hyperactiveShare = v; return this; }
        public Builder pageShare(double v) { pageShare = v; return this; }
        public Builder governmentPages(int v) { governmentPages = v; return this; }
        public Builder critics(int v) { critics = v; return this; }
        public Builder viralitySkew(double v) { viralitySkew = v; return this; }
        public Builder homophily(double v) { homophily = v; return this; }
        public Builder teams(int v) { teams = v; return this; }
        public Builder operatorsPerTeam(int v) { operatorsPerTeam = v; return this; }
        public Builder minAccountsPerOperator(int v) { minAccountsPerOperator = v; return this; }
        public Builder maxAccountsPerOperator(int v) { maxAccountsPerOperator = v; return this; }
        public Builder cues(int v) { cues = v; return this; }
        public Builder attackShare(double v) { attackShare = v; return this; }
        public Builder livestreamShare(double v) { livestreamShare = v; return this; }
        public Builder jointCueShare(double v) { jointCueShare = v; return this; }
        public Builder participation(double v) { participation = v; return this; }
        public Builder timingJitter(double v) { timingJitter = v; return this; }
        public Builder coverActivityRate(double v) { coverActivityRate = v; return this; }
        public Builder organicHandleShare(double v) { organicHandleShare = v; return this; }
        public Builder paraphraseStrength(double v) { paraphraseStrength = v; return this; }

        public ScenarioParameters build() {
            return new ScenarioParameters(organicAccounts, days, startDate, timeZone, actionsPerAccountDay,
                    activityTailExponent, hyperactiveShare, pageShare, governmentPages, critics, viralitySkew,
                    homophily, teams, operatorsPerTeam, minAccountsPerOperator, maxAccountsPerOperator, cues,
                    attackShare, livestreamShare, jointCueShare, participation, timingJitter, coverActivityRate,
                    organicHandleShare, paraphraseStrength);
        }
    }
}
