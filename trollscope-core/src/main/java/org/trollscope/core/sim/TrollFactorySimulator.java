package org.trollscope.core.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.eval.Role;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;

/**
 * Simulates social-media activity with a planted troll factory and its ground truth: an organic
 * crowd (heavy-tailed activity, a diurnal rhythm in local time, pages, viral cascades in which
 * strangers co-act within minutes, hyperactive accounts) and a factory of teams of operators who
 * run several accounts each, act on cues in office hours and at evening livestreams (leader first,
 * then each operator cycling through their accounts), amplify government posts, attack critics with
 * varied templated replies, and keep up cover activity. The model follows published accounts of
 * the Tajik factory (operators with ~10 accounts in teams with leaders, cued by e-mail).
 *
 * <p>Generation streams one local day at a time: a day's actions are sorted by id (= time) and
 * handed to the consumer once no later day can add earlier actions, so memory is O(accounts + one
 * day's actions) and the output is globally time-ordered. Actions after the observed period are not
 * observed. Everything is drawn from streams derived from the seed: the same parameters and seed
 * give the same actions, accounts, labels and cues.
 */
public final class TrollFactorySimulator {
    /** The platform name written in every action. */
    public static final String PLATFORM = "sim";

    private final ScenarioParameters parameters;
    private final long seed;
    private final Population pop;
    private final ProfileComposer profiles;
    private final CuePlan plan;

