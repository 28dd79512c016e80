package org.trollscope.core.network;

import java.util.Arrays;

/**
 * The undirected, weighted account network of kept edges. Nodes are the accounts that have at
 * least one edge, identified by account rank and numbered in rank order; each undirected edge is
 * stored once (node a &lt; node b), sorted. Connected components come from union–find and are
 * numbered by size (largest first), ties by smallest node.
 *
 * <p>O(V + E α(V)) to build; immutable; independent of input row order.
 */
public final class AccountNetwork {
    private final int[] nodeRank;
    private final int[] edgeA;
    private final int[] edgeB;
    private final double[] weight;
    private final int[] degree;
    private final double[] strength;
    private final int[] component;
    private final int componentCount;

    private AccountNetwork(int[] nodeRank, int[] edgeA, int[] edgeB, double[] weight) {
        this.nodeRank = nodeRank;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.weight = weight;
        int n = nodeRank.length;
        degree = new int[n];
        strength = new double[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < edgeA.length; e++) {
            degree[edgeA[e]]++;
            degree[edgeB[e]]++;
            strength[edgeA[e]] += weight[e];
            strength[edgeB[e]] += weight[e];
            int x = DisjointSets.root(parent, edgeA[e]);
            int y = DisjointSets.root(parent, edgeB[e]);
            if (x != y) {
                parent[Math.max(x, y)] = Math.min(x, y);
            }
        }
        int[] root = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = DisjointSets.root(parent, i);
            size[root[i]]++;
        }
        component = renumberBySize(root, size);
        componentCount = n == 0 ? 0 : Arrays.stream(component).max().getAsInt() + 1;
    }

    /**
     * A network from edges given by account rank ({@code a[i] < b[i]}, each pair once, any order).
     */
    public static AccountNetwork of(int[] a, int[] b, double[] w) {
        int m = a.length;
        int[] ranks = new int[2 * m];
        System.arraycopy(a, 0, ranks, 0, m);
        System.arraycopy(b, 0, ranks, m, m);
        int[] nodes = Arrays.stream(ranks).sorted().distinct().toArray();
        long[] order = new long[m];
        for (int e = 0; e < m; e++) {
            if (a[e] >= b[e]) {
                throw new IllegalArgumentException("edge " + e + " is not ordered: " + a[e] + " >= " + b[e]);
            }
            order[e] = ((long) a[e] << 32) | b[e];
        }
        Integer[] idx = new Integer[m];
        for (int e = 0; e < m; e++) {
            idx[e] = e;
        }
        Arrays.sort(idx, (x, y) -> Long.compare(order[x], order[y]));
        int[] ea = new int[m];
        int[] eb = new int[m];
        double[] ew = new double[m];
        for (int k = 0; k < m; k++) {
            int e = idx[k];
            if (k > 0 && order[e] == order[idx[k - 1]]) {
                throw new IllegalArgumentException("edge " + a[e] + "-" + b[e] + " given twice");
            }
            ea[k] = Arrays.binarySearch(nodes, a[e]);
            eb[k] = Arrays.binarySearch(nodes, b[e]);
            ew[k] = w[e];
        }
        return new AccountNetwork(nodes, ea, eb, ew);
    }

    static int[] renumberBySize(int[] label, int[] sizeOfLabel) {
        int n = label.length;
        Integer[] labels = Arrays.stream(label).distinct().boxed().toArray(Integer[]::new);
        int[] smallest = new int[n];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            smallest[label[i]] = Math.min(smallest[label[i]], i);
        }
        Arrays.sort(labels, (x, y) -> sizeOfLabel[x] != sizeOfLabel[y] ? Integer.compare(sizeOfLabel[y], sizeOfLabel[x])
                : Integer.compare(smallest[x], smallest[y]));
        int[] number = new int[n];
        for (int k = 0; k < labels.length; k++) {
            number[labels[k]] = k;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = number[label[i]];
        }
        return out;
    }


    public int nodeCount() {
        return nodeRank.length;
    }

    public int edgeCount() {
        return edgeA.length;
    }

    /** The account rank of a node. */
    public int rank(int node) {
        return nodeRank[node];
    }

    /** The node of an account rank, or a negative number when the account has no edge. */
    public int node(int rank) {
        return Arrays.binarySearch(nodeRank, rank);
    }

    public int edgeA(int e) {
        return edgeA[e];
    }

    public int edgeB(int e) {
        return edgeB[e];
    }

    public double weight(int e) {
        return weight[e];
    }

    public int degree(int node) {
        return degree[node];
    }

    public double strength(int node) {
        return strength[node];
    }

    /** The connected component of a node, 0 being the largest. */
    public int component(int node) {
        return component[node];
    }

    public int componentCount() {
        return componentCount;
    }
}
