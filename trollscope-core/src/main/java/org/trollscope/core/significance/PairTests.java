package org.trollscope.core.significance;

import java.util.ArrayList;
import java.util.List;
import org.trollscope.core.detect.coaction.AccountObjects;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.detect.coaction.MethodEvidence;
import org.trollscope.core.detect.coaction.ObjectCrowding;
import org.trollscope.core.detect.coaction.PairEvidence;

/**
 * One detection run's pair tests. Coordination means acting on the <em>same things</em> more
 * often than chance <em>and</em> at the <em>same time</em> more often than the accounts' own
 * habits explain; each candidate pair of {@link CoActionResult#combined()} gets one test for each,
 * and its p-value is the larger of the two (an intersection–union test: it rejects at level α only
 * when both do, and is valid at α without further correction; Berger, "Multiparameter hypothesis
 * testing and acceptance sampling", Technometrics 24(4), 1982).
 *
 * <ol>
 * <li><b>Same things.</b> C = objects both accounts acted on (any time), summed over methods,
 * against the bipartite configuration model's expectation given each account's number of objects
 * and each object's number of accounts ({@link CoActionNullModel#expectedCommon}); Poisson upper
 * tail.</li>
 * <li><b>Same time.</b> X = objects co-acted on within the window, against Σ<sub>methods</sub>
 * C<sub>m</sub> · σ<sub>m</sub>, where σ is the chance that one delay of a and one of b (each the
 * time from an object's first action to the account's, over all of the account's objects) lie
 * within the window ({@link AccountObjects#synchrony}); X must also be at least {@link #MIN_RATIO}
 * times that. So an account that always reacts within a minute is expected to meet other fast
 * accounts within a minute; accounts whose delays are spread over hours but who meet within
 * seconds again and again are not. Poisson upper tail, conservative against the binomial it
 * approximates. A talking point (near-text) is a set of messages posted within the text window of
 * each other, so sharing one already means acting in step: its same-time expectation is the
 * same-things one. Group tests, which add up many pairs, count talking points only when posted
 * within the run's window and time them by the delay habits too ({@link #coActedWithin(int, int)},
 * {@link #expectedBetween}): news pages that all repeat the day's wire headlines share many
 * talking points, but half an hour apart, as they always do.</li>
 * </ol>
 *
 * <p>Crowds (objects left unexpanded) are left out of every count. Cost: one model fit per method
 * plus O(d<sub>a</sub> + d<sub>b</sub>) per pair and method. Deterministic.
 */
public final class PairTests {
    /**
     * The same-time test also needs X at least this many times its expectation (an effect-size
     * floor). The null model is close but not exact, and over hundreds of shared objects a bias of a
     * few tens of percent would become highly "significant". On simulated factories, pairs kept by
     * their own test co-act 3.3–7 times as often as expected.
     */
    public static final double MIN_RATIO = 2;

    private final List<CoActionMethod> methods;
    private final List<CoActionNullModel> models;
    private final List<AccountObjects> incidences;
    private final long[] windowMillis;
    private final double[] observed;
    private final double[] expected;
    private final double[] common;
    private final double[] expectedCommon;
    /** Pairs a thread takes at a time. */
    private static final int CHUNK = 4096;
    private final double[] logP;
    private final long activeAccounts;
    /** Index of the near-text method in {@link #methods}, or −1. */
    private final int nearText;

    private PairTests(List<CoActionMethod> methods, List<CoActionNullModel> models, List<AccountObjects> incidences,
                      long[] windowMillis, int n, long activeAccounts) {
        this.methods = methods;
        this.nearText = methods.indexOf(CoActionMethod.NEAR_TEXT);
        this.models = models;
        this.incidences = incidences;
        this.windowMillis = windowMillis;
        this.observed = new double[n];
        this.expected = new double[n];
        this.common = new double[n];
        this.expectedCommon = new double[n];
        this.logP = new double[n];
        this.activeAccounts = activeAccounts;
    }

    /** Fits the null model of every method of {@code r} and tests every candidate pair. */
    public static PairTests of(CoActionResult r) {
        return of(r, true, 1);
    }

