package org.trollscope.core.operation;

/**
 * One target (an object: a post, a url, a followed account) that coordinated accounts acted on,
 * and how much of its engagement they made.
 *
 * @param targetAccount the account owning the target, or {@code null} when the input does not say
 * @param coordinatedActions actions on it by coordinated accounts
 * @param actions all actions on it
 * @param first time of the first coordinated action (epoch ms)
 * @param last time of the last coordinated action (epoch ms)
 * @param episodes brigading episodes on it
 */
public record TargetEngagement(String target, String targetAccount, int coordinatedAccounts, int coordinatedActions,
                               int actions, long first, long last, int episodes) {
    /** Coordinated actions over all actions on the target. */
    public double coordinatedShare() {
        return actions == 0 ? 0.0 : (double) coordinatedActions / actions;
    }
}
