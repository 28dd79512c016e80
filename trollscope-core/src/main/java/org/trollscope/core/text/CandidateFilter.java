package org.trollscope.core.text;

/**
 * Decides, before the costly verification, whether a candidate pair of messages {@code a < b}
 * matters (e.g. posted within an hour, by different accounts). Called from several threads.
 *
 * <p>A filter that keeps only pairs whose {@link #position positions} (e.g. times) lie within
 * {@link #span()} of each other lets the search skip the other pairs of a band bucket without
 * enumerating them: a text repeated k times over a month then costs O(k · neighbours) rather than
 * O(k²).
 */
@FunctionalInterface
public interface CandidateFilter {
    CandidateFilter ALL = (a, b) -> true;

    boolean keep(int a, int b);

    /** The message's position (e.g. its time, ms); only read when {@link #span()} is finite. */
    default long position(int message) {
        return 0;
    }

    /**
     * The largest distance in {@link #position} between the messages of a kept pair; {@link
     * Long#MAX_VALUE} (the default): no such bound. {@link #keep} must reject every pair farther apart.
     */
    default long span() {
        return Long.MAX_VALUE;
    }
}
