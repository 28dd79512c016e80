package org.trollscope.core.community;

/**
 * A partition of the network's nodes into communities, numbered by size (largest first), ties by
 * smallest node. Immutable.
 */
public final class Communities {
    private final int[] community;
    private final int[] size;
    private final double quality;

    Communities(int[] community, int[] size, double quality) {
        this.community = community;
        this.size = size;
        this.quality = quality;
    }

    public int count() {
        return size.length;
    }

    public int of(int node) {
        return community[node];
    }

    public int size(int community) {
        return size[community];
    }

    /** The partition's modularity (at the resolution used). */
    public double modularity() {
        return quality;
    }
}
