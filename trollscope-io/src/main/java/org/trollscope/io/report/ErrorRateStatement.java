package org.trollscope.io.report;

import java.time.Duration;
import java.util.List;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.Compatibility;
import org.trollscope.core.analysis.SignificanceSummary;

/**
 * What a case file says about the method's error rate, its null model and the statistical
 * limitation, in one place: with the significance threshold, the expected false links among those
 * kept by their own test and the group tests' false-discovery rate; with the count or percentile
 * thresholds (and CooRTweet mode), that no error rate is estimated.
 */
final class ErrorRateStatement {
    private ErrorRateStatement() {
    }

    /** The summary's error-rate sentence for this result. */
    static String errorRateSentence(AnalysisResult r) {
        AnalysisParameters p = r.parameters();
        if (p.compat() == Compatibility.COORTWEET) {
            return "not estimated: links follow CooRTweet 2.1.3's rules (two accounts shared the same post within "
                    + seconds(p.coAction().window()) + (p.edgePercentile().isPresent()
                    ? ", keeping links above the " + p.edgePercentile().getAsDouble() + " weight quantile" : "")
                    + "); how many such links chance alone would produce is not computed.";
        }
        if (r.significance().isPresent()) {
            SignificanceSummary s = r.significance().get();
            int byGroup = s.groupEdges();
            return Summary.errorRateInWords(s.expectedFalseEdges(), s.fdr()) + " for the " + s.kept()
                    + " links kept by their own test; " + byGroup + " more link" + (byGroup == 1 ? "" : "s")
                    + " join accounts kept as members of a significant group (false-discovery rate "
                    + percent(s.fdr()) + " % for groups and for their members).";
        }
        return "not estimated: a link is kept when two accounts acted on at least " + p.minWeight()
                + " distinct " + (p.minWeight() == 1 ? "object" : "objects") + " within "
                + seconds(p.coAction().window()) + " of each other; how many such links chance alone would produce"
                + " is not computed.";
    }

    /** The null model in words. */
    static String nullModel(AnalysisResult r) {
        if (r.significance().isPresent()) {
            return r.significance().get().nullModel() + ". Groups: proposed on one random half of the objects, "
                    + "tested on the other half.";
        }
        return "None: links are kept by a fixed threshold on the number of distinct objects two accounts"
                + " co-acted on, not tested against what independent accounts would do by chance.";
    }

    /** The limitations every case file of this method states, the statistical one included. */
    static List<String> limitations(AnalysisResult r) {
        List<String> standard = Provenance.STANDARD_LIMITATIONS;
        if (r.significance().isPresent()) {
            return standard;
        }
        return List.of(standard.get(0),
                "No error rate is estimated: busy accounts acting on popular objects can meet the threshold by"
                        + " chance, so some links shown may be coincidences; the evidence pairs show how close in"
                        + " time each co-action was.",
                standard.get(2), standard.get(3));
    }

    private static String percent(double fdr) {
        return java.math.BigDecimal.valueOf(fdr).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }
}
