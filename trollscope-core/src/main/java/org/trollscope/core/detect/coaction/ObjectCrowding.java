package org.trollscope.core.detect.coaction;

/**
 * Per object of one method, how crowded it was: actions, distinct accounts, the most distinct
 * accounts inside one window, and the co-actions it produced. A null model for chance co-actions
 * needs exactly this (an object busy in a window produces co-actions without coordination), and
 * the crowd list is read from it. Immutable; indexed by the method's object ids.
 */
public final class ObjectCrowding {
    private final int[] accounts;
    private final int[] busiestWindow;
    private final long[] coActions;
    private final long[] pairs;
    private final int maxCrowd;
    private final long[] partners;

    ObjectCrowding(int[] accounts, int[] busiestWindow, long[] coActions, long[] pairs, int maxCrowd, long[] partners) {
        this.partners = partners;
        this.accounts = accounts;
        this.busiestWindow = busiestWindow;
        this.coActions = coActions;
        this.pairs = pairs;
        this.maxCrowd = maxCrowd;
    }

    public int objectCount() {
        return accounts.length;
    }

    /** Distinct accounts that acted on the object. */
    public int accounts(int object) {
        return accounts[object];
    }

    /** The most distinct accounts inside any one window on the object. */
    public int busiestWindow(int object) {
        return busiestWindow[object];
    }

    /** Co-actions the object produced (0 for a crowd: they were not expanded). */
    public long coActions(int object) {
        return coActions[object];
    }

    /** Distinct account pairs that co-acted on the object (0 for a crowd). */
    public long coActingPairs(int object) {
        return pairs[object];
    }

    /**
     * The share of the object's account pairs that acted within one window of each other: its
     * synchrony, which a null model uses to expect chance co-actions. NaN for a crowd or fewer than
     * two accounts.
     */
    public double synchrony(int object) {
        long n = accounts[object];
        if (n < 2 || isCrowd(object)) {
            return Double.NaN;
        }
        return pairs[object] / (n * (n - 1) / 2.0);
    }

    /**
     * Σ over the objects of the account (rank) of the distinct other accounts that acted on the same
     * object within the window (crowds excluded): how often the account acts in step with others,
     * which a null model keeps as the account's own tempo.
     */
    public long partnersOf(int rank) {
        return partners[rank];
    }

    /** Whether the object was a crowd and left unexpanded. */
    public boolean isCrowd(int object) {
        return busiestWindow[object] > maxCrowd;
    }
}
