package org.trollscope.core.sim;

/**
 * A post made on the day being generated, with what engagement needs: its author and popularity.
 *
 * @param url the link it carries, or {@code null}
 */
record DayPost(long id, long time, int author, double popularity, String url) {
}
