package org.trollscope.core.eval;

/**
 * Account-level confusion counts of a detection against the labels, and the measures derived from
 * them. A measure whose denominator is zero is 0 (nothing flagged has precision 0).
 *
 * @param truePositives factory accounts flagged as coordinated
 * @param falsePositives organic accounts flagged
 * @param falseNegatives factory accounts not flagged
 * @param trueNegatives organic accounts not flagged
 */
public record DetectionScore(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {
    public DetectionScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall, 2TP / (2TP + FP + FN). */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** Share of organic accounts flagged: FP / (FP + TN). */
    public double organicFalsePositiveRate() {
        return ratio(falsePositives, falsePositives + trueNegatives);
    }

    public long factoryAccounts() {
        return truePositives + falseNegatives;
    }

    public long organicAccounts() {
        return falsePositives + trueNegatives;
    }

    public long flagged() {
        return truePositives + falsePositives;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
