package org.trollscope.core.operation;

import java.time.Duration;
import java.time.ZoneOffset;

/**
 * How the account signals behind the score are measured ({@link AccountSignals}).
 *
 * @param officeZone the zone of the office hours, or {@code null} to infer it from the organic
 *        accounts' rhythm (their quietest three hours of the day centred on 04:00 local)
 * @param officeStartHour first hour of the working day (local, inclusive)
 * @param officeEndHour end of the working day (local, exclusive); Monday to Friday
 * @param minRhythmActions actions an account needs before its rhythm is read
 * @param minCues distinct cues an account must have acted on before its cue share counts
 * @param batchWindow accounts created within this of an account are in its batch
 * @param fullBatch accounts in a batch (the account included), beyond those expected, for a full
 *        component; a batch of two is common by chance and counts nothing
 * @param backgroundWindow the registrations within this of an account give the rate of creation
 *        expected at that time
 * @param blockedRetention a known window is a blocking window when the organic accounts kept less
 *        than this share of their usual rate in it
 * @param minBlockedActions actions in blocking windows an account needs for the signal
 * @param handles whether handles are read for the default-handle signal (not when they are
 *        pseudonymisation tokens)
 */
public record AccountSignalParameters(ZoneOffset officeZone, int officeStartHour, int officeEndHour,
                                      int minRhythmActions, int minCues, Duration batchWindow, int fullBatch,
                                      Duration backgroundWindow, double blockedRetention, int minBlockedActions,
                                      boolean handles) {
    public AccountSignalParameters {
        if (officeStartHour < 0 || officeEndHour > 24 || officeStartHour >= officeEndHour) {
            throw new IllegalArgumentException("office hours must satisfy 0 <= start < end <= 24, were "
                    + officeStartHour + "-" + officeEndHour);
        }
        if (minRhythmActions < 1 || minCues < 1 || minBlockedActions < 1) {
            throw new IllegalArgumentException("minRhythmActions, minCues and minBlockedActions must be positive, were "
                    + minRhythmActions + ", " + minCues + ", " + minBlockedActions);
        }
        if (batchWindow == null || batchWindow.isNegative() || batchWindow.isZero()) {
            throw new IllegalArgumentException("batchWindow must be positive, was " + batchWindow);
        }
        if (backgroundWindow == null || backgroundWindow.compareTo(batchWindow.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("backgroundWindow must exceed twice the batch window, was "
                    + backgroundWindow);
        }
        if (fullBatch < 3) {
            throw new IllegalArgumentException("fullBatch must be at least 3, was " + fullBatch);
        }
        if (!(blockedRetention > 0 && blockedRetention <= 1)) {
            throw new IllegalArgumentException("blockedRetention must be in (0, 1], was " + blockedRetention);
        }
    }

    /**
     * Zone inferred, office hours 09-18 Monday to Friday, rhythm read from 10 actions, cues from 2,
     * batches within 10 minutes (full at 5 accounts beyond the expected) against the registrations
     * within 30 days, blocking windows where organic accounts kept less than half their rate, 2
     * actions in them, handles read.
     */
    public static AccountSignalParameters defaults() {
        return new AccountSignalParameters(null, 9, 18, 10, 2, OperationParameters.DEFAULT_BATCH, 5,
                Duration.ofDays(30), 0.5, 2, true);
    }

    public AccountSignalParameters withOfficeZone(ZoneOffset zone) {
        return new AccountSignalParameters(zone, officeStartHour, officeEndHour, minRhythmActions, minCues, batchWindow,
                fullBatch, backgroundWindow, blockedRetention, minBlockedActions, handles);
    }

    public AccountSignalParameters withHandles(boolean read) {
        return new AccountSignalParameters(officeZone, officeStartHour, officeEndHour, minRhythmActions, minCues,
                batchWindow, fullBatch, backgroundWindow, blockedRetention, minBlockedActions, read);
    }
}
