package org.trollscope.io.report;

import java.util.Objects;

/**
 * An account in the network.
 *
 * @param id          account id (unique in the network; pseudonymised for publication)
 * @param label       handle or display name shown on the node
 * @param community   community number, or -1 for none
 * @param coordinated whether the account has a significant link (drawn emphasised)
 * @param actions     the account's actions in the data (sets the node size)
 * @param score       optional coordination score in [0, 1], null when not computed
 * @param x           optional precomputed layout coordinate; when both x and y of every node are
 *                    given the page does not run ForceAtlas2
 * @param y           see x
 */
public record NetworkNode(String id, String label, int community, boolean coordinated, long actions,
                          Double score, Double x, Double y) {
    public NetworkNode {
        Objects.requireNonNull(id, "id");
        if (label == null) {
            label = id;
        }
        if (community < -1) {
            throw new IllegalArgumentException("community must be >= -1, was " + community);
        }
        if (actions < 0) {
            throw new IllegalArgumentException("actions must be >= 0, was " + actions);
        }
        if (score != null && !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score + " for node " + id);
        }
        if (x != null && !(Double.isFinite(x) && y != null && Double.isFinite(y))) {
            throw new IllegalArgumentException("x and y must be finite for node " + id);
        }
        if ((x == null) != (y == null)) {
            throw new IllegalArgumentException("give both x and y or neither for node " + id);
        }
    }

    /** A node without score or precomputed position. */
    public NetworkNode(String id, String label, int community, boolean coordinated, long actions) {
        this(id, label, community, coordinated, actions, null, null, null);
    }
}
