package org.trollscope.io.report;

import java.util.List;
import java.util.Objects;

/**
 * An undirected significant link between two accounts.
 *
 * @param a       one account id
 * @param b       the other account id
 * @param weight  edge weight (e.g. number of co-actions), > 0
 * @param methods detectors that found the link (e.g. "co-share", "near-text")
 * @param qValue  optional Benjamini-Hochberg q-value, null when not computed
 */
public record NetworkEdge(String a, String b, double weight, List<String> methods, Double qValue) {
    public NetworkEdge {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("self-link on " + a);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite, was " + weight);
        }
        methods = List.copyOf(methods);
        if (qValue != null && !(qValue >= 0 && qValue <= 1)) {
            throw new IllegalArgumentException("qValue must be in [0, 1], was " + qValue);
        }
    }
}
