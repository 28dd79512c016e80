package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

class NearTextSearchTest {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
    private static final String TALKING_POINT = "Ҷумҳурии Тоҷикистон — кишвари соҳибистиқлол, мо бар зидди ифротгароӣ ҳастем!";
    private static NearTextSearch search;

    @BeforeAll
    static void build() {
        search = new NearTextSearch(TextNormalizer.nearDuplicate(), NearDuplicateParameters.DEFAULT, 2);
    }

    /**
     * Rows: 0 alice 12:00 the talking point; 1 bob 12:10 in Latin letters with emoji; 2 carol 12:30
     * with a mention; 3 alice 12:40 the same text again (same account as row 0); 4 dave 15:00 (three
     * hours later); 5 erin 12:05 an unrelated message.
     */
    private static ActivityLog log() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        post(b, "alice", 0, TALKING_POINT);
        post(b, "bob", 10, "Jumhurii Tojikiston — kishvari sohibistiqlol, mo bar ziddi ifrotgaroī hastem! 🇹🇯🇹🇯");
        post(b, "carol", 30, "@critic Ҷумҳурии Тоҷикистон кишвари соҳибистиқлол, мо бар зидди ифротгароӣ ҳастем");
        post(b, "alice", 40, TALKING_POINT);
        post(b, "dave", 180, TALKING_POINT);
        post(b, "erin", 5, "Имрӯз дар Душанбе ҳаво гарм аст, ба боғ меравем бо кӯдакон.");
        return b.build();
    }

    private static void post(ActivityLogBuilder b, String account, int minutes, String text) {
        b.add(new Action(null, "telegram", account, ActionType.POST, null, null, text, List.of(), List.of(), List.of(),
                T.plusSeconds(60L * minutes)));
    }

    @Test
    void pairsWithinTheHourFromDifferentAccounts() {
        NearDuplicatePairs pairs = search.pairs(log(), NearTextQuery.DEFAULT, ProgressListener.NONE);
        // 0-3 same account; anything with 4 more than an hour apart; 5 unrelated
        assertThat(pairs.toList()).extracting(p -> p.a() + "-" + p.b()).containsExactly("0-1", "0-2", "1-2", "1-3", "2-3");
    }

    @Test
    void anUnboundedWindowReachesTheLatePostAndSameAccountPairsCanBeKept() {
        NearDuplicatePairs pairs = search.pairs(log(), new NearTextQuery(null, false), ProgressListener.NONE);
        assertThat(pairs.size()).isEqualTo(10); // rows 0..4 are pairwise near-duplicates: C(5, 2)
        NearDuplicatePairs tight = search.pairs(log(), new NearTextQuery(Duration.ofMinutes(10), true), ProgressListener.NONE);
        assertThat(tight.toList()).extracting(p -> p.a() + "-" + p.b()).containsExactly("0-1", "2-3");
    }

    @Test
    void talkingPointsGatherTheMessagesAccountsAndTimesOfAComponent() {
        ActivityLog log = log();
        List<TalkingPoint> points = NearTextSearch.talkingPoints(log, search.pairs(log, NearTextQuery.DEFAULT, ProgressListener.NONE));
        assertThat(points).hasSize(1);
        TalkingPoint p = points.get(0);
        assertThat(p.id()).isEqualTo(1);
        assertThat(p.rows()).containsExactly(0, 1, 2, 3);
        assertThat(p.accounts()).hasSize(3);
        // degrees: row 0: 2, row 1: 3, row 2: 3, row 3: 2 → rows 1 and 2 tie, the earlier wins
        assertThat(p.representativeRow()).isEqualTo(1);
        assertThat(p.firstTime()).isEqualTo(T);
        assertThat(p.lastTime()).isEqualTo(T.plusSeconds(40 * 60));
    }

    @Test
    void sharesRepeatTheirSourceAndAreNotCompared() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        post(b, "alice", 0, TALKING_POINT);
        b.add(new Action(null, "telegram", "bob", ActionType.SHARE, null, null, TALKING_POINT, List.of(), List.of(), List.of(),
                T.plusSeconds(60)));
        ActivityLog log = b.build();
        assertThat(search.pairs(log, NearTextQuery.DEFAULT, ProgressListener.NONE).size()).isZero();
        NearTextQuery withShares = new NearTextQuery(Duration.ofHours(1), true, java.util.Set.of(ActionType.POST, ActionType.SHARE));
        assertThat(search.pairs(log, withShares, ProgressListener.NONE).size()).isEqualTo(1);
    }

    @Test
    void aClusterOfOneAccountIsNoTalkingPoint() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        post(b, "alice", 0, TALKING_POINT);
        post(b, "alice", 1, TALKING_POINT);
        ActivityLog log = b.build();
        assertThat(NearTextSearch.talkingPoints(log, search.pairs(log, new NearTextQuery(null, false), ProgressListener.NONE))).isEmpty();
    }
}
