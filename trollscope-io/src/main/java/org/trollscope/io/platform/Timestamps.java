package org.trollscope.io.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Parses the time forms platform exports use into UTC instants: ISO 8601 with {@code Z}, an offset
 * ({@code +00:00} or {@code +0000}) or no zone (then read as UTC), a space instead of the {@code T},
 * optional seconds and fractions, a bare date, and unix seconds (up to 12 digits) or milliseconds
 * (13 digits) given as digits.
 */
final class Timestamps {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter();
    private static final DateTimeFormatter OFFSET_COMPACT = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    private Timestamps() {
    }

    /** Unix seconds to an instant. */
    static Instant ofUnixSeconds(long seconds) {
        return Instant.ofEpochSecond(seconds);
    }

    /**
     * Parses one of the accepted forms.
     *
     * @throws IllegalArgumentException naming the value when no form matches
     */
    static Instant parse(String value) {
        String v = value.strip();
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() <= 13) {
            // 13 digits are milliseconds (seconds reach 13 digits only after the year 33658)
            return v.length() == 13 ? Instant.ofEpochMilli(Long.parseLong(v)) : Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v, OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(v, OFFSET_COMPACT).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v, LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable time '" + value + "'");
        }
    }

    /** Whether the value carries no zone (a local time read as UTC). */
    static boolean isZoneless(String value) {
        String v = value.strip();
        if (v.length() <= 10) {
            return v.contains("-");
        }
        String time = v.substring(10);
        return !(time.endsWith("Z") || time.contains("+") || time.lastIndexOf('-') > 0);
    }
}
