package org.trollscope.core.operation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.model.ActivityLog;

/**
 * How the operation lines up with a known event. The event's window is [start, end], or for a
 * moment the {@code margin} after it; actions and coordinated accounts are counted in the window
 * (during a blocking window: who kept acting), and cues are listed from {@code margin} before the
 * start to the window's end. O(N · E) for N actions and E events.
 *
 * @param windowEnd end of the window (epoch ms)
 * @param actions all actions in the window
 * @param coordinatedActions coordinated accounts' actions in the window
 * @param accounts coordinated accounts acting in the window, by rank
 * @param cues ids of cues from {@code margin} before the start to the window's end
 */
public record EventAlignment(KnownEvent event, long windowEnd, long actions, long coordinatedActions, int[] accounts,
                             List<Integer> cues) {
    public static final Duration DEFAULT_MARGIN = Duration.ofHours(1);

    public static List<EventAlignment> align(OperationMap m, ActivityLog log, AccountOrder order,
                                             IntPredicate coordinated, List<KnownEvent> events, Duration margin) {
        long pad = margin.toMillis();
        List<EventAlignment> out = new ArrayList<>();
        for (KnownEvent e : events) {
            long to = e.end() > e.start() ? e.end() : e.start() + pad;
            long all = 0;
            long coord = 0;
            TreeSet<Integer> accounts = new TreeSet<>();
            for (int row = 0; row < log.size(); row++) {
                long t = log.time(row);
                if (t >= e.start() && t <= to) {
                    all++;
                    int rank = order.rank(log.account(row));
                    if (coordinated.test(rank)) {
                        coord++;
                        accounts.add(rank);
                    }
                }
            }
            List<Integer> cues = new ArrayList<>();
            for (Cue c : m.cues()) {
                if (c.time() >= e.start() - pad && c.time() <= to) {
                    cues.add(c.id());
                }
            }
            out.add(new EventAlignment(e, to, all, coord, accounts.stream().mapToInt(Integer::intValue).toArray(),
                    List.copyOf(cues)));
        }
        return out;
    }
}
