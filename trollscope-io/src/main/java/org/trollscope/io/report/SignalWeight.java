package org.trollscope.io.report;

import java.util.Objects;

/**
 * One signal of the account score: its name, accounts.csv column, weight, the accounts for which it
 * fired and whether the input could show it at all.
 */
public record SignalWeight(String name, String column, double weight, int accounts, boolean available) {
    public SignalWeight {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
    }
}
