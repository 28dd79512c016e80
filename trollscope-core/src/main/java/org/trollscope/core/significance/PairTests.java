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
 * within the window ({@link AccountObjects#synchrony}). So an account that always reacts within
 * a minute is expected to meet other fast accounts within a minute; accounts whose delays are
 * spread over hours but who meet within seconds again and again are not. Poisson upper tail,
 * conservative against the binomial it approximates.</li>
 * </ol>
 *
 * <p>Crowds (objects left unexpanded) are left out of every count. Cost: one model fit per method
 * plus O(d<sub>a</sub> + d<sub>b</sub>) per pair and method. Deterministic.
 */
public final class PairTests {
    private final List<CoActionMethod> methods;
    private final List<CoActionNullModel> models;
    private final List<AccountObjects> incidences;
    private final long[] windowMillis;
    private final double[] observed;
    private final double[] expected;
    private final double[] common;
    private final double[] expectedCommon;
    private final double[] logP;
    private final long activeAccounts;

    private PairTests(List<CoActionMethod> methods, List<CoActionNullModel> models, List<AccountObjects> incidences,
                      long[] windowMillis, int n, long activeAccounts) {
        this.methods = methods;
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
        List<PairEvidence> perMethod = new ArrayList<>();
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
            perMethod.add(m.pairs());
        }
        long activeCount = 0;
        for (boolean b : active) {
            if (b) {
                activeCount++;
            }
        }
        long[] window = new long[methods.size()];
        for (int m = 0; m < window.length; m++) {
            window[m] = r.parameters().windowMillis(methods.get(m));
        }
        PairEvidence all = testPairs ? r.combined() : PairEvidence.empty();
        PairTests t = new PairTests(List.copyOf(methods), List.copyOf(models), List.copyOf(incidences), window,
                all.size(), activeCount);
        for (int i = 0; i < all.size(); i++) {
            t.observed[i] = all.objects(i);
            if (all.objects(i) < minObjects) {
                continue;
            }
            int a = all.a(i);
            int b = all.b(i);
            double c = 0;
            double ec = 0;
            double l = 0;
            for (int m = 0; m < methods.size(); m++) {
                AccountObjects inc = incidences.get(m);
                int shared = inc.common(a, b);
                if (shared == 0) {
                    continue;
                }
                c += shared;
                double common = models.get(m).expectedCommon(inc.degree(a), inc.degree(b));
                ec += common;
                l += sameTime(methods.get(m), shared, common, inc, a, b, window[m]);
            }
            t.common[i] = c;
            t.expectedCommon[i] = ec;
            t.expected[i] = l;
            double sameThings = PoissonTail.logUpperTail((long) c, ec);
            double sameTime = PoissonTail.logUpperTail(all.objects(i), l);
            t.logP[i] = Math.max(sameThings, sameTime);
        }
        return t;
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
     * The same-time expectation for any two accounts (ranks), whether or not they co-acted:
     * Σ<sub>m</sub> C<sub>m</sub> σ<sub>m</sub>. O(methods · (d_a + d_b)).
     */
    public double expectedBetween(int rankA, int rankB) {
        double l = 0;
        for (int m = 0; m < incidences.size(); m++) {
            AccountObjects inc = incidences.get(m);
            int shared = inc.common(rankA, rankB);
            if (shared > 0) {
                double common = models.get(m).expectedCommon(inc.degree(rankA), inc.degree(rankB));
                l += sameTime(methods.get(m), shared, common, inc, rankA, rankB, windowMillis[m]);
            }
        }
        return l;
    }

    /**
     * One method's same-time expectation. A near-text object is a talking point whose messages
     * were posted within the text window of each other, so sharing one already means acting in
     * step: its expectation is the same-things one, objects shared by chance.
     */
    private static double sameTime(CoActionMethod method, int shared, double expectedCommon, AccountObjects inc, int a,
                                   int b, long windowMillis) {
        if (method == CoActionMethod.NEAR_TEXT) {
            return expectedCommon;
        }
        return shared * inc.synchrony(a, b, windowMillis);
    }

    /** Candidate pairs tested, index-aligned with {@link CoActionResult#combined()}. */
    public int size() {
        return expected.length;
    }

    /** X: distinct objects the pair co-acted on within the window, over all methods. */
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

    /** C expected from the accounts' and objects' numbers of incidences. */
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