    public TrollFactorySimulator(ScenarioParameters parameters, long seed) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.seed = seed;
        this.pop = new Population(parameters, seed);
        this.profiles = new ProfileComposer(pop, seed);
        this.plan = new CuePlan(pop, seed);
    }

    public ScenarioParameters parameters() {
        return parameters;
    }

    public long seed() {
        return seed;
    }

    /** Start of the observed period (local midnight of the start date). */
    public Instant start() {
        return Instant.ofEpochMilli(pop.start);
    }

    /** End of the observed period (exclusive). */
    public Instant end() {
        return Instant.ofEpochMilli(endMillis());
    }

    public int organicAccounts() {
        return pop.organic;
    }

    public int factoryAccounts() {
        return pop.factoryAccounts();
    }

    /**
     * Passes every account in the order of account ids, with its profile and label. Handles are unique: a
     * handle already taken gets a numeric suffix. Holds the set of handles while it runs.
     */
    public void forEachAccount(Consumer<SimulatedAccount> consumer) {
        Set<String> handles = new HashSet<>();
        for (int i : accountsById()) {
            AccountProfile profile = profiles.compose(i);
            String handle = profile.handle();
            for (int k = 2; !handles.add(handle); k++) {
                handle = profile.handle() + "_" + k;
            }
            if (!handle.equals(profile.handle())) {
                profile = new AccountProfile(handle, profile.displayName(), profile.createdAt(), profile.followers(),
                        profile.following(), profile.bio(), profile.avatar());
            }
            consumer.accept(new SimulatedAccount(pop.accountId(i), profile, label(i)));
        }
    }

    /** The ground-truth label of every account, in the order of {@link #forEachAccount}. */
    public List<AccountLabel> labels() {
        List<AccountLabel> labels = new ArrayList<>(pop.total);
        for (int i : accountsById()) {
            labels.add(label(i));
        }
        return labels;
    }

    /** Account indices ordered by account id (= creation time), so file order reveals nothing else. */
    private int[] accountsById() {
        return IntStream.range(0, pop.total).boxed()
                .sorted(Comparator.comparingLong(i -> pop.id[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    private AccountLabel label(int i) {
        if (!pop.isFactory(i)) {
            return AccountLabel.organic(pop.accountId(i));
        }
        int f = i - pop.organic;
        int team = pop.teamOf[f];
        return new AccountLabel(pop.accountId(i), true, Population.operatorName(pop.operatorOf[f]),
                Population.teamName(team), pop.teamLeader[team] == i ? Role.LEADER : Role.MEMBER);
    }

    /** The cues, one row per cue and team, ordered by time, then id, then team. */
    public List<Cue> cues() {
        List<Cue> cues = new ArrayList<>();
        FactoryActivity factory = new FactoryActivity(pop, profiles, plan, seed);
        for (CuePlan.PlannedCue c : plan.cues) {
            int[] teams = c.teams().clone();
            Arrays.sort(teams);
            for (int t : teams) {
                long first = factory.leaderStart(c, t);
                cues.add(new Cue(c.id(), Instant.ofEpochMilli(c.time()), Population.teamName(t), c.kind(),
                        Long.toString(c.postId()), pop.accountId(c.targetAccount()), c.livestream(),
                        first < endMillis() ? Instant.ofEpochMilli(first) : null));
            }
        }
        return cues;
    }

    /**
     * Generates every action in time order and passes them to {@code sink} in chunks (about one day
     * each; a chunk list is not reused).
     */
    public SimulationSummary generate(Consumer<List<Action>> sink, ProgressListener progress) {
        OrganicActivity organic = new OrganicActivity(pop, seed);
        FactoryActivity factory = new FactoryActivity(pop, profiles, plan, seed);
        long end = endMillis();
        List<SimAction> buffer = new ArrayList<>();
        long actions = 0;
        long factoryActions = 0;
        long cueActions = 0;
        int nextCue = 0;
        progress.start("simulate", parameters.days());
        for (int d = 0; d < parameters.days(); d++) {
            long dayEnd = pop.start + (d + 1) * DiurnalRhythm.DAY;
            List<CuePlan.PlannedCue> today = new ArrayList<>();
            // cues are sorted by cue time, and a cue's post is on the cue's day
            while (nextCue < plan.cues.length && plan.cues[nextCue].postTime() < dayEnd) {
                today.add(plan.cues[nextCue++]);
            }
            List<DayPost> posts = organic.day(d, today, buffer, end);
            for (CuePlan.PlannedCue c : today) {
                int n = factory.cue(c, buffer, end);
                cueActions += n;
                factoryActions += n;
            }
            factoryActions += factory.cover(d, posts, buffer, end);
            buffer.sort(Comparator.comparingLong(SimAction::id));
            int cut = 0;
            while (cut < buffer.size() && buffer.get(cut).time() < dayEnd) {
                cut++;
            }
            List<SimAction> ready = buffer.subList(0, cut);
            actions += emit(ready, sink);
            buffer = new ArrayList<>(buffer.subList(cut, buffer.size()));
            progress.advance(1);
        }
        actions += emit(buffer, sink);
        progress.finish();
        return new SimulationSummary(actions, factoryActions, cueActions, pop.organic, pop.factoryAccounts(),
                plan.cues.length);
    }

    private long emit(List<SimAction> sorted, Consumer<List<Action>> sink) {
        if (sorted.isEmpty()) {
            return 0;
        }
        List<Action> chunk = new ArrayList<>(sorted.size());
        long previous = Long.MIN_VALUE;
        for (SimAction a : sorted) {
            if (a.id() == previous) {
                throw new IllegalStateException("two simulated actions drew the same id " + a.id()
                        + " (a 1 in 4 million chance within one millisecond); use another seed");
            }
            previous = a.id();
            chunk.add(new Action(Long.toString(a.id()), PLATFORM, pop.accountId(a.account()), a.type(),
                    a.target() < 0 ? null : Long.toString(a.target()),
                    a.targetAccount() < 0 ? null : pop.accountId(a.targetAccount()),
                    a.text(), a.urls(), a.hashtags(), a.media(), Instant.ofEpochMilli(a.time())));
        }
        sink.accept(chunk);
        return chunk.size();
    }

    private long endMillis() {
        return pop.start + parameters.days() * DiurnalRhythm.DAY;
    }
}
