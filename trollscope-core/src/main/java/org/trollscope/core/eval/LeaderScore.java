package org.trollscope.core.eval;

/**
 * @param found true leaders flagged as leaders
 * @param leaders true leaders
 * @param predicted accounts flagged as leaders
 */
public record LeaderScore(int found, int leaders, int predicted) {
}
