package org.trollscope.core.network;

/**
 * Union–find over an {@code int[] parent} array (each element its own parent at the start): the
 * lookup shared by every grouping that merges elements into components. Callers link roots
 * themselves, by whatever rule keeps their labels deterministic.
 */
public final class DisjointSets {
    private DisjointSets() {
    }

    /** The root of {@code x}'s set, halving the path on the way (amortised near-constant). */
    public static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
