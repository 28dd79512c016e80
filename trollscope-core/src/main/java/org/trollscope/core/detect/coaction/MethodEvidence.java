package org.trollscope.core.detect.coaction;

/**
 * What one method found: its grouped actions, per-pair evidence and per-object crowding.
 *
 * @param pairs evidence of the pairs that met the detector's min pair objects
 * @param coActions co-actions expanded (crowds excluded)
 * @param pairsBelowMinObjects pairs that co-acted on fewer distinct objects than the detector's min
 *        pair objects: counted, their evidence not kept
 */
public record MethodEvidence(MethodObjects objects, PairEvidence pairs, ObjectCrowding crowding, long coActions,
                             long pairsBelowMinObjects) {
    public CoActionMethod method() {
        return objects.method();
    }
}
