package org.trollscope.core.operation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.model.ActivityLog;

/**
 * Per account, the signals that explain why it may belong to an operation, each measured as a
 * component in [0, 1], and the score: their sum weighted as {@link AccountSignal} states. Computed
 * for every account, coordinated or not, so the score can rank accounts the significance tests did
 * not keep; it never decides which accounts are coordinated.
 *
 * <ul>
 * <li><b>network</b>: 0.5 for a kept link, 0.25 for an operator, 0.25 for a team.</li>
 * <li><b>cues</b>: the share of the account's actions made on cue bursts, that is on the target of
 *     one of a cue's episodes between that episode's first and last action; 0 below
 *     {@code minCues} distinct cues (one cue is chance for a busy account).</li>
 * <li><b>office hours</b>: the share {@code s} of its actions Monday to Friday within office hours
 *     (local time in {@code officeZone}, else inferred: the offset putting the centre of the organic
 *     accounts' quietest three hours of the day at 04:00), against the share {@code b} of the organic
 *     (not coordinated) accounts' actions there: {@code (s - b) / (1 - b)} clipped to [0, 1], from
 *     {@code minRhythmActions} actions.</li>
 * <li><b>creation batch</b>: of the accounts created within {@code batchWindow} of it, those beyond
 *     the number expected from the registrations within {@code backgroundWindow}: a batch of
 *     {@code k} accounts (it included) beyond the expected gives {@code (k - 2) / (fullBatch - 2)},
 *     clipped.</li>
 * <li><b>default handle</b>: 1 when the handle has the shape of a name followed by two or more
 *     digits ({@link HandleShape} {@code a99}, {@code a_a9999}, {@code a.a999}...), as sign-up forms
 *     suggest and bulk registrations produce; about a third of organic handles look like this too.</li>
 * <li><b>blocking windows</b>: known events with an end in which the organic accounts kept less than
 *     {@code blockedRetention} of their usual rate (actions per hour over the data's span) are
 *     blocking windows; with {@code r0} the organic accounts' retention there and {@code r} the
 *     account's (its actions in the windows over those expected at its own rate, at most 1), the
 *     component is {@code (r - r0) / (1 - r0)}, clipped, from {@code minBlockedActions} actions in the
 *     windows.</li>
 * </ul>
 *
 * <p>Cost O(N · (E + W) + A log A + C · s) for N actions, A accounts, E known events, W merged
 * blocking windows, C actions on cue targets and s cues per target.
 * Deterministic: sums run in a fixed order and every tie is broken by account rank. The six
 * measurements and the reasons citing them stay in one class, longer than most, so that each reason
 * prints exactly the figures its component was computed from.
 */
public final class AccountSignals {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final Pattern DEFAULT_SHAPE = Pattern.compile("a([._]a)*[._]?9{2,}");
    /** Organic actions needed to infer the office zone from their rhythm; fewer → UTC. */
    static final int MIN_RHYTHM_BASELINE = 1_000;

    private final AccountSignalParameters parameters;
    private final ActivityLog log;
    private final AccountOrder order;
    private final double[][] component;
    private final int[] actions;
    private final IntPredicate coordinated;
    private final IntUnaryOperator degree;
    private final int[] operatorOf;
    private final int[] teamOf;
    private final boolean[] leader;
    private final List<Team> teams;
    private final OperationParameters operation;
    // cues
    private final int cueCount;
    private final int[] cueActions;
    private final int[][] cuesOf;
    // office hours
    private final ZoneOffset zone;
    private final boolean zoneInferred;
    private final long organicActions;
    private final int[] officeActions;
    private final double officeBaseline;
    // creation batches
    private final int[] batchOthers;
    private final double[] batchExpected;
    private final long[] batchFirst;
    private final long[] batchLast;
    // handles
    private final double defaultHandleShare;
    private final boolean handlesGiven;
    // blocking windows
    private final List<KnownEvent> blockingWindows = new ArrayList<>();
    private final int[] blockedActions;
    private final double[] blockedExpected;
    private double organicRetention = Double.NaN;

