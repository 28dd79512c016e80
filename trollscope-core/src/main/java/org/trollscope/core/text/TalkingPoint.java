package org.trollscope.core.text;

import java.time.Instant;

/**
 * A talking point: messages of several accounts linked by near-duplicate pairs.
 *
 * @param id                 1-based, in order of first appearance (first time, then lowest row)
 * @param representativeRow  the message with the most near-duplicates in the cluster (ties: earliest row)
 * @param representativeText its text as posted
 * @param rows               the messages' rows in the log, ascending
 * @param accounts           the distinct accounts, ascending account ids
 * @param firstTime          the earliest message
 * @param lastTime           the latest message
 */
public record TalkingPoint(int id, int representativeRow, String representativeText, int[] rows, int[] accounts,
                           Instant firstTime, Instant lastTime) {
}
