package org.trollscope.core;

/**
 * Receives progress of long work. The CLI shows a bar on a terminal, tests pass {@link #NONE}.
 * Implementations must be thread-safe: stages may report from worker threads.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String stage, long total) {
        }

        @Override
        public void advance(long amount) {
        }

        @Override
        public void finish() {
        }
    };

    /** A stage begins; {@code total} is its amount of work in its own units, or -1 if unknown. */
    void start(String stage, long total);

    void advance(long amount);

    void finish();
}
