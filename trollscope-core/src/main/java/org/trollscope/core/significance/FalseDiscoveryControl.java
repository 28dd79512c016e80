package org.trollscope.core.significance;

import java.util.Arrays;

/**
 * Benjamini–Hochberg q-values (Benjamini &amp; Hochberg, J. R. Stat. Soc. B 57(1), 1995): the
 * smallest false-discovery rate at which each hypothesis would be rejected. Keeping every
 * hypothesis with q ≤ α controls the expected share of false discoveries among those kept at α
 * (for independent or positively dependent tests).
 *
 * <p>Works on natural-log p-values. The family size {@code m} may exceed the number of p-values
 * given: hypotheses that were never computed because they could not be significant (account
 * pairs that never co-acted have p = 1) still count in the family, which keeps the correction
 * honest. O(n log n); ties are ordered by index, so results are deterministic.
 */
public final class FalseDiscoveryControl {
    private FalseDiscoveryControl() {
    }

    /**
     * @param logP natural-log p-values (≤ 0)
     * @param familySize the number of hypotheses in the family, at least {@code logP.length}
     * @return natural-log q-values, index-aligned with {@code logP}
     */
    public static double[] logQValues(double[] logP, double familySize) {
        int n = logP.length;
        if (familySize < n) {
            throw new IllegalArgumentException("family of " + familySize + " is smaller than " + n + " p-values");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(logP[x], logP[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        double[] logQ = new double[n];
        double logM = Math.log(familySize);
        double running = 0.0; // ln 1
        for (int rank = n; rank >= 1; rank--) {
            int i = order[rank - 1];
            double q = logP[i] + logM - Math.log(rank);
            running = Math.min(running, q);
            logQ[i] = running;
        }
        return logQ;
    }
}
