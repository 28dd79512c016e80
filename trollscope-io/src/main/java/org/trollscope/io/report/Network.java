package org.trollscope.io.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The account network drawn in the report: accounts as nodes, significant co-action links as
 * undirected edges. Every edge end must be a node; node ids must be unique.
 */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {
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
