package org.trollscope.io.write;

import java.math.BigDecimal;
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
}
