package org.trollscope.core.text;

/**
 * Decides, before the costly verification, whether a candidate pair of messages {@code a < b}
 * matters (e.g. posted within an hour, by different accounts). Called from several threads.
 */
@FunctionalInterface
public interface CandidateFilter {
    CandidateFilter ALL = (a, b) -> true;

    boolean keep(int a, int b);
}
