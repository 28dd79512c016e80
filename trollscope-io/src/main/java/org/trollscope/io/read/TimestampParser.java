package org.trollscope.io.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Parses the timestamp forms of the input formats straight from UTF-8 bytes to epoch milliseconds
 * (UTC), without allocating on the common paths:
 * <ul>
 * <li>epoch numbers, told apart by magnitude: an absolute value below 10^11 is seconds (10^11 s is
 *     the year 5138), anything larger is milliseconds (10^11 ms is March 1973). Seconds may carry a
 *     fraction ({@code 1623881091.25});</li>
 * <li>ISO-8601 {@code YYYY-MM-DDTHH:MM[:SS[.fraction]]} with {@code Z} or an offset
 *     ({@code +02:00}, {@code +0200}, {@code +02}); a space may replace the {@code T} and may precede
 *     the zone, and {@code UTC}/{@code GMT} count as {@code Z};</li>
 * <li>the same without a zone ({@code YYYY-MM-DD HH:MM:SS}): local time in the configured zone
 *     (UTC unless {@code --timezone} says otherwise; in a zone with daylight saving an ambiguous
 *     local time takes the earlier offset).</li>
 * </ul>
 * Fractions beyond milliseconds are truncated. Calendar fields are range-checked (February 30 is
 * an error, not March 2). Stateless apart from the zone; thread-safe.
 */
final class TimestampParser {
    /** Returned for text that is not a timestamp. */
    static final long INVALID = Long.MIN_VALUE;
    static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;

    private final ZoneId zone;
    private final boolean utc;

    TimestampParser(ZoneId zone) {
        this.zone = zone;
        this.utc = zone.normalized().equals(ZoneOffset.UTC);
    }

    /** Epoch milliseconds, or {@link #INVALID}. Surrounding spaces are ignored. */
    long parse(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end && b[i] == ' ') {
            i++;
        }
        while (end > i && b[end - 1] == ' ') {
            end--;
        }
        if (i == end) {
            return INVALID;
        }
        if (end - i >= 10 && b[i + 4] == '-') {
            return parseIso(b, i, end);
        }
        return parseEpoch(b, i, end);
    }

    long parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return parse(b, 0, b.length);
    }

    private static long parseEpoch(byte[] b, int i, int end) {
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            if (i - digitsStart >= 18) {
                return INVALID;
            }
            v = v * 10 + (b[i] - '0');
            i++;
        }
        if (i == digitsStart) {
            return INVALID;
        }
        long fractionMillis = 0;
        if (i < end && b[i] == '.') {
            i++;
            int fracStart = i;
            int scale = 100;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                fractionMillis += (b[i] - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == fracStart) {
                return INVALID;
            }
        }
        if (i != end) {
            return INVALID;
        }
        long millis = v >= EPOCH_MILLIS_THRESHOLD ? v : v * 1000 + fractionMillis;
        return negative ? -millis : millis;
    }

    private long parseIso(byte[] b, int i, int end) {
        int year = digits(b, i, 4);
        int month = twoDigits(b, i + 5);
        int day = twoDigits(b, i + 8);
        if (year < 0 || month < 1 || month > 12 || day < 1 || b[i + 7] != '-' || day > daysInMonth(year, month)) {
            return INVALID;
        }
        i += 10;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int millis = 0;
        if (i < end && (b[i] == 'T' || b[i] == 't' || b[i] == ' ') && i + 6 <= end && b[i + 3] == ':') {
            hour = twoDigits(b, i + 1);
            minute = twoDigits(b, i + 4);
            i += 6;
            if (i < end && b[i] == ':') {
                if (i + 3 > end) {
                    return INVALID;
                }
                second = twoDigits(b, i + 1);
                i += 3;
                if (i < end && (b[i] == '.' || b[i] == ',')) {
                    i++;
                    int fracStart = i;
                    int scale = 100;
                    while (i < end && b[i] >= '0' && b[i] <= '9') {
                        millis += (b[i] - '0') * scale;
                        scale /= 10;
                        i++;
                    }
                    if (i == fracStart) {
                        return INVALID;
                    }
                }
            }
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
                return INVALID;
            }
        } else if (i != end) {
            return INVALID;
        }
        if (second == 60) {
            second = 59; // a leap second maps onto the last second of its minute
        }
        if (i < end && b[i] == ' ') {
            i++;
        }
        int offsetSeconds;
        if (i == end) {
            if (!utc) {
                return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                        .atZone(zone).toInstant().toEpochMilli();
            }
            offsetSeconds = 0;
        } else if (end - i == 1 && (b[i] == 'Z' || b[i] == 'z')) {
            offsetSeconds = 0;
        } else if (end - i == 3 && isWord(b, i, "UTC") || end - i == 3 && isWord(b, i, "GMT")) {
            offsetSeconds = 0;
        } else if (b[i] == '+' || b[i] == '-') {
            int sign = b[i] == '-' ? -1 : 1;
            int n = end - i - 1;
            int oh;
            int om = 0;
            if (n == 2) {
                oh = twoDigits(b, i + 1);
            } else if (n == 4) {
                oh = twoDigits(b, i + 1);
                om = twoDigits(b, i + 3);
            } else if (n == 5 && b[i + 3] == ':') {
                oh = twoDigits(b, i + 1);
                om = twoDigits(b, i + 4);
            } else {
                return INVALID;
            }
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return INVALID;
            }
            offsetSeconds = sign * (oh * 3600 + om * 60);
        } else {
            return INVALID;
        }
        long days = daysFromCivil(year, month, day);
        long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1000L + millis;
    }

    private static boolean isWord(byte[] b, int i, String w) {
        for (int k = 0; k < w.length(); k++) {
            if ((b[i + k] & ~0x20) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(byte[] b, int i) {
        return digits(b, i, 2);
    }

    private static int digits(byte[] b, int i, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = b[i + k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
