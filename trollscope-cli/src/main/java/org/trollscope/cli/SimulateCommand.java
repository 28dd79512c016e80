package org.trollscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.sim.Scenario;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.core.sim.SimulationSummary;
import org.trollscope.core.sim.TrollFactorySimulator;
import org.trollscope.io.simulate.SimulationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trollscope simulate}: writes a simulated troll factory in its crowd, with ground truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {
            "Simulates social-media activity with a planted troll factory and writes actions.csv, accounts.csv,",
            "labels.csv (ground truth), cues.csv and scenario.json. Options left out take the scenario's values.",
        })
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", defaultValue = "default", paramLabel = "NAME",
            description = "default, hard, small-farm or large-organic (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--organic-accounts", paramLabel = "N", description = "Organic accounts (default 10000).")
    Integer organicAccounts;
    @Option(names = "--days", paramLabel = "N", description = "Days simulated (default 30).")
    Integer days;
    @Option(names = "--start-date", paramLabel = "DATE", description = "First local day, e.g. 2024-03-04.")
    LocalDate startDate;
    @Option(names = "--time-zone", paramLabel = "OFFSET", description = "Local UTC offset (default +05:00).")
    String timeZone;
    @Option(names = "--actions-per-account-day", paramLabel = "X", description = "Mean organic actions per account and day (default 1.5).")
    Double actionsPerAccountDay;
    @Option(names = "--activity-tail-exponent", paramLabel = "X", description = "Pareto exponent of organic activity, > 1.05; smaller = heavier tail (default 1.6).")
    Double activityTailExponent;
    @Option(names = "--hyperactive-share", paramLabel = "X", description = "Share of hyperactive organic accounts (default 0.005).")
    Double hyperactiveShare;
    @Option(names = "--page-share", paramLabel = "X", description = "Share of organic accounts that are pages (default 0.01).")
    Double pageShare;
    @Option(names = "--government-pages", paramLabel = "N", description = "Government pages the factory amplifies (default 6).")
    Integer governmentPages;
    @Option(names = "--critics", paramLabel = "N", description = "Critics the factory attacks (default 8).")
    Integer critics;
    @Option(names = "--virality-skew", paramLabel = "X", description = "0..0.95; larger = a few posts go viral (default 0.85).")
    Double viralitySkew;
    @Option(names = "--homophily", paramLabel = "X", description = "Share of engagement from the author's community (default 0.5).")
    Double homophily;
    @Option(names = "--teams", paramLabel = "N", description = "Factory teams (default 3).")
    Integer teams;
    @Option(names = "--operators-per-team", paramLabel = "N", description = "Operators per team (default 4).")
    Integer operatorsPerTeam;
    @Option(names = "--min-accounts-per-operator", paramLabel = "N", description = "Default 6.")
    Integer minAccountsPerOperator;
    @Option(names = "--max-accounts-per-operator", paramLabel = "N", description = "Default 14.")
    Integer maxAccountsPerOperator;
    @Option(names = "--cues", paramLabel = "N", description = "Cues over the period (default 60).")
    Integer cues;
    @Option(names = "--attack-share", paramLabel = "X", description = "Share of office-hour cues that attack a critic (default 0.4).")
    Double attackShare;
    @Option(names = "--livestream-share", paramLabel = "X", description = "Share of cues at a critic's 20:00 livestream (default 0.15).")
    Double livestreamShare;
    @Option(names = "--joint-cue-share", paramLabel = "X", description = "Share of cues given to all teams at once (default 0.1).")
    Double jointCueShare;
    @Option(names = "--participation", paramLabel = "X", description = "Probability a member account acts on a cue (default 0.8).")
    Double participation;
    @Option(names = "--timing-jitter", paramLabel = "X", description = "Multiplier of the factory's delays (default 1).")
    Double timingJitter;
    @Option(names = "--cover-activity-rate", paramLabel = "X", description = "Cover actions per factory account and weekday (default 3).")
    Double coverActivityRate;
    @Option(names = "--organic-handle-share", paramLabel = "X", description = "Share of factory accounts with organic-looking handles (default 0.15).")
    Double organicHandleShare;
    @Option(names = "--paraphrase-strength", paramLabel = "X", description = "0 = verbatim attack templates, 1 = heavily varied (default 0.5).")
    Double paraphraseStrength;

    @Override
    public Integer call() throws Exception {
        ScenarioParameters p = parameters();
        TrollFactorySimulator sim = new TrollFactorySimulator(p, seed);
        Scenario preset = Scenario.parse(scenario);
        SimulationSummary s = SimulationWriter.write(sim, preset.wireName(), VersionProvider.version(), out,
                ProgressListener.NONE);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "scenario %s, seed %d: %,d actions (%,d by the factory, %,d on %d cues)%n",
                preset.wireName(), seed, s.actions(), s.factoryActions(), s.cueActions(), s.cues());
        w.printf(Locale.ROOT, "%,d organic accounts, %,d factory accounts in %d teams%n",
                s.organicAccounts(), s.factoryAccounts(), p.teams());
        w.printf("wrote %s%n", out);
        w.flush();
        return 0;
    }

    ScenarioParameters parameters() {
        ScenarioParameters.Builder b = Scenario.parse(scenario).parameters().toBuilder();
        if (organicAccounts != null) b.organicAccounts(organicAccounts);
        if (days != null) b.days(days);
        if (startDate != null) b.startDate(startDate);
        if (timeZone != null) b.timeZone(offset(timeZone));
        if (actionsPerAccountDay != null) b.actionsPerAccountDay(actionsPerAccountDay);
        if (activityTailExponent != null) b.activityTailExponent(activityTailExponent);
        if (hyperactiveShare != null) b.hyperactiveShare(hyperactiveShare);
        if (pageShare != null) b.pageShare(pageShare);
        if (governmentPages != null) b.governmentPages(governmentPages);
        if (critics != null) b.critics(critics);
        if (viralitySkew != null) b.viralitySkew(viralitySkew);
        if (homophily != null) b.homophily(homophily);
        if (teams != null) b.teams(teams);
        if (operatorsPerTeam != null) b.operatorsPerTeam(operatorsPerTeam);
        if (minAccountsPerOperator != null) b.minAccountsPerOperator(minAccountsPerOperator);
        if (maxAccountsPerOperator != null) b.maxAccountsPerOperator(maxAccountsPerOperator);
        if (cues != null) b.cues(cues);
        if (attackShare != null) b.attackShare(attackShare);
        if (livestreamShare != null) b.livestreamShare(livestreamShare);
        if (jointCueShare != null) b.jointCueShare(jointCueShare);
        if (participation != null) b.participation(participation);
        if (timingJitter != null) b.timingJitter(timingJitter);
        if (coverActivityRate != null) b.coverActivityRate(coverActivityRate);
        if (organicHandleShare != null) b.organicHandleShare(organicHandleShare);
        if (paraphraseStrength != null) b.paraphraseStrength(paraphraseStrength);
        return b.build();
    }

    private static ZoneOffset offset(String text) {
        try {
            return ZoneOffset.of(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--time-zone must be a UTC offset like +05:00, was '" + text + "'");
        }
    }
}
