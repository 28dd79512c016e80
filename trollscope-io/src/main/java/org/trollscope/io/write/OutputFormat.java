package org.trollscope.io.write;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/** How numbers and times look in every output: locale-free, shortest exact form, UTC ISO-8601. */
final class OutputFormat {
    private OutputFormat() {
    }

    /** Milliseconds as seconds, e.g. 1500 → {@code 1.5}; negative or NaN → empty. */
    static String seconds(double millis) {
        if (Double.isNaN(millis) || millis < 0) {
            return "";
        }
        return BigDecimal.valueOf(millis).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /** Epoch ms as an ISO-8601 UTC instant; negative → empty. */
    static String time(long millis) {
        return millis < 0 ? "" : Instant.ofEpochMilli(millis).toString();
    }

    /** A ratio with at most six decimals; NaN → empty. */
    static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** A weight: an integer when whole. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : decimal(value);
    }

    /**
     * A probability given as its natural log, in scientific notation with four significant digits
     * (e.g. {@code 3.142e-12}), exact beyond double range ({@code 1.2e-450}); 1 → {@code 1}; NaN → empty.
     */
    static String probabilityFromLog(double logP) {
        if (Double.isNaN(logP)) {
            return "";
        }
        if (logP >= 0) {
            return "1";
        }
        if (logP == Double.NEGATIVE_INFINITY) {
            return "0";
        }
        double log10 = logP / Math.log(10);
        long exponent = (long) Math.floor(log10);
        double mantissa = Math.pow(10, log10 - exponent);
        BigDecimal m = BigDecimal.valueOf(mantissa).round(new MathContext(4, RoundingMode.HALF_EVEN));
        if (m.compareTo(BigDecimal.TEN) >= 0) {
            m = BigDecimal.ONE;
            exponent++;
        }
        return m.stripTrailingZeros().toPlainString() + "e" + exponent;
    }

    /** An expectation with four significant digits, plain when ≥ 0.001 (e.g. {@code 0.01234}); NaN → empty. */
    static String expectation(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return value >= 1e-3 ? d.toPlainString() : d.toString().replace("E", "e");
    }
}