    /**
     * Tests only the pairs that co-acted on at least {@code minObjects} objects; the others keep
     * p = 1 (ln p = 0) and their expectations unset. A pair that met once cannot pass a screen that
     * needs several objects, so a caller that screens can skip the cost of testing it.
     */
    public static PairTests of(CoActionResult r, int minObjects) {
        return of(r, true, minObjects);
    }

    /**
     * With {@code testPairs} false, only prepares {@link #expectedBetween} (no pair is tested and
     * {@link #size()} is 0): for testing groups on data whose pairs need not be tested one by one.
     */
    public static PairTests of(CoActionResult r, boolean testPairs) {
        return of(r, testPairs, 1);
    }

    private static PairTests of(CoActionResult r, boolean testPairs, int minObjects) {
        int accounts = r.order().size();
        List<CoActionMethod> methods = new ArrayList<>();
        List<CoActionNullModel> models = new ArrayList<>();
        List<AccountObjects> incidences = new ArrayList<>();
        boolean[] active = new boolean[accounts];
        for (MethodEvidence m : r.methods().values()) {
            ObjectCrowding crowding = m.crowding();
            AccountObjects inc = AccountObjects.of(m.objects(), crowding, accounts);
            long[] d = new long[accounts];
            for (int rank = 0; rank < accounts; rank++) {
                d[rank] = inc.degree(rank);
                if (d[rank] > 0) {
                    active[rank] = true;
                }
            }
            int n = crowding.objectCount();
            int[] actors = new int[n];
            double[] sync = new double[n];
            for (int o = 0; o < n; o++) {
                actors[o] = crowding.isCrowd(o) ? 0 : crowding.accounts(o);
                double s = crowding.synchrony(o);
                sync[o] = Double.isNaN(s) ? 0 : s;
            }
            methods.add(m.method());
            models.add(CoActionNullModel.fit(d, actors, sync));
            incidences.add(inc);
        }
        long activeCount = 0;
        for (boolean b : active) {
            if (b) {
                activeCount++;
            }
        }
        long[] window = new long[methods.size()];
        long[] evidenceWindow = new long[methods.size()];
        for (int m = 0; m < window.length; m++) {
            window[m] = r.parameters().windowMillis(methods.get(m));
            evidenceWindow[m] = window[m];
            if (methods.get(m) == CoActionMethod.NEAR_TEXT) {
                // talking points are found within the text window; their timing is tested in the run's
                window[m] = Math.min(window[m], r.parameters().windowMillis());
            }
        }
        PairEvidence all = testPairs ? r.combined() : PairEvidence.empty();
        PairTests t = new PairTests(List.copyOf(methods), List.copyOf(models), List.copyOf(incidences), window,
                all.size(), activeCount);
        // pairs are independent and each writes its own slots: the result does not depend on the threads
        int threads = Math.max(1, r.parameters().threads());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable work = () -> {
            for (int from; (from = next.getAndAdd(CHUNK)) < all.size(); ) {
                for (int i = from; i < Math.min(all.size(), from + CHUNK); i++) {
                    t.test(i, all.a(i), all.b(i), evidenceWindow, minObjects);
                }
            }
        };
        if (threads == 1 || all.size() <= CHUNK) {
            work.run();
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, x -> {
                Thread th = new Thread(x, "pair-tests");
                th.setDaemon(true);
                return th;
            });
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    done.add(pool.submit(work));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return t;
    }

