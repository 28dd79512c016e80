package org.trollscope.io.report;

import java.util.List;

/**
 * An operator (accounts probably run by one person), see operators.csv.
 *
 * @param team          its team's id, or null
 * @param handlePattern the commonest handle shape among its accounts, or null
 */
public record OperatorRow(int id, List<String> accounts, double confidence, int handOffs, int sharedEpisodes,
                          int sameBatch, Integer team, String handlePattern) {
    public OperatorRow {
        accounts = List.copyOf(accounts);
    }
}
