package org.trollscope.core.eval;

import java.util.Objects;

/**
 * Ground truth for one account: whether the factory runs it, and if so its operator (the person
 * behind it), team and role.
 *
 * @param operator {@code null} for organic accounts
 * @param team {@code null} for organic accounts
 */
public record AccountLabel(String accountId, boolean factory, String operator, String team, Role role) {
    public AccountLabel {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        if (factory != (role != Role.ORGANIC)) {
            throw new IllegalArgumentException("account " + accountId + ": is_factory=" + factory
                    + " contradicts role " + role.wireName());
        }
        if (factory && (operator == null || operator.isEmpty() || team == null || team.isEmpty())) {
            throw new IllegalArgumentException("factory account " + accountId + " needs an operator and a team");
        }
        if (!factory && ((operator != null && !operator.isEmpty()) || (team != null && !team.isEmpty()))) {
            throw new IllegalArgumentException("organic account " + accountId + " cannot have an operator or team");
        }
        if (!factory) {
            operator = null;
            team = null;
        }
    }

    public static AccountLabel organic(String accountId) {
        return new AccountLabel(accountId, false, null, null, Role.ORGANIC);
    }
}
