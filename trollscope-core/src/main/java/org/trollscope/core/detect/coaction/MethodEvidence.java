package org.trollscope.core.detect.coaction;

/**
 * What one method found: its grouped actions, per-pair evidence and per-object crowding.
 *
 * @param coActions co-actions expanded (crowds excluded)
 */
public record MethodEvidence(MethodObjects objects, PairEvidence pairs, ObjectCrowding crowding, long coActions) {
    public CoActionMethod method() {
        return objects.method();
    }
}
