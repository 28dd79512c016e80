package org.trollscope.io.report;

import java.util.List;

/**
 * A team of operators answering the same cues, see teams.csv.
 *
 * @param leader the leading account's id, or null when none leads
 * @param led    episodes the leader acted first in
 * @param ledByChance episodes the leader would act first in by chance (see teams.csv)
 */
public record TeamRow(int id, List<String> accounts, List<Integer> operators, int episodes, String leader, int led,
                      double ledByChance) {
    public TeamRow {
        accounts = List.copyOf(accounts);
        operators = List.copyOf(operators);
    }
}
