package org.trollscope.io.report;

import java.util.List;
import java.util.Objects;

/**
 * A community of coordinated accounts: its members (account ids), what they targeted and shared
 * most, example evidence pairs, and near-duplicate texts when the text detector ran.
 */
public record CommunityCard(int id, String label, List<String> members, List<RankedItem> topTargets,
                            List<RankedItem> topObjects, List<EvidencePair> evidence,
                            List<TextPair> nearDuplicates) {
    public CommunityCard {
        if (id < 0) {
            throw new IllegalArgumentException("community id must be >= 0, was " + id);
        }
        Objects.requireNonNull(label, "label");
        members = List.copyOf(members);
        topTargets = List.copyOf(topTargets);
        topObjects = List.copyOf(topObjects);
        evidence = List.copyOf(evidence);
        nearDuplicates = List.copyOf(nearDuplicates);
    }
}
