package org.trollscope.core.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a detection result against ground-truth labels: account-level precision, recall, F1 and
 * the organic false-positive rate; when the result assigns them, operators and teams (adjusted Rand
 * index over the true factory accounts, purity over the accounts given a group), its communities
 * against the true teams, leaders found, and the share of true cues with a detected cue within a
 * tolerance. Accounts the result lists but the labels do not are an error (the result was made
 * from other data). Cost O(accounts + cues log cues).
 */
public final class Evaluator {
    /** The default tolerance for matching a detected cue to a true one. */
    public static final Duration CUE_TOLERANCE = Duration.ofMinutes(5);

    private Evaluator() {
    }

    /**
     * @param trueCueTimes the instruction moments (one per cue, even when several teams got it)
     */
    public static EvaluationReport evaluate(List<AccountLabel> labels, DetectionOutcome outcome,
                                            List<Instant> trueCueTimes, Duration cueTolerance) {
        return evaluate(labels, outcome, trueCueTimes, List.of(), cueTolerance);
    }

    /**
     * @param trueCueTimes the instruction moments (one per cue, even when several teams got it)
     * @param trueCueStarts per cue, when the factory first acted on it (empty: not known); a burst
     *        detector can only see this moment, the instruction comes by however long the first
     *        account takes to react before it
     */
    public static EvaluationReport evaluate(List<AccountLabel> labels, DetectionOutcome outcome,
                                            List<Instant> trueCueTimes, List<Instant> trueCueStarts,
                                            Duration cueTolerance) {
        Map<String, AccountLabel> byId = new HashMap<>();
        for (AccountLabel l : labels) {
            if (byId.put(l.accountId(), l) != null) {
                throw new IllegalArgumentException("labels list account " + l.accountId() + " twice");
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String id : outcome.accounts().keySet()) {
            if (!byId.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(null);
            throw new IllegalArgumentException("the result lists " + unknown.size()
                    + " accounts that the labels do not (e.g. " + String.join(", ", unknown.subList(0, Math.min(3, unknown.size())))
                    + "): was it produced from this simulation?");
        }

        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        int missing = 0;
        for (AccountLabel l : labels) {
            AccountPrediction p = outcome.accounts().get(l.accountId());
            if (p == null) {
                missing++;
            }
            boolean flagged = p != null && p.coordinated();
            if (l.factory()) {
                if (flagged) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (flagged) {
                fp++;
            } else {
                tn++;
            }
        }
        DetectionScore detection = new DetectionScore(tp, fp, fn, tn);

        PartitionScore operators = outcome.hasOperators()
                ? groups(labels, outcome, AccountLabel::operator, AccountPrediction::operator) : null;
        PartitionScore teams = outcome.hasTeams()
                ? groups(labels, outcome, AccountLabel::team, AccountPrediction::team) : null;
        PartitionScore communities = outcome.hasCommunities() ? communities(labels, outcome) : null;
        LeaderScore leaders = outcome.hasLeaders() ? leaders(labels, outcome) : null;
        CueScore cues = outcome.cueTimes() != null ? cues(trueCueTimes, outcome.cueTimes(), cueTolerance) : null;
        CueScore starts = outcome.cueTimes() != null && !trueCueStarts.isEmpty()
                ? cues(trueCueStarts, outcome.cueTimes(), cueTolerance) : null;
        return new EvaluationReport(detection, missing, operators, teams, communities, leaders, cues, starts);
    }

    private interface Field<T> {
        String get(T t);
    }

    private static PartitionScore groups(List<AccountLabel> labels, DetectionOutcome outcome, Field<AccountLabel> truth,
                                         Field<AccountPrediction> predicted) {
        List<String> t = new ArrayList<>();
        List<String> p = new ArrayList<>();
        List<String> pureT = new ArrayList<>();
        List<String> pureP = new ArrayList<>();
        List<String> flaggedT = new ArrayList<>();
        List<String> flaggedP = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (AccountLabel l : labels) {
            AccountPrediction ap = outcome.accounts().get(l.accountId());
            String g = ap == null ? null : predicted.get(ap);
            if (l.factory()) {
                String trueGroup = "t:" + truth.get(l);
                String predictedGroup = g == null ? "none:" + l.accountId() : "p:" + g;
                t.add(trueGroup);
                p.add(predictedGroup);
                if (ap != null && ap.coordinated()) {
                    flaggedT.add(trueGroup);
                    flaggedP.add(predictedGroup);
                }
            }
            if (g != null) {
                groups.add(g);
                pureT.add(l.factory() ? "t:" + truth.get(l) : "organic:" + l.accountId());
                pureP.add(g);
            }
        }
        return new PartitionScore(t.size(), PartitionAgreement.adjustedRandIndex(t, p), pureT.size(),
                PartitionAgreement.purity(pureT, pureP), groups.size(), flaggedT.size(),
                flaggedT.isEmpty() ? Double.NaN : PartitionAgreement.adjustedRandIndex(flaggedT, flaggedP));
    }

    private static PartitionScore communities(List<AccountLabel> labels, DetectionOutcome outcome) {
        List<String> t = new ArrayList<>();
        List<String> p = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (AccountLabel l : labels) {
            AccountPrediction ap = outcome.accounts().get(l.accountId());
            if (ap != null && ap.coordinated()) {
                String g = ap.community() == null ? "none:" + l.accountId() : "p:" + ap.community();
                groups.add(g);
                t.add(l.factory() ? "t:" + l.team() : "organic:" + l.accountId());
                p.add(g);
            }
        }
        // already over the flagged accounts
        double ari = PartitionAgreement.adjustedRandIndex(t, p);
        return new PartitionScore(t.size(), ari, t.size(), PartitionAgreement.purity(t, p), groups.size(), t.size(), ari);
    }

    private static LeaderScore leaders(List<AccountLabel> labels, DetectionOutcome outcome) {
        int found = 0;
        int total = 0;
        int predicted = 0;
        for (AccountLabel l : labels) {
            AccountPrediction ap = outcome.accounts().get(l.accountId());
            boolean flagged = ap != null && Boolean.TRUE.equals(ap.leader());
            if (l.role() == Role.LEADER) {
                total++;
                if (flagged) {
                    found++;
                }
            }
            if (flagged) {
                predicted++;
            }
        }
        return new LeaderScore(found, total, predicted);
    }

    /** A true cue matches when some detected cue lies within the tolerance of it (either side). */
    static CueScore cues(List<Instant> truth, List<Instant> detected, Duration tolerance) {
        TreeSet<Instant> distinct = new TreeSet<>(truth);
        long[] found = detected.stream().mapToLong(Instant::toEpochMilli).sorted().toArray();
        long tol = tolerance.toMillis();
        int matched = 0;
        for (Instant cue : distinct) {
            long c = cue.toEpochMilli();
            int k = Arrays.binarySearch(found, c - tol);
            int from = k >= 0 ? k : -k - 1;
            if (from < found.length && found[from] <= c + tol) {
                matched++;
            }
        }
        return new CueScore(matched, distinct.size(), found.length, tolerance);
    }
}
