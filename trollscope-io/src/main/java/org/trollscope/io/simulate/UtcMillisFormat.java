package org.trollscope.io.simulate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Formats epoch milliseconds as {@code 2024-03-04T06:54:31.442Z}, the same text as
 * {@link SimulationWriter#TIME}, several times faster: the date part is cached per day and the
 * time of day is written digit by digit. Not thread-safe (one instance per writer).
 */
final class UtcMillisFormat {
    private static final long DAY = 86_400_000L;
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate;
    private final char[] buffer = new char[24];

    String format(long epochMillis) {
        long day = Math.floorDiv(epochMillis, DAY);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
            if (cachedDate.length() != 10) {
                // years outside 0000-9999 are rare enough to take the slow path
                return SimulationWriter.TIME.format(Instant.ofEpochMilli(epochMillis));
            }
            cachedDate.getChars(0, 10, buffer, 0);
            buffer[10] = 'T';
            buffer[13] = ':';
            buffer[16] = ':';
            buffer[19] = '.';
            buffer[23] = 'Z';
        }
        int ms = (int) Math.floorMod(epochMillis, DAY);
        int h = ms / 3_600_000;
        int m = ms / 60_000 % 60;
        int s = ms / 1000 % 60;
        int milli = ms % 1000;
        two(h, 11);
        two(m, 14);
        two(s, 17);
        buffer[20] = (char) ('0' + milli / 100);
        buffer[21] = (char) ('0' + milli / 10 % 10);
        buffer[22] = (char) ('0' + milli % 10);
        return new String(buffer);
    }

    private void two(int v, int at) {
        buffer[at] = (char) ('0' + v / 10);
        buffer[at + 1] = (char) ('0' + v % 10);
    }
}
