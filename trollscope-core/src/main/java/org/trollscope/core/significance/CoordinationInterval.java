package org.trollscope.core.significance;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Estimates the co-action window from the data ({@code --window auto}), following CooRnet's
 * {@code estimate_coord_interval} (Giglietto, Righetti, Rossi &amp; Marino, "It takes a village
 * to manipulate the media: coordinated link sharing behavior during 2018 and 2019 Italian
 * elections", Information, Communication &amp; Society 23(6), 2020): among objects acted on by at
 * least two accounts, take the {@code q} share that drew their second action quickest, measure for
 * each how long it took from its first action until {@code p} of its actions had happened, and
 * return the median of those times.
 *
 * <p>Unlike CooRnet it works on exact action times of every object (no binning), and never returns
 * less than one second. O(Σ n log n) for sorting the objects' times if they are not sorted yet.
 * Deterministic.
 */
public final class CoordinationInterval {
    /** CooRnet's defaults: the quickest 10 % of objects, time to half of their actions. */
    public static final double DEFAULT_QUICKEST_SHARE = 0.1;
    public static final double DEFAULT_ACTION_SHARE = 0.5;

    private CoordinationInterval() {
    }

    /**
     * @param objectTimes per object, its action times (epoch ms), one per account, in any order
     * @return the estimated window, or empty when fewer than two actions share an object
     */
    public static Optional<Duration> estimate(List<long[]> objectTimes, double quickestShare,
                                                        double actionShare) {
        if (!(quickestShare > 0 && quickestShare <= 1) || !(actionShare > 0 && actionShare <= 1)) {
            throw new IllegalArgumentException("shares must be in (0, 1], were q=" + quickestShare + ", p=" + actionShare);
        }
        int usable = 0;
        for (long[] t : objectTimes) {
            if (t.length >= 2) {
                usable++;
            }
        }
        if (usable == 0) {
            return Optional.empty();
        }
        long[] secondDelay = new long[usable];
        long[] reachDelay = new long[usable];
        int i = 0;
        for (long[] times : objectTimes) {
            if (times.length < 2) {
                continue;
            }
            long[] t = times.clone();
            Arrays.sort(t);
            secondDelay[i] = t[1] - t[0];
            int reached = Math.max(1, (int) Math.ceil(actionShare * t.length)) - 1;
            reachDelay[i] = t[reached] - t[0];
            i++;
        }
        Integer[] order = new Integer[usable];
        for (int k = 0; k < usable; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> secondDelay[a] != secondDelay[b]
                ? Long.compare(secondDelay[a], secondDelay[b]) : Long.compare(reachDelay[a], reachDelay[b]));
        int take = Math.max(1, (int) Math.ceil(quickestShare * usable));
        long[] chosen = new long[take];
        for (int k = 0; k < take; k++) {
            chosen[k] = reachDelay[order[k]];
        }
        Arrays.sort(chosen);
        double median = take % 2 == 1 ? chosen[take / 2] : (chosen[take / 2 - 1] + chosen[take / 2]) / 2.0;
        long seconds = Math.max(1, Math.round(median / 1000.0));
        return Optional.of(Duration.ofSeconds(seconds));
    }
}
