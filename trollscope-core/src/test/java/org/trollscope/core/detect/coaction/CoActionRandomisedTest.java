package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

/** Seeded random logs checked against a brute-force O(n²) count, across thread counts and merge orders. */
class CoActionRandomisedTest {
    static List<Action> randomActions(long seed, int n) {
        Random rnd = new Random(seed);
        List<Action> out = new ArrayList<>();
        Instant t0 = Instant.parse("2024-03-01T12:00:00Z");
        for (int i = 0; i < n; i++) {
            String acc = "u" + rnd.nextInt(25);
            Instant t = t0.plusMillis(rnd.nextInt(600_000));
            if (rnd.nextInt(3) == 0) {
                out.add(new Action("r" + i, "twitter", acc, ActionType.POST, null, null, null, null,
                        List.of("tag" + rnd.nextInt(4)), null, t));
            } else {
                out.add(new Action("r" + i, "twitter", acc, ActionType.SHARE, "p" + rnd.nextInt(30), null, null, null,
                        null, null, t));
            }
        }
        return out;
    }

    static ActivityLog log(List<Action> actions, List<String> allAccounts) {
        ActivityLogBuilder b = new ActivityLogBuilder();
        int p = b.platform("twitter");
        allAccounts.forEach(a -> b.account(p, a)); // the same accounts, hence the same ranks, in every sub-log
        actions.forEach(b::add);
        return b.build();
    }

