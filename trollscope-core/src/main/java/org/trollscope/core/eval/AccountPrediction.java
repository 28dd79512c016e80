package org.trollscope.core.eval;

import java.util.Objects;

/**
 * What a detection result says about one account. Group fields are {@code null} when the result
 * does not assign the account to such a group.
 *
 * @param leader {@code null} when the result has no leader information
 */
public record AccountPrediction(String accountId, boolean coordinated, String community, String operator,
                                String team, Boolean leader) {
    public AccountPrediction {
        Objects.requireNonNull(accountId, "accountId");
        community = blankToNull(community);
        operator = blankToNull(operator);
        team = blankToNull(team);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
