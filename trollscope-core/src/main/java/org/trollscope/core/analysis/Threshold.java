package org.trollscope.core.analysis;

import java.util.Locale;

/** How an edge is kept. */
public enum Threshold {
    /**
     * The default: the pair co-acted on at least the min weight of objects and its co-action count
     * is significant under the null model at the false-discovery rate (q ≤ fdr).
     */
    SIGNIFICANCE,
    /** The anchors' rule: at least the min weight of objects, whatever chance would give. */
    COUNT,
    /** CooRTweet's rule: weight strictly above a quantile of all candidate weights (and the min weight). */
    PERCENTILE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code significance}, {@code count} or {@code percentile}, case-insensitively. */
    public static Threshold parse(String text) {
        for (Threshold t : values()) {
            if (t.wireName().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown threshold '" + text + "' (allowed: significance, count, percentile)");
    }
}
