package org.trollscope.io.report;

import java.util.Objects;

/**
 * A target coordinated accounts acted on, with all actions on it: the rest is organic engagement.
 *
 * @param targetAccount the account owning the target (an id), or null when the input does not say
 */
public record TargetRow(String target, String targetAccount, int coordinatedAccounts, int coordinatedActions,
                        int actions, int episodes) {
    public TargetRow {
        Objects.requireNonNull(target, "target");
        if (coordinatedActions < 0 || coordinatedActions > actions) {
            throw new IllegalArgumentException("need 0 <= coordinatedActions <= actions for target " + target);
        }
    }
}
