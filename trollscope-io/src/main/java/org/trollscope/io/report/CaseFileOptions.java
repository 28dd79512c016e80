package org.trollscope.io.report;

/**
 * How {@link CaseFileBuilder} fills a case file.
 *
 * @param title           headline of the report, or {@code null} to name it after the inputs
 * @param maxNodes        accounts drawn in the network at most (the strongest linked are kept); the
 *                        page stays responsive up to 10,000 accounts
 * @param maxEdges        links drawn at most (the heaviest among the accounts drawn are kept)
 * @param maxCommunities  community cards and per-community timelines at most (the largest)
 * @param examples        example evidence pairs per community card
 * @param topItems        entries in each top-targets and top-objects list
 * @param pseudonymized   whether account ids and handles were replaced by salted tokens (the report says so)
 */
public record CaseFileOptions(String title, int maxNodes, int maxEdges, int maxCommunities, int examples, int topItems,
                              boolean pseudonymized) {
    public static final int DEFAULT_MAX_NODES = 10_000;
    public static final int DEFAULT_MAX_EDGES = 100_000;
    public static final int DEFAULT_MAX_COMMUNITIES = 100;

    public CaseFileOptions {
        if (maxNodes < 1 || maxEdges < 1 || maxCommunities < 1) {
            throw new IllegalArgumentException("maxNodes, maxEdges and maxCommunities must be >= 1, were "
                    + maxNodes + ", " + maxEdges + ", " + maxCommunities);
        }
        if (examples < 0 || topItems < 0) {
            throw new IllegalArgumentException("examples and topItems must be >= 0, were " + examples + ", " + topItems);
        }
    }

    /** Title from the inputs, 10,000 accounts, 100,000 links, 100 communities, 5 examples, top 10, not pseudonymised. */
    public static CaseFileOptions defaults() {
        return new CaseFileOptions(null, DEFAULT_MAX_NODES, DEFAULT_MAX_EDGES, DEFAULT_MAX_COMMUNITIES, 5, 10, false);
    }

    public CaseFileOptions withTitle(String t) {
        return new CaseFileOptions(t, maxNodes, maxEdges, maxCommunities, examples, topItems, pseudonymized);
    }

    public CaseFileOptions withLimits(int nodes, int edges, int communities) {
        return new CaseFileOptions(title, nodes, edges, communities, examples, topItems, pseudonymized);
    }

    public CaseFileOptions withPseudonymized(boolean p) {
        return new CaseFileOptions(title, maxNodes, maxEdges, maxCommunities, examples, topItems, p);
    }
}
