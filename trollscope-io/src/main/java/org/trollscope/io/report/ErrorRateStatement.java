package org.trollscope.io.report;

import java.time.Duration;
import java.util.List;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.Compatibility;

/**
 * What a case file says about the method's error rate, its null model and the statistical
 * limitation, in one place. Today an edge is kept by a fixed rule (co-acted on at least the min
 * weight of distinct objects) and no error rate is estimated; when the analysis estimates expected
 * false links (q-values), only this class changes, e.g. to {@link Summary#errorRateInWords}.
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
        return "not estimated: a link is kept when two accounts acted on at least " + p.minWeight()
                + " distinct " + (p.minWeight() == 1 ? "object" : "objects") + " within "
                + seconds(p.coAction().window()) + " of each other; how many such links chance alone would produce"
                + " is not computed.";
    }

    /** The null model in words. */
    static String nullModel(AnalysisResult r) {
        return "None yet: links are kept by a fixed threshold on the number of distinct objects two accounts"
                + " co-acted on, not tested against what independent accounts would do by chance.";
    }

    /** The limitations every case file of this method states, the statistical one included. */
    static List<String> limitations(AnalysisResult r) {
        List<String> standard = Provenance.STANDARD_LIMITATIONS;
        return List.of(standard.get(0),
                "No error rate is estimated: busy accounts acting on popular objects can meet the threshold by"
                        + " chance, so some links shown may be coincidences; the evidence pairs show how close in"
                        + " time each co-action was.",
                standard.get(2), standard.get(3));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }
}
