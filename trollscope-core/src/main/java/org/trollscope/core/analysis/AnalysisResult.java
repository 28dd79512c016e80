package org.trollscope.core.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trollscope.core.community.Communities;
import org.trollscope.core.detect.coaction.AccountOrder;
import org.trollscope.core.detect.coaction.CoActionEvidence;
import org.trollscope.core.detect.coaction.CoActionResult;
import org.trollscope.core.detect.coaction.Crowd;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.network.AccountNetwork;

/**
 * What a coordination analysis found: candidate evidence per method and pair, the kept edges, every
 * co-action behind them, the network with components and communities, crowds, and timings.
 * Accounts are referred to by {@link AccountOrder} rank.
 *
 * @param coActions per-method evidence over all candidate pairs (empty in CooRTweet mode)
 * @param evidence the co-actions behind the kept edges (empty in CooRTweet mode)
 * @param significance what the significance test did (empty with the count or percentile threshold)
 * @param timings wall time per stage, in order
 */
public record AnalysisResult(ActivityLog log, AnalysisParameters parameters, AccountOrder order,
                             Optional<CoActionResult> coActions, CoordinationEdges edges,
                             Optional<CoActionEvidence> evidence, AccountNetwork network, Communities communities,
                             List<CommunitySummary> communitySummaries, AccountActivity activity, List<Crowd> crowds,
                             Optional<SignificanceSummary> significance, Map<String, Duration> timings) {

    /** Whether the account (rank) has at least one kept edge. */
    public boolean coordinated(int rank) {
        return network.node(rank) >= 0;
    }

    /** The account's id as given; prefixed with {@code platform:} when the log mixes platforms. */
    public String accountId(int rank) {
        int account = order.account(rank);
        String id = log.accountIdText(account);
        return log.platforms().size() > 1 ? log.accountPlatform(account) + ":" + id : id;
    }
}
