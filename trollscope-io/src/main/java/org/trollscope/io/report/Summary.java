package org.trollscope.io.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What was analysed and what was found, with the method's error rate in plain words.
 *
 * @param title          headline of the report (e.g. the case name)
 * @param inputs         analysed files
 * @param start          first action analysed (UTC), or null when there were none
 * @param end            last action analysed (UTC), or null when there were none
 * @param platforms      platforms present in the data
 * @param accounts       accounts in the data
 * @param actions        actions in the data
 * @param coordinatedAccounts accounts with at least one significant co-action link
 * @param links          links found (the network may draw fewer, see {@link Network#note()})
 * @param communities    communities of coordinated accounts
 * @param operators      estimated operators (people behind several accounts), null when not estimated
 * @param teams          estimated teams, null when not estimated
 * @param errorRate      the error rate in plain words, see {@link #errorRateInWords(double, double)}
 */
public record Summary(
        String title,
        List<InputFile> inputs,
        Instant start,
        Instant end,
        List<String> platforms,
        long accounts,
        long actions,
        long coordinatedAccounts,
        long links,
        int communities,
        Integer operators,
        Integer teams,
        String errorRate) {

    public Summary {
        Objects.requireNonNull(title, "title");
        inputs = List.copyOf(inputs);
        platforms = List.copyOf(platforms);
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        if (accounts < 0 || actions < 0 || coordinatedAccounts < 0 || links < 0 || communities < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /**
     * The Benjamini-Hochberg error rate as a sentence: with {@code links} links shown at false
     * discovery rate {@code fdr}, about {@code links × fdr} of them are expected to be false.
     *
     * @return e.g. {@code "expected false links among those shown: 0.8 (FDR 1 %)"}
     */
    public static String errorRateInWords(double expectedFalseLinks, double fdr) {
        if (!(fdr > 0 && fdr < 1)) {
            throw new IllegalArgumentException("fdr must be in (0, 1), was " + fdr);
        }
        if (!(expectedFalseLinks >= 0)) {
            throw new IllegalArgumentException("expectedFalseLinks must be >= 0, was " + expectedFalseLinks);
        }
        return String.format(Locale.ROOT, "expected false links among those shown: %.1f (FDR %s %%)",
                expectedFalseLinks, percent(fdr));
    }

    private static String percent(double fdr) {
        return BigDecimal.valueOf(fdr).movePointRight(2).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
