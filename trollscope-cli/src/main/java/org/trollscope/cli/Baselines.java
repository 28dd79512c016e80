package org.trollscope.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.Compatibility;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.eval.AccountPrediction;
import org.trollscope.core.eval.DetectionOutcome;
import org.trollscope.core.eval.DetectionScore;
import org.trollscope.core.eval.Evaluator;
import org.trollscope.core.model.ActivityLog;

/**
 * The rules the established tools decide "coordinated" by, run on the same data for {@code evaluate
 * --baseline}: an account is flagged when it has a kept edge.
 */
final class Baselines {
    /** One baseline rule: a name for the table and the parameters that reproduce it. */
    record Rule(String name, AnalysisParameters parameters) {
    }

    /** A rule's scores on the labelled data. */
    record Scored(String name, DetectionScore score) {
    }

    private Baselines() {
    }

    /**
     * CooRTweet's defaults (co-share within 10 s, min participation 2, edges above the median
     * weight: {@code subgraph = 1}), CooRTweet at 60 s keeping every edge, and the count rule on every
     * method trollscope runs (60 s, min weight 2), all with {@code threads} threads.
     */
    static List<Rule> rules(int threads) {
        AnalysisParameters counting = AnalysisParameters.counting();
        AnalysisParameters coortweet = counting.withCoAction(counting.coAction().withMethods(Set.of(CoActionMethod.SHARE))
                .withMinParticipation(2).withThreads(threads));
        return List.of(
                new Rule("CooRTweet defaults: 10 s, above median weight",
                        coortweet.withCoAction(coortweet.coAction().withWindow(Duration.ofSeconds(10)))
                                .withCompat(Compatibility.COORTWEET, OptionalDouble.of(0.5))),
                new Rule("CooRTweet 60 s, every edge",
                        coortweet.withCompat(Compatibility.COORTWEET, OptionalDouble.empty())),
                new Rule("count rule: every method, 60 s, weight >= 2",
                        counting.withCoAction(counting.coAction().withThreads(threads))));
    }

    /** Runs each rule on {@code log} and scores its flagged accounts against {@code labels}. */
    static List<Scored> score(ActivityLog log, List<AccountLabel> labels, List<Rule> rules) {
        List<Scored> out = new ArrayList<>();
        for (Rule rule : rules) {
            AnalysisResult r = CoordinationAnalysis.run(log, rule.parameters(), ProgressListener.NONE);
            Map<String, AccountPrediction> predictions = new HashMap<>();
            for (int rank = 0; rank < r.order().size(); rank++) {
                String id = r.accountId(rank);
                predictions.put(id, new AccountPrediction(id, r.coordinated(rank), null, null, null, null));
            }
            DetectionOutcome outcome = new DetectionOutcome(predictions, false, false, false, false, null);
            out.add(new Scored(rule.name(), Evaluator.evaluate(labels, outcome, List.of(), Evaluator.CUE_TOLERANCE)
                    .detection()));
        }
        return out;
    }
}