    static List<String> accounts() {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            a.add("u" + i);
        }
        return a;
    }

    static CoActionParameters params(int threads) {
        return new CoActionParameters(Duration.ofSeconds(60), EnumSet.of(CoActionMethod.SHARE, CoActionMethod.HASHTAG), 1,
                1000, threads);
    }

    @Test
    void pairCountsMatchABruteForceCountOverEveryPairOfActions() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Action> actions = randomActions(seed, 400);
            CoActionResult r = new CoActionDetector(params(1)).detect(log(actions, accounts()), ProgressListener.NONE);
            // brute force: key "x|y|method" → {co-actions, distinct objects, min gap}
            Map<String, long[]> expected = new HashMap<>();
            Map<String, java.util.Set<String>> objects = new HashMap<>();
            for (int i = 0; i < actions.size(); i++) {
                for (int j = 0; j < actions.size(); j++) {
                    Action x = actions.get(i);
                    Action y = actions.get(j);
                    if (i == j || x.account().compareTo(y.account()) >= 0) {
                        continue;
                    }
                    String obj = x.type() == ActionType.SHARE ? x.target() : x.hashtags().isEmpty() ? null : x.hashtags().get(0);
                    String objY = y.type() == ActionType.SHARE ? y.target() : y.hashtags().isEmpty() ? null : y.hashtags().get(0);
                    long gap = Math.abs(x.time().toEpochMilli() - y.time().toEpochMilli());
                    if (obj == null || !obj.equals(objY) || x.type() != y.type() || gap > 60_000) {
                        continue;
                    }
                    String key = x.account() + "|" + y.account() + "|" + x.type();
                    long[] c = expected.computeIfAbsent(key, k -> new long[] {0, 0, Long.MAX_VALUE});
                    c[0]++;
                    c[2] = Math.min(c[2], gap);
                    objects.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(obj);
                }
            }
            Map<String, long[]> got = new HashMap<>();
            for (MethodEvidence m : r.methods().values()) {
                PairEvidence e = m.pairs();
                for (int i = 0; i < e.size(); i++) {
                    String type = m.method() == CoActionMethod.SHARE ? "SHARE" : "POST";
                    got.put(CoActionDetectorTest.id(r, e.a(i)) + "|" + CoActionDetectorTest.id(r, e.b(i)) + "|" + type,
                            new long[] {e.coActions(i), e.objects(i), e.minGapMillis(i)});
                }
            }
            assertThat(got.keySet()).isEqualTo(expected.keySet());
            expected.forEach((k, c) -> assertThat(got.get(k)).as(k).containsExactly(c[0], objects.get(k).size(), c[2]));
        }
    }

    @Test
    void theThreadCountDoesNotChangeAnyResult() {
        ActivityLog log = log(randomActions(7, 2000), accounts());
        CoActionDetector one = new CoActionDetector(params(1));
        CoActionResult r1 = one.detect(log, ProgressListener.NONE);
        for (int threads : new int[] {2, 3, 8}) {
            CoActionDetector many = new CoActionDetector(params(threads));
            CoActionResult rn = many.detect(log, ProgressListener.NONE);
            for (CoActionMethod m : r1.methods().keySet()) {
                assertThat(rn.methods().get(m).pairs()).isEqualTo(r1.methods().get(m).pairs());
            }
            long[] keys = new long[r1.combined().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = r1.combined().key(i);
            }
            CoActionEvidence e1 = one.evidence(r1, keys);
            CoActionEvidence en = many.evidence(rn, keys);
            assertThat(en.size()).isEqualTo(e1.size());
            for (int i = 0; i < e1.size(); i++) {
                assertThat(new int[] {en.rowA(i), en.rowB(i), en.object(i), en.gapMillis(i)})
                        .containsExactly(e1.rowA(i), e1.rowB(i), e1.object(i), e1.gapMillis(i));
            }
        }
    }

    @Test
    void splittingTheAggregationIntoManyAccountRangesChangesNothing() {
        ActivityLog log = log(randomActions(5, 2000), accounts());
        CoActionResult whole = new CoActionDetector(params(2)).detect(log, ProgressListener.NONE);
        CoActionResult ranged = new CoActionDetector(params(2), 1, 7).detect(log, ProgressListener.NONE);
        for (CoActionMethod m : whole.methods().keySet()) {
            assertThat(ranged.methods().get(m).pairs()).isEqualTo(whole.methods().get(m).pairs());
        }
    }

    @Test
    void pairsBelowTheMinObjectsAreCountedButNotKept() {
        ActivityLog log = log(randomActions(5, 250), accounts());
        MethodEvidence all = new CoActionDetector(params(1)).detect(log, ProgressListener.NONE).methods()
                .get(CoActionMethod.SHARE);
        MethodEvidence two = new CoActionDetector(params(1), 2, 7).detect(log, ProgressListener.NONE).methods()
                .get(CoActionMethod.SHARE);
        int atLeastTwo = 0;
        for (int i = 0; i < all.pairs().size(); i++) {
            if (all.pairs().objects(i) >= 2) {
                atLeastTwo++;
            }
        }
        assertThat(atLeastTwo).isPositive().isLessThan(all.pairs().size());
        assertThat(two.pairs().size()).isEqualTo(atLeastTwo);
        assertThat(two.pairsBelowMinObjects()).isEqualTo(all.pairs().size() - atLeastTwo);
        assertThat(two.pairs()).isEqualTo(all.pairs().withMinObjects(2));
    }

    @Test
    void evidenceFromPartitionsOfTheObjectsMergesToTheWholeInAnyOrder() {
        List<Action> actions = randomActions(11, 1500);
        // partition by object: each share target / hashtag goes to one of three parts
        List<List<Action>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Action a : actions) {
            String obj = a.type() == ActionType.SHARE ? a.target() : a.hashtags().get(0);
            parts.get(Math.floorMod(obj.hashCode(), 3)).add(a);
        }
        CoActionDetector d = new CoActionDetector(params(2));
        PairEvidence whole = d.detect(log(actions, accounts()), ProgressListener.NONE).combined();
        PairEvidence p0 = d.detect(log(parts.get(0), accounts()), ProgressListener.NONE).combined();
        PairEvidence p1 = d.detect(log(parts.get(1), accounts()), ProgressListener.NONE).combined();
        PairEvidence p2 = d.detect(log(parts.get(2), accounts()), ProgressListener.NONE).combined();
        assertThat(whole.size()).isPositive();
        assertThat(p0.merge(p1).merge(p2)).isEqualTo(whole);
        assertThat(p2.merge(p0.merge(p1))).isEqualTo(whole);
        assertThat(p1.merge(p2).merge(p0)).isEqualTo(whole);
        assertThat(p0.merge(PairEvidence.empty())).isEqualTo(p0);
    }
}
