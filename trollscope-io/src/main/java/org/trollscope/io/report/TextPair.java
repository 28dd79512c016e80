package org.trollscope.io.report;

import java.util.Objects;

/** Two near-duplicate texts by two accounts, shown side by side; urls are null when unknown. */
public record TextPair(String accountA, String textA, String urlA, String accountB, String textB, String urlB,
                       double similarity) {
    public TextPair {
        Objects.requireNonNull(accountA, "accountA");
        Objects.requireNonNull(accountB, "accountB");
        Objects.requireNonNull(textA, "textA");
        Objects.requireNonNull(textB, "textB");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
        }
    }
}
