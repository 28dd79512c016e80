package org.trollscope.core.sim;

import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.model.AccountProfile;

/** One simulated account: its profile (for accounts.csv) and its ground-truth label (labels.csv). */
public record SimulatedAccount(String accountId, AccountProfile profile, AccountLabel label) {
}
