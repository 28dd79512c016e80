package org.trollscope.io.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The account network drawn in the report: accounts as nodes, significant co-action links as
 * undirected edges. Every edge end must be a node; node ids must be unique.
 *
 * @param note what was left out when the network was capped to stay responsive (e.g. "the 10,000
 *             most strongly linked of 12,000 accounts"), shown under the network; null when complete
 */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, String note) {
    /** A complete network (nothing left out). */
    public Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {
        this(nodes, edges, null);
    }

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>(nodes.size() * 2);
        for (NetworkNode n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("duplicate node id " + n.id());
            }
        }
        for (NetworkEdge e : edges) {
            if (!ids.contains(e.a()) || !ids.contains(e.b())) {
                throw new IllegalArgumentException("edge " + e.a() + " - " + e.b() + " has an end that is not a node");
            }
        }
    }
}
