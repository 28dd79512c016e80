package org.trollscope.core.analysis;

import java.util.List;

/**
 * One community: its size, edges inside it, density (internal edges / possible pairs) and the
 * objects its members co-acted on most often inside it.
 *
 * @param topObjects up to five {@code method:object (co-actions)} entries, most co-actions first
 * @param observedInternal objects co-acted on summed over every pair inside the community (widest
 *        window; -1 when not computed)
 * @param expectedInternal the same expected by chance under the null model (NaN when not computed)
 * @param logP ln P(X ≥ observed | Poisson(expected)); descriptive, since the community was found
 *        on the same data (NaN when not computed)
 */
public record CommunitySummary(int community, int size, int internalEdges, double density, List<String> topObjects,
                               long observedInternal, double expectedInternal, double logP) {
    public CommunitySummary(int community, int size, int internalEdges, double density, List<String> topObjects) {
        this(community, size, internalEdges, density, topObjects, -1, Double.NaN, Double.NaN);
    }
}
