package org.trollscope.core.significance;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The expected number of objects on which two accounts co-act by chance, under a null model that
 * keeps each account's activity and each object's popularity and time profile.
 *
 * <p><b>Model.</b> Account a acts on d<sub>a</sub> distinct objects and object o draws
 * n<sub>o</sub> distinct accounts. Under the null, who acts on what is the bipartite configuration
 * model (BiCM: Saracco et al., "Randomizing bipartite networks: the case of the World Trade Web",
 * Sci. Rep. 5, 2015; used to validate projections in Saracco et al., "Inferring monopartite
 * projections of bipartite networks: an entropy-based approach", New J. Phys. 19, 2017): account a
 * acts on o independently with p<sub>ao</sub> = x<sub>a</sub>y<sub>o</sub> / (1 +
 * x<sub>a</sub>y<sub>o</sub>), with x and y fitted so that every account's and every object's
 * expected degree equals its observed one (an account that acted on every object, or an object every
 * account acted on, has p = 1 throughout, which no finite x or y reaches: those incidences are set
 * to 1 and the rest is fitted to the degrees they leave). Two accounts that both act on o do so within the
 * window with probability s<sub>o</sub>, the share of o's own account pairs that acted within the
 * window (a viral cascade, where everyone shares within minutes, has a high s<sub>o</sub>). Hence
 * <pre>λ<sub>ab</sub> = Σ<sub>o</sub> p<sub>ao</sub> p<sub>bo</sub> s<sub>o</sub></pre>
 * and the observed count X<sub>ab</sub> is compared with Poisson(λ<sub>ab</sub>) (Le Cam: a sum of
 * independent Bernoullis; where some p are large the Poisson tail is the heavier one, so the test
 * errs on the conservative side). Hyperactive accounts (large d) and crowded, synchronous objects
 * (large n, large s) thus explain their own co-actions; accounts that repeatedly meet within
 * seconds on objects that few others touch do not.
 *
 * <p><b>Cost.</b> Accounts with equal degree share x and objects with equal n share y, so the
 * fit iterates over degree classes: O(iterations · D<sub>a</sub> · D<sub>o</sub>) with
 * D the number of distinct degrees (hundreds to a few thousand on real data). One λ costs
 * O(D<sub>o</sub>) and is cached per pair of degree classes. Immutable apart from that cache;
 * thread-safe and deterministic.
 */
public final class CoActionNullModel {
    private static final int MAX_ITERATIONS = 20_000;
    private static final double TOLERANCE = 1e-9;

    private final long[] accountDegrees; // distinct d, ascending
    private final double[] x;
    private final int[] objectSizes;      // distinct n, ascending
    private final double[] y;             // per object class
    private final double[] syncSum;       // Σ s_o per object class
    private final double[] countSum;      // objects per object class
    private final double incidences;
    private final int iterations;
    /** Per account class: acted on every object (p = 1 throughout). */
    private final boolean[] fullAccount;
    /** Per object class: acted on by every account (p = 1 throughout). */
    private final boolean[] fullObject;
    private final ConcurrentHashMap<Long, Double> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Double> commonCache = new ConcurrentHashMap<>();

    private CoActionNullModel(long[] accountDegrees, double[] x, int[] objectSizes, double[] y, double[] syncSum,
                              double[] countSum, double incidences, int iterations, boolean[] fullAccount,
                              boolean[] fullObject) {
        this.fullAccount = fullAccount;
        this.fullObject = fullObject;
        this.countSum = countSum;
        this.accountDegrees = accountDegrees;
        this.x = x;
        this.objectSizes = objectSizes;
        this.y = y;
        this.syncSum = syncSum;
        this.incidences = incidences;
        this.iterations = iterations;
    }

    /**
     * Fits the model.
     *
     * @param accountDegrees d<sub>a</sub> for every account that acted (zeros are ignored)
     * @param objectActors n<sub>o</sub> per object
     * @param syncShare s<sub>o</sub> per object, in [0, 1]
     */
    public static CoActionNullModel fit(long[] accountDegrees, int[] objectActors, double[] syncShare) {
        if (objectActors.length != syncShare.length) {
            throw new IllegalArgumentException("objectActors and syncShare differ in length");
        }
        long[] degrees = Arrays.stream(accountDegrees).filter(d -> d > 0).sorted().toArray();
        long[] dClass = Arrays.stream(degrees).distinct().toArray();
        double[] dCount = new double[dClass.length];
        for (long d : degrees) {
            dCount[Arrays.binarySearch(dClass, d)]++;
        }
        int[] sizes = objectActors.clone();
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 0 || !(syncShare[i] >= 0 && syncShare[i] <= 1)) {
                throw new IllegalArgumentException("object " + i + ": actors " + sizes[i] + ", syncShare " + syncShare[i]);
            }
        }
        int[] nClass = Arrays.stream(sizes).filter(n -> n > 0).distinct().sorted().toArray();
        double[] nCount = new double[nClass.length];
        double[] syncSum = new double[nClass.length];
        double m = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] > 0) {
                int k = Arrays.binarySearch(nClass, sizes[i]);
                nCount[k]++;
                syncSum[k] += syncShare[i];
                m += sizes[i];
            }
        }
        // saturated classes: an account that acted on every object, or an object every account acted
        // on, has p = 1 wherever it appears (x or y would have to be infinite); the others are fitted
        // to their degrees less those certain incidences
        double objectsTotal = Arrays.stream(nCount).sum();
        double accountsTotal = Arrays.stream(dCount).sum();
        boolean[] fullAccount = new boolean[dClass.length];
        boolean[] fullObject = new boolean[nClass.length];
        double fullAccounts = 0;
        double fullObjects = 0;
        for (int c = 0; c < dClass.length; c++) {
            if (dClass[c] >= objectsTotal) {
                fullAccount[c] = true;
                fullAccounts += dCount[c];
            }
        }
        for (int k = 0; k < nClass.length; k++) {
            if (nClass[k] >= accountsTotal) {
                fullObject[k] = true;
                fullObjects += nCount[k];
            }
        }
        double[] d = new double[dClass.length];
        for (int c = 0; c < d.length; c++) {
            d[c] = fullAccount[c] ? 0 : dClass[c] - fullObjects;
        }
        double[] n = new double[nClass.length];
        for (int k = 0; k < n.length; k++) {
            n[k] = fullObject[k] ? 0 : nClass[k] - fullAccounts;
        }
        double[] x = new double[dClass.length];
        double[] y = new double[nClass.length];
        int used = solve(d, dCount, n, nCount, m, x, y);
        return new CoActionNullModel(dClass, x, nClass, y, syncSum, nCount, m, used, fullAccount, fullObject);
    }

    /**
     * Fixed-point iteration x_c = d_c / Σ_k O_k y_k/(1+x_c y_k), and the same for y, over the classes
     * with a positive (reduced) degree; the others keep 0 (p = 0 outside the saturated classes).
     */
    private static int solve(double[] d, double[] dCount, double[] n, double[] nCount, double m, double[] x,
                             double[] y) {
        double root = Math.sqrt(Math.max(m, 1));
        for (int c = 0; c < d.length; c++) {
            x[c] = d[c] / root;
        }
        for (int k = 0; k < n.length; k++) {
            y[k] = n[k] / root;
        }
        double[] nx = new double[x.length];
        double[] ny = new double[y.length];
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            double change = 0;
            for (int c = 0; c < d.length; c++) {
                if (d[c] <= 0) {
                    continue;
                }
                double s = 0;
                for (int k = 0; k < n.length; k++) {
                    s += nCount[k] * y[k] / (1 + x[c] * y[k]);
                }
                nx[c] = d[c] / s;
            }
            for (int k = 0; k < n.length; k++) {
                if (n[k] <= 0) {
                    continue;
                }
                double s = 0;
                for (int c = 0; c < d.length; c++) {
                    s += dCount[c] * nx[c] / (1 + nx[c] * y[k]);
                }
                ny[k] = n[k] / s;
            }
            for (int c = 0; c < x.length; c++) {
                if (d[c] > 0) {
                    change = Math.max(change, Math.abs(nx[c] - x[c]) / nx[c]);
                    x[c] = nx[c];
                }
            }
            for (int k = 0; k < y.length; k++) {
                if (n[k] > 0) {
                    change = Math.max(change, Math.abs(ny[k] - y[k]) / ny[k]);
                    y[k] = ny[k];
                }
            }
            if (change < TOLERANCE) {
                return it;
            }
        }
        return MAX_ITERATIONS;
    }

    /** M, the number of (account, object) incidences. */
    public double incidences() {
        return incidences;
    }

    /** Fixed-point iterations the fit took. */
    public int iterations() {
        return iterations;
    }

    /** p<sub>ao</sub> for an account of degree {@code degree} and an object with {@code actors} accounts. */
    public double probability(long degree, int actors) {
        int c = accountClass(degree);
        int k = Arrays.binarySearch(objectSizes, actors);
        if (k < 0) {
            throw new IllegalArgumentException("no object has " + actors + " actors");
        }
        return p(c, k);
    }

    /** λ for two accounts that acted on {@code degreeA} and {@code degreeB} distinct objects. */
    public double expected(long degreeA, long degreeB) {
        if (degreeA <= 0 || degreeB <= 0) {
            return 0;
        }
        int a = accountClass(Math.min(degreeA, degreeB));
        int b = accountClass(Math.max(degreeA, degreeB));
        return cache.computeIfAbsent(((long) a << 32) | b, key -> {
            double sum = 0;
            for (int k = 0; k < y.length; k++) {
                sum += p(a, k) * p(b, k) * syncSum[k];
            }
            return sum;
        });
    }

    /**
     * The objects two accounts of degrees {@code degreeA} and {@code degreeB} are expected to share
     * at any time: Σ<sub>o</sub> p<sub>ao</sub> p<sub>bo</sub>.
     */
    public double expectedCommon(long degreeA, long degreeB) {
        if (degreeA <= 0 || degreeB <= 0) {
            return 0;
        }
        int a = accountClass(Math.min(degreeA, degreeB));
        int b = accountClass(Math.max(degreeA, degreeB));
        return commonCache.computeIfAbsent(((long) a << 32) | b, key -> {
            double sum = 0;
            for (int k = 0; k < y.length; k++) {
                sum += p(a, k) * p(b, k) * countSum[k];
            }
            return sum;
        });
    }

    private double p(int c, int k) {
        if (fullAccount[c] || fullObject[k]) {
            return 1;
        }
        double xy = x[c] * y[k];
        return xy / (1 + xy);
    }

    private int accountClass(long degree) {
        int c = Arrays.binarySearch(accountDegrees, degree);
        if (c < 0) {
            throw new IllegalArgumentException("no account has degree " + degree + " in this model");
        }
        return c;
    }

    /**
     * s<sub>o</sub> for one object: the share of its account pairs whose actions lie within the
     * window, from each account's (first) action time. Two pointers, O(n) after sorting.
     *
     * @param sortedTimes one time per distinct account, ascending, in {@code [0, count)}
     */
    public static double syncShare(long[] sortedTimes, int count, long windowMillis) {
        if (count < 2) {
            return 0;
        }
        long within = 0;
        int left = 0;
        for (int right = 1; right < count; right++) {
            while (sortedTimes[right] - sortedTimes[left] > windowMillis) {
                left++;
            }
            within += right - left;
        }
        return within / ((double) count * (count - 1) / 2);
    }
}