    /**
     * Tests pair i (ranks a &lt; b). X is counted from the incidences (the evidence of a method keeps
     * only pairs that met there on enough objects, so one met once by share and twice by like would
     * count 2, not 3), in one merge per method with C. The same-things expectation is computed only
     * when the same-time test can pass: p is the larger of the two, so otherwise it is 1 whatever
     * the other gives ({@link #expectedCommon(int)} is then NaN).
     */
    private void test(int i, int a, int b, long[] evidenceWindow, int minObjects) {
        long x = 0;
        double c = 0;
        double l = 0;
        long sharedOn = 0;   // bit m: the pair shares an object of method m
        for (int m = 0; m < methods.size(); m++) {
            AccountObjects inc = incidences.get(m);
            long both = inc.commonAndWithin(a, b, evidenceWindow[m]);
            int shared = (int) (both >>> 32);
            if (shared == 0) {
                continue;
            }
            sharedOn |= 1L << m;
            x += (int) both;
            c += shared;
            l += m == nearText ? models.get(m).expectedCommon(inc.degree(a), inc.degree(b))
                    : shared * inc.synchrony(a, b, windowMillis[m]);
        }
        observed[i] = x;
        if (x < minObjects) {
            return;
        }
        common[i] = c;
        expected[i] = l;
        if (x < MIN_RATIO * l) {
            expectedCommon[i] = Double.NaN;
            return;
        }
        double ec = 0;
        for (int m = 0; m < methods.size(); m++) {
            AccountObjects inc = incidences.get(m);
            if ((sharedOn & (1L << m)) != 0) {
                ec += models.get(m).expectedCommon(inc.degree(a), inc.degree(b));
            }
        }
        expectedCommon[i] = ec;
        logP[i] = Math.max(PoissonTail.logUpperTail((long) c, ec), PoissonTail.logUpperTail(x, l));
    }

    /** The methods tested, in run order. */
    public List<CoActionMethod> methods() {
        return methods;
    }

    /** The fitted null model per method, index-aligned with {@link #methods()}. */
    public List<CoActionNullModel> models() {
        return models;
    }

    /**
     * The same-time expectation for any two accounts (ranks), whether or not they co-acted, for
     * group tests: Σ<sub>m</sub> C<sub>m</sub> σ<sub>m</sub>, talking points included (timed in the
     * run's window, as {@link #coActedWithin(int, int)} counts them). O(methods · (d_a + d_b)).
     */
    public double expectedBetween(int rankA, int rankB) {
        double l = 0;
        for (int m = 0; m < incidences.size(); m++) {
            AccountObjects inc = incidences.get(m);
            int shared = inc.common(rankA, rankB);
            if (shared > 0) {
                l += shared * inc.synchrony(rankA, rankB, windowMillis[m]);
            }
        }
        return l;
    }

    /**
     * Objects two accounts (ranks) acted on with some actions within each method's window (talking
     * points within the run's window), over all methods: X for a group test's pair the evidence did
     * not keep. O(methods · (d_a + d_b + their actions on shared objects)).
     */
    public long coActedWithin(int rankA, int rankB) {
        return coActedWithin(rankA, rankB, windowMillis);
    }

    /** Objects co-acted on within {@code window[m]} for each method m, over all methods. */
    private long coActedWithin(int rankA, int rankB, long[] window) {
        long x = 0;
        for (int m = 0; m < incidences.size(); m++) {
            x += incidences.get(m).commonWithin(rankA, rankB, window[m]);
        }
        return x;
    }

    /** Candidate pairs tested, index-aligned with {@link CoActionResult#combined()}. */
    public int size() {
        return expected.length;
    }

    /**
     * X: distinct objects the pair co-acted on within each method's window, over all methods,
     * counted from the incidences (so also on methods where the evidence kept no pair met once).
     */
    public double observed(int i) {
        return observed[i];
    }

    /** X expected from the objects the pair shares and the accounts' own delays. */
    public double expected(int i) {
        return expected[i];
    }

    /** C: objects the pair acted on at any time, over all methods. */
    public double common(int i) {
        return common[i];
    }

    /**
     * C expected from the accounts' and objects' numbers of incidences; NaN when the same-time test
     * failed (p = 1 whatever C gives).
     */
    public double expectedCommon(int i) {
        return expectedCommon[i];
    }

    /** ln of the pair's p-value, the larger of the two tests'. */
    public double logP(int i) {
        return logP[i];
    }

    /** Accounts that acted on at least one object of a method after the min-participation filter. */
    public long activeAccounts() {
        return activeAccounts;
    }

    /**
     * Every pair of active accounts: the hypotheses this run could have tested. Pairs that never
     * co-acted have p = 1 and are not listed, but they count.
     */
    public double family() {
        return activeAccounts * (activeAccounts - 1) / 2.0;
    }
}