    private AccountSignals(ActivityLog log, AccountOrder order, IntPredicate coordinated, IntUnaryOperator degree,
                           List<Cue> cues, List<Episode> episodes, int[] operatorOf, int[] teamOf, boolean[] leader,
                           List<Team> teams, List<KnownEvent> events, OperationParameters op,
                           AccountSignalParameters p) {
        this.parameters = p;
        this.log = log;
        this.order = order;
        this.coordinated = coordinated;
        this.degree = degree;
        this.operatorOf = operatorOf;
        this.teamOf = teamOf;
        this.leader = leader;
        this.teams = teams;
        this.operation = op;
        int n = order.size();
        component = new double[AccountSignal.values().length][n];
        actions = new int[n];
        int[] rankOfRow = new int[log.size()];
        for (int row = 0; row < log.size(); row++) {
            rankOfRow[row] = order.rank(log.account(row));
            actions[rankOfRow[row]]++;
        }
        for (int a = 0; a < n; a++) {
            component[AccountSignal.NETWORK.ordinal()][a] = (coordinated.test(a) ? 0.5 : 0)
                    + (operatorOf[a] > 0 ? 0.25 : 0) + (teamOf[a] > 0 ? 0.25 : 0);
        }
        cueCount = cues.size();
        cueActions = new int[n];
        cuesOf = new int[n][];
        cues(cues, episodes, rankOfRow);
        officeActions = new int[n];
        long[] organicHours = new long[24];
        for (int row = 0; row < log.size(); row++) {
            if (!coordinated.test(rankOfRow[row])) {
                organicHours[(int) (Math.floorMod(log.time(row), DAY) / HOUR)]++;
            }
        }
        zoneInferred = p.officeZone() == null;
        organicActions = Arrays.stream(organicHours).sum();
        zone = zoneInferred ? inferZone(organicHours) : p.officeZone();
        officeBaseline = office(rankOfRow);
        batchOthers = new int[n];
        batchExpected = new double[n];
        batchFirst = new long[n];
        batchLast = new long[n];
        batches();
        int withHandle = 0;
        int looksDefault = 0;
        for (int a = 0; a < n && p.handles(); a++) {
            String h = handle(a);
            if (h != null) {
                withHandle++;
                if (isDefaultLooking(h)) {
                    looksDefault++;
                    component[AccountSignal.DEFAULT_HANDLE.ordinal()][a] = 1;
                }
            }
        }
        handlesGiven = withHandle > 0;
        defaultHandleShare = withHandle == 0 ? 0 : (double) looksDefault / withHandle;
        blockedActions = new int[n];
        blockedExpected = new double[n];
        blocking(events, rankOfRow);
    }

    static AccountSignals of(ActivityLog log, AccountOrder order, IntPredicate coordinated, IntUnaryOperator degree,
                             List<Cue> cues, List<Episode> episodes, int[] operatorOf, int[] teamOf, boolean[] leader,
                             List<Team> teams, List<KnownEvent> events, OperationParameters op,
                             AccountSignalParameters p) {
        return new AccountSignals(log, order, coordinated, degree, cues, episodes, operatorOf, teamOf, leader, teams,
                events, op, p);
    }

    // ---- cues -----------------------------------------------------------------------------------

