package org.trollscope.core.detect.coaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trollscope.core.model.ActivityLog;

/**
 * Evidence of every method run, over all candidate pairs (before any weight threshold), with the
 * account order the pair keys refer to. {@link #combined()} merges the methods into one evidence
 * per pair: weights add up since each method has its own objects.
 */
public final class CoActionResult {
    private final ActivityLog log;
    private final AccountOrder order;
    private final CoActionParameters parameters;
    private final int minPairObjects;
    private final Map<CoActionMethod, MethodEvidence> methods;
    private final PairEvidence combined;

    CoActionResult(ActivityLog log, AccountOrder order, CoActionParameters parameters, int minPairObjects,
                   Map<CoActionMethod, MethodEvidence> methods) {
        this.log = log;
        this.minPairObjects = minPairObjects;
        this.order = order;
        this.parameters = parameters;
        this.methods = Collections.unmodifiableMap(new EnumMap<>(methods));
        PairEvidence c = PairEvidence.empty();
        for (MethodEvidence m : this.methods.values()) {
            c = c.merge(m.pairs());
        }
        this.combined = c;
    }

    public ActivityLog log() {
        return log;
    }

    public AccountOrder order() {
        return order;
    }

    public CoActionParameters parameters() {
        return parameters;
    }

    /** Pairs met on fewer distinct objects of a method than this were counted, not kept. */
    public int minPairObjects() {
        return minPairObjects;
    }

    /** The methods run, in declaration order. */
    public Map<CoActionMethod, MethodEvidence> methods() {
        return methods;
    }

    public PairEvidence combined() {
        return combined;
    }

    /** Every crowd of every method, by method then object order. */
    public List<Crowd> crowds() {
        List<Crowd> out = new ArrayList<>();
        for (MethodEvidence m : methods.values()) {
            ObjectCrowding c = m.crowding();
            for (int o = 0; o < c.objectCount(); o++) {
                if (c.isCrowd(o)) {
                    out.add(new Crowd(m.method(), m.objects().objectName(o), m.objects().objectActions(o), c.accounts(o),
                            c.busiestWindow(o)));
                }
            }
        }
        return out;
    }

    /** Co-actions expanded over all methods. */
    public long coActions() {
        return methods.values().stream().mapToLong(MethodEvidence::coActions).sum();
    }
}
