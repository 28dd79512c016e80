package org.trollscope.core.community;

/**
 * Parameters of Leiden community detection.
 *
 * @param seed seeds the algorithm's random number generator
 * @param resolution modularity resolution γ (1 = standard modularity)
 * @param iterations Leiden iterations (more can only improve the partition)
 */
public record CommunityParameters(long seed, double resolution, int iterations) {
    public static final long DEFAULT_SEED = 42;

    public CommunityParameters {
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("resolution must be positive, was " + resolution);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
    }

    public static CommunityParameters seeded(long seed) {
        return new CommunityParameters(seed, 1.0, 10);
    }
}