    private void cues(List<Cue> cues, List<Episode> episodes, int[] rankOfRow) {
        Map<Integer, Episode> byId = new HashMap<>();
        for (Episode e : episodes) {
            byId.put(e.id(), e);
        }
        Map<Integer, List<long[]>> spans = new HashMap<>();   // target → {start, end, cue}
        for (Cue c : cues) {
            for (int id : c.episodes()) {
                Episode e = byId.get(id);
                spans.computeIfAbsent(log.target(e.rows()[0]), t -> new ArrayList<>())
                        .add(new long[] {e.start(), e.end(), c.id()});
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        Map<Integer, TreeSet<Integer>> cueIds = new HashMap<>();
        for (int row = 0; row < log.size(); row++) {
            int t = log.target(row);
            if (t == ActivityLog.NONE) {
                continue;
            }
            List<long[]> s = spans.get(t);
            if (s == null) {
                continue;
            }
            long time = log.time(row);
            for (long[] span : s) {
                if (time >= span[0] && time <= span[1]) {
                    int a = rankOfRow[row];
                    cueActions[a]++;
                    cueIds.computeIfAbsent(a, x -> new TreeSet<>()).add((int) span[2]);
                    break;   // episodes on one target never overlap
                }
            }
        }
        cueIds.forEach((a, ids) -> {
            cuesOf[a] = ids.stream().mapToInt(Integer::intValue).toArray();
            if (ids.size() >= parameters.minCues()) {
                component[AccountSignal.CUES.ordinal()][a] = (double) cueActions[a] / actions[a];
            }
        });
    }

    // ---- office hours ---------------------------------------------------------------------------

    /**
     * The offset putting the centre of the quietest three hours of the organic accounts' day (UTC
     * hours, smoothed circularly; ties: the earliest) at 04:00 local: people sleep then wherever
     * they live. UTC when fewer than {@link #MIN_RHYTHM_BASELINE} organic actions.
     */
    static ZoneOffset inferZone(long[] organicHours) {
        long total = Arrays.stream(organicHours).sum();
        if (total < MIN_RHYTHM_BASELINE) {
            return ZoneOffset.UTC;
        }
        int quietest = 0;
        long least = Long.MAX_VALUE;
        for (int h = 0; h < 24; h++) {
            long s = organicHours[(h + 23) % 24] + organicHours[h] + organicHours[(h + 1) % 24];
            if (s < least) {
                least = s;
                quietest = h;
            }
        }
        int offset = Math.floorMod(4 - quietest, 24);
        return ZoneOffset.ofHours(offset > 12 ? offset - 24 : offset);
    }

    /** Whether the instant falls Monday to Friday within office hours in the zone. */
    boolean inOfficeHours(long time) {
        long local = time + zone.getTotalSeconds() * 1000L;
        long day = Math.floorDiv(local, DAY);
        int dayOfWeek = (int) Math.floorMod(day + 3, 7);   // 1970-01-01 was a Thursday; 0 = Monday
        int hour = (int) (Math.floorMod(local, DAY) / HOUR);
        return dayOfWeek < 5 && hour >= parameters.officeStartHour() && hour < parameters.officeEndHour();
    }

    /**
     * Counts office-hour actions per account; fills the component; returns the organic baseline.
     * Needs {@link #organicActions} counted.
     */
    private double office(int[] rankOfRow) {
        long organicOffice = 0;
        for (int row = 0; row < log.size(); row++) {
            int a = rankOfRow[row];
            boolean in = inOfficeHours(log.time(row));
            if (in) {
                officeActions[a]++;
            }
            if (in && !coordinated.test(a)) {
                organicOffice++;
            }
        }
        double b = officeBaselineAssumed()
                ? 5.0 * (parameters.officeEndHour() - parameters.officeStartHour()) / (7 * 24)
                : (double) organicOffice / organicActions;
        for (int a = 0; a < actions.length; a++) {
            if (actions[a] >= parameters.minRhythmActions() && b < 1) {
                double s = (double) officeActions[a] / actions[a];
                component[AccountSignal.OFFICE_HOURS.ordinal()][a] = clip((s - b) / (1 - b));
            }
        }
        return b;
    }

    // ---- creation batches -----------------------------------------------------------------------

    private void batches() {
        List<long[]> born = new ArrayList<>();   // {created, rank}
        for (int a = 0; a < order.size(); a++) {
            Instant t = log.profile(order.account(a)).createdAt();
            if (t != null) {
                born.add(new long[] {t.toEpochMilli(), a});
            }
        }
        born.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        long w = parameters.batchWindow().toMillis();
        long bg = parameters.backgroundWindow().toMillis();
        int m = born.size();
        int lo = 0;
        int hi = 0;
        int bgLo = 0;
        int bgHi = 0;
        for (int i = 0; i < m; i++) {
            long t = born.get(i)[0];
            while (born.get(lo)[0] < t - w) {
                lo++;
            }
            while (hi + 1 < m && born.get(hi + 1)[0] <= t + w) {
                hi++;
            }
            while (born.get(bgLo)[0] < t - bg) {
                bgLo++;
            }
            while (bgHi + 1 < m && born.get(bgHi + 1)[0] <= t + bg) {
                bgHi++;
            }
            int a = (int) born.get(i)[1];
            int others = hi - lo;
            double background = (double) ((bgHi - bgLo) - (hi - lo)) / (2 * (bg - w));   // registrations per ms
            batchOthers[a] = others;
            batchExpected[a] = background * 2 * w;
            batchFirst[a] = born.get(lo)[0];
            batchLast[a] = born.get(hi)[0];
            double beyond = others + 1 - batchExpected[a];
            component[AccountSignal.CREATION_BATCH.ordinal()][a] = clip((beyond - 2) / (parameters.fullBatch() - 2));
        }
    }

    // ---- handles --------------------------------------------------------------------------------

    private String handle(int rank) {
        String h = log.profile(order.account(rank)).handle();
        if (h == null || h.isBlank()) {
            return null;
        }
        h = h.strip();
        return h.startsWith("@") ? h.substring(1) : h;
    }

    /** A name followed by two or more digits: {@code surayo2008}, {@code nigora_murodova921}. */
    static boolean isDefaultLooking(String handle) {
        return DEFAULT_SHAPE.matcher(HandleShape.of(handle)).matches();
    }

    // ---- blocking windows -----------------------------------------------------------------------

    private void blocking(List<KnownEvent> events, int[] rankOfRow) {
        if (log.size() == 0 || events.isEmpty()) {
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long organic = 0;
        for (int row = 0; row < log.size(); row++) {
            first = Math.min(first, log.time(row));
            last = Math.max(last, log.time(row));
            if (!coordinated.test(rankOfRow[row])) {
                organic++;
            }
        }
        long span = last - first;
        if (span <= 0 || organic == 0) {
            return;
        }
        for (KnownEvent e : events) {
            if (e.end() <= e.start()) {
                continue;
            }
            long from = Math.max(e.start(), first);
            long to = Math.min(e.end(), last);
            if (to <= from) {
                continue;
            }
            long inside = 0;
            for (int row = 0; row < log.size(); row++) {
                long t = log.time(row);
                if (t >= e.start() && t <= e.end() && !coordinated.test(rankOfRow[row])) {
                    inside++;
                }
            }
            double retention = (inside / (double) (to - from)) / (organic / (double) span);
            if (retention < parameters.blockedRetention()) {
                blockingWindows.add(e);
            }
        }
        if (blockingWindows.isEmpty()) {
            return;
        }
        List<long[]> merged = merged(blockingWindows, first, last);
        long covered = merged.stream().mapToLong(x -> x[1] - x[0]).sum();
        long organicInside = 0;
        for (int row = 0; row < log.size(); row++) {
            if (inside(merged, log.time(row))) {
                blockedActions[rankOfRow[row]]++;
                if (!coordinated.test(rankOfRow[row])) {
                    organicInside++;
                }
            }
        }
        double fraction = (double) covered / span;
        organicRetention = organicInside / (organic * fraction);
        double r0 = Math.min(1, organicRetention);
        for (int a = 0; a < actions.length; a++) {
            blockedExpected[a] = actions[a] * fraction;
            if (blockedActions[a] >= parameters.minBlockedActions() && r0 < 1) {
                double r = Math.min(1, blockedActions[a] / blockedExpected[a]);
                component[AccountSignal.BLOCKING_WINDOWS.ordinal()][a] = clip((r - r0) / (1 - r0));
            }
        }
    }

    /** The windows clipped to [first, last], sorted and merged where they overlap. */
    private static List<long[]> merged(List<KnownEvent> windows, long first, long last) {
        List<long[]> w = new ArrayList<>();
        for (KnownEvent e : windows) {
            w.add(new long[] {Math.max(e.start(), first), Math.min(e.end(), last)});
        }
        w.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        List<long[]> out = new ArrayList<>();
        for (long[] x : w) {
            if (!out.isEmpty() && x[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], x[1]);
            } else {
                out.add(x.clone());
            }
        }
        return out;
    }

    private static boolean inside(List<long[]> merged, long t) {
        for (long[] x : merged) {
            if (t >= x[0] && t <= x[1]) {
                return true;
            }
        }
        return false;
    }

    // ---- results --------------------------------------------------------------------------------

    public AccountSignalParameters parameters() {
        return parameters;
    }

    /** The signal's component for the account, in [0, 1]. */
    public double component(AccountSignal s, int rank) {
        return component[s.ordinal()][rank];
    }

    /** The weighted sum of the account's components, in [0, 1]. */
    public double score(int rank) {
        double sum = 0;
        for (AccountSignal s : AccountSignal.values()) {
            sum += s.weight() * component[s.ordinal()][rank];
        }
        return sum;
    }

    /** Accounts (ranks) whose component of the signal is above zero. */
    public int fired(AccountSignal s) {
        int k = 0;
        for (double c : component[s.ordinal()]) {
            if (c > 0) {
                k++;
            }
        }
        return k;
    }

    /**
     * Whether the input can show the signal at all: creation times for batches, handles, known
     * blocking windows; the others always. A signal it cannot show is 0 for every account.
     */
    public boolean available(AccountSignal s) {
        return switch (s) {
            case CREATION_BATCH -> hasCreationTimes();
            case DEFAULT_HANDLE -> handlesGiven;
            case BLOCKING_WINDOWS -> !blockingWindows.isEmpty();
            default -> true;
        };
    }

    private boolean hasCreationTimes() {
        for (int a = 0; a < order.size(); a++) {
            if (log.profile(order.account(a)).createdAt() != null) {
                return true;
            }
        }
        return false;
    }

    /** The office-hours zone used (given, or inferred from the organic rhythm). */
    public ZoneOffset officeZone() {
        return zone;
    }

    /** The office zone as people write it: {@code UTC} or {@code UTC+05:00}. */
    public String officeZoneLabel() {
        return "UTC" + (zone.getId().equals("Z") ? "" : zone.getId());
    }

    public boolean officeZoneInferred() {
        return zoneInferred;
    }

    /**
     * Where the office zone came from, in words: {@code given}, {@code inferred from the organic
     * rhythm}, or {@code too few organic actions to infer it} (UTC is then used).
     */
    public String officeZoneSource() {
        if (!zoneInferred) {
            return "given";
        }
        return organicActions >= MIN_RHYTHM_BASELINE ? "inferred from the organic rhythm"
                : "too few organic actions to infer it";
    }

    /** The organic (not coordinated) accounts' share of actions in office hours. */
    public double officeBaseline() {
        return officeBaseline;
    }

    /**
     * Whether the input has no organic action, so that {@link #officeBaseline} is not measured but
     * the share of a uniform week's hours that are office hours.
     */
    public boolean officeBaselineAssumed() {
        return organicActions == 0;
    }

    /** Share of the handles given that look like defaults (0 without handles). */
    public double defaultHandleShare() {
        return defaultHandleShare;
    }

    /** Known events with an end in which organic activity fell below the blocked retention. */
    public List<KnownEvent> blockingWindows() {
        return List.copyOf(blockingWindows);
    }

    /** The organic accounts' actions in the blocking windows over those expected at their usual rate; NaN without windows. */
    public double organicRetention() {
        return organicRetention;
    }

    /** Actions the account made on cue bursts. */
    public int cueActions(int rank) {
        return cueActions[rank];
    }

    /** Ids of the cues the account acted on, ascending. */
    public int[] cuesOf(int rank) {
        return cuesOf[rank] == null ? new int[0] : cuesOf[rank].clone();
    }

    /**
     * Why the account scores what it does: one reason per signal that fired, strongest
     * contribution first (ties: the order of {@link AccountSignal}), each naming its evidence; the
     * network reason is followed by the operator and team reasons (operators.csv, teams.csv).
     */
    public List<String> reasons(int rank) {
        List<AccountSignal> fired = new ArrayList<>();
        for (AccountSignal s : AccountSignal.values()) {
            if (component[s.ordinal()][rank] > 0) {
                fired.add(s);
            }
        }
        fired.sort(Comparator.<AccountSignal>comparingDouble(s -> -s.weight() * component[s.ordinal()][rank])
                .thenComparingInt(Enum::ordinal));
        List<String> out = new ArrayList<>();
        for (AccountSignal s : fired) {
            switch (s) {
                case NETWORK -> network(rank, out);
                case CUES -> out.add(String.format(Locale.ROOT, "%d %% of its %d actions on cue bursts (%d actions in "
                        + "%d of %d cues: %s)", percent(cueActions[rank], actions[rank]), actions[rank],
                        cueActions[rank], cuesOf[rank].length, cueCount, list(cuesOf[rank])));
                case OFFICE_HOURS -> out.add(String.format(Locale.ROOT, "%d %% of its %d actions in weekday office "
                        + "hours (%02d-%02d at %s%s) against %d %% %s",
                        percent(officeActions[rank], actions[rank]), actions[rank], parameters.officeStartHour(),
                        parameters.officeEndHour(), officeZoneLabel(),
                        zoneInferred ? ", " + officeZoneSource() : "",
                        Math.round(100 * officeBaseline), officeBaselineAssumed()
                                ? "of a uniform week's hours (no organic actions to compare with)"
                                : "of organic accounts' actions"));
                case CREATION_BATCH -> out.add(String.format(Locale.ROOT, "created in a batch with %d other accounts "
                        + "within %d min of it (%s to %s; %.1f expected from the registrations around)", batchOthers[rank],
                        parameters.batchWindow().toMinutes(), minute(batchFirst[rank]), minute(batchLast[rank]),
                        batchExpected[rank]));
                case DEFAULT_HANDLE -> out.add(String.format(Locale.ROOT, "default-looking handle @%s (shape %s: a name "
                        + "and digits; %d %% of the handles in the data)", handle(rank), HandleShape.of(handle(rank)),
                        Math.round(100 * defaultHandleShare)));
                case BLOCKING_WINDOWS -> out.add(String.format(Locale.ROOT, "%d actions during blocking windows (%s): "
                        + "%d %% of its usual rate against %d %% for organic accounts", blockedActions[rank],
                        String.join(", ", blockingWindows.stream().map(KnownEvent::label).toList()),
                        Math.round(100 * Math.min(1, blockedActions[rank] / blockedExpected[rank])),
                        Math.round(100 * organicRetention)));
                default -> throw new IllegalStateException(s.name());
            }
        }
        return out;
    }

    private void network(int rank, List<String> out) {
        if (coordinated.test(rank)) {
            int d = degree.applyAsInt(rank);
            out.add(d > 0 ? String.format(Locale.ROOT, "coordinated: kept links to %d %s (edges.csv)", d,
                    d == 1 ? "account" : "accounts") : "coordinated (edges.csv)");
        }
        int o = operatorOf[rank];
        if (o > 0) {
            out.add(String.format(Locale.ROOT, "operator %d: hands off to its other accounts %d-%d s apart, never at "
                    + "the same instant (operators.csv)", o, operation.sameInstant().toSeconds(),
                    operation.maxSwitch().toSeconds()));
        }
        int t = teamOf[rank];
        if (t > 0) {
            Team team = teams.get(t - 1);
            out.add(leader[rank]
                    ? String.format(Locale.ROOT, "leads team %d: first in %d of its %d episodes, %.1f by chance "
                            + "(teams.csv)", t, team.led(), team.episodes(), team.ledExpected())
                    : String.format(Locale.ROOT, "team %d (teams.csv)", t));
        }
    }

    private static String list(int[] ids) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(ids.length, 10);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : ", ").append(ids[i]);
        }
        if (ids.length > shown) {
            b.append(" and ").append(ids.length - shown).append(" more");
        }
        return b.toString();
    }

    private static String minute(long millis) {
        String s = Instant.ofEpochMilli(millis).toString();
        return s.substring(0, 16).replace('T', ' ') + " UTC";
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    private static double clip(double v) {
        return v <= 0 || Double.isNaN(v) ? 0 : Math.min(1, v);
    }
}
