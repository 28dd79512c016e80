package org.trollscope.core.detect.coaction;

/** Receives single co-actions as positions {@code i < j} in one object's time-sorted actions. */
@FunctionalInterface
interface CoActionSink {
    void accept(int i, int j);
}
