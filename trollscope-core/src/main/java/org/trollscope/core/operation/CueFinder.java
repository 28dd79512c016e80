package org.trollscope.core.operation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Cues as sudden starts: an episode in which at least {@code minCueAccounts} accounts start within
 * {@code cueSpread} of each other has a burst; its onset is the first of them, moved back over
 * earlier participants each within {@code cueSpread} of the next (the leader acts first and the team
 * follows minutes later; stragglers further ahead on the same target do not move it). Bursts within {@code cueMerge} of a cue's time join it (one
 * instruction sent to several teams, or naming several targets). O(E k log k) over episodes of k accounts.
 */
final class CueFinder {
    private CueFinder() {
    }

    static List<Cue> find(List<Episode> episodes, OperationParameters p) {
        long merge = p.cueMerge().toMillis();
        List<Cue> cues = new ArrayList<>();
        List<long[]> bursts = new ArrayList<>();   // {start, episode index}
        for (int i = 0; i < episodes.size(); i++) {
            long b = onset(episodes.get(i), p);
            if (b >= 0) {
                bursts.add(new long[] {b, i});
            }
        }
        bursts.sort(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
        List<Episode> open = new ArrayList<>();
        long time = 0;
        for (long[] b : bursts) {
            if (!open.isEmpty() && b[0] - time > merge) {
                cues.add(cue(cues.size() + 1, time, open));
                open.clear();
            }
            if (open.isEmpty()) {
                time = b[0];
            }
            open.add(episodes.get((int) b[1]));
        }
        if (!open.isEmpty()) {
            cues.add(cue(cues.size() + 1, time, open));
        }
        return cues;
    }

    /**
     * Whether at least {@code minCueAccounts} accounts start acting in the episode within
     * {@code cueSpread} of its start: an instruction sets many accounts off at once, while cover
     * activity on a popular post trickles in over the day.
     */
    static boolean cueSized(Episode e, OperationParameters p) {
        return burst(e, p) >= 0;
    }

    /** The start of the episode's burst (see {@link Episode#burstIndex}), or -1. */
    static long burst(Episode e, OperationParameters p) {
        int i = burstIndex(e, p);
        return i < 0 ? -1 : e.starts()[i];
    }

    /** The participant whose first action starts the episode's burst, or -1. */
    private static int burstIndex(Episode e, OperationParameters p) {
        return e.accounts().length < p.minCueAccounts() ? -1 : e.burstIndex(p.minCueAccounts(), p.cueSpread().toMillis());
    }

    /**
     * The burst's onset: its start, moved back over earlier participants while each started within
     * {@code cueSpread} of the next (the leader who acts first and the team that follows minutes
     * later: the same spread in which a burst's accounts start), or -1 when the episode has no burst.
     * On the simulator's hard scenario (every delay ×3) operators start up to 24 min after their
     * leader; chained within 5 min the onset missed the leader's first action on 13 of 100 cues
     * (seeds 1–5), within 10 min on 4, and on none of 180 in the default scenario either way.
     */
    static long onset(Episode e, OperationParameters p) {
        int i = burstIndex(e, p);
        if (i < 0) {
            return -1;
        }
        long[] s = e.starts();
        while (i > 0 && s[i] - s[i - 1] <= p.cueSpread().toMillis()) {
            i--;
        }
        return s[i];
    }

    private static Cue cue(int id, long time, List<Episode> episodes) {
        BitSet accounts = new BitSet();
        int actions = 0;
        long end = Long.MIN_VALUE;
        List<String> targets = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (Episode e : episodes) {
            for (int a : e.accounts()) {
                accounts.set(a);
            }
            actions += e.actions();
            end = Math.max(end, e.end());
            targets.add(e.target());
            ids.add(e.id());
        }
        return new Cue(id, time, end, accounts.cardinality(), actions, targets, ids);
    }
}
