package org.trollscope.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.trollscope.core.community.Communities;
import org.trollscope.core.detect.coaction.PairEvidence;
import org.trollscope.core.network.AccountNetwork;
import org.trollscope.core.significance.PairTests;
import org.trollscope.core.significance.PoissonTail;

/**
 * A community's internal coordination against chance: X = objects co-acted on summed over every
 * pair of members (widest window), λ = the same summed expectation under the pair null model over
 * every pair of members (including those that never co-acted), and P(X' ≥ X) under Poisson(λ).
 * The community was found on the same data, so the p-value describes how far it stands out; it is
 * not a test that corrects for that selection.
 *
 * <p>O(candidate pairs + Σ size²) (λ is cached per pair of degree classes). Deterministic.
 */
final class CommunitySignificance {
    private CommunitySignificance() {
    }

    static List<CommunitySummary> annotate(List<CommunitySummary> summaries, Communities c, AccountNetwork net,
                                           PairTests tests, PairEvidence candidates) {
        int k = c.count();
        long[] observed = new long[k];
        for (int i = 0; i < candidates.size(); i++) {
            int na = net.node(candidates.a(i));
            int nb = net.node(candidates.b(i));
            if (na >= 0 && nb >= 0 && c.of(na) == c.of(nb)) {
                observed[c.of(na)] += candidates.objects(i);
            }
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            members.add(new ArrayList<>());
        }
        for (int node = 0; node < net.nodeCount(); node++) {
            members.get(c.of(node)).add(net.rank(node));
        }
        List<CommunitySummary> out = new ArrayList<>(summaries.size());
        for (CommunitySummary s : summaries) {
            List<Integer> m = members.get(s.community());
            double lambda = 0;
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    lambda += tests.expectedBetween(m.get(x), m.get(y));
                }
            }
            long obs = observed[s.community()];
            out.add(new CommunitySummary(s.community(), s.size(), s.internalEdges(), s.density(), s.topObjects(), obs,
                    lambda, PoissonTail.logUpperTail(obs, lambda)));
        }
        return out;
    }
}
