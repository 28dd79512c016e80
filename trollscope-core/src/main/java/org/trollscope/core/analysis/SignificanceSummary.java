package org.trollscope.core.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the significance test did, for run.json and the case file.
 *
 * @param nullModel a one-line statement of the null model
 * @param windows the windows tested, ascending
 * @param estimatedWindow the window estimated from the data, when {@code --window auto} asked for one
 * @param activeAccounts accounts in at least one method after the min-participation filter
 * @param hypotheses the family: pairs of active accounts × windows
 * @param candidates (pair, window) tests computed (the others never co-acted, p = 1)
 * @param fdr the false-discovery rate edges were kept at
 * @param kept edges kept
 * @param expectedFalseEdges an upper bound on the expected false edges among those kept: kept × the
 *        largest q-value kept (Benjamini–Hochberg)
 * @param modelIterations per method, the null model's fit iterations (widest window)
 * @param groupsTested groups proposed on one half of the objects and tested on the other
 * @param groupsSignificant of those, significant at the FDR
 * @param groupMembersKept accounts kept as members of a significant group
 * @param groupEdges edges added because both accounts are kept members of one group
 */
public record SignificanceSummary(String nullModel, List<Duration> windows, Optional<Duration> estimatedWindow,
                                  long activeAccounts, double hypotheses, long candidates, double fdr, int kept,
                                  double expectedFalseEdges, Map<String, Integer> modelIterations,
                                  int groupsTested, int groupsSignificant, int groupMembersKept, int groupEdges) {
}
