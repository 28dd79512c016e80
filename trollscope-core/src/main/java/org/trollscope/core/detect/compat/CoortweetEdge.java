package org.trollscope.core.detect.compat;

/**
 * One edge of CooRTweet's coordinated network.
 *
 * @param account the string-smaller account id
 * @param accountY the other account id
 * @param weight co-share pairs between the two accounts
 * @param nContentId distinct content ids on the earlier side of those pairs
 * @param nContentIdY distinct content ids on the later side
 */
public record CoortweetEdge(String account, String accountY, int weight, int nContentId, int nContentIdY) {
    /** {@code edge_symmetry_score}: min / max of the two distinct counts. */
    public double symmetry() {
        return (double) Math.min(nContentId, nContentIdY) / Math.max(nContentId, nContentIdY);
    }
}
