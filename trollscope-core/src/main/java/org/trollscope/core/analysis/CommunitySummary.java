package org.trollscope.core.analysis;

import java.util.List;

/**
 * One community: its size, edges inside it, density (internal edges / possible pairs) and the
 * objects its members co-acted on most often inside it.
 *
 * @param topObjects up to five {@code method:object (co-actions)} entries, most co-actions first
 */
public record CommunitySummary(int community, int size, int internalEdges, double density, List<String> topObjects) {
}
