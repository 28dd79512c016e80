package org.trollscope.core.operation;

/**
 * Something that happened, given by the user to test alignment with: a livestream, a speech, a
 * window in which a platform was blocked. A moment has {@code end == start}.
 *
 * @param start epoch ms
 * @param end epoch ms, not before start
 */
public record KnownEvent(String label, long start, long end) {
    public KnownEvent {
        if (end < start) {
            throw new IllegalArgumentException("event '" + label + "' ends before it starts");
        }
    }
}
