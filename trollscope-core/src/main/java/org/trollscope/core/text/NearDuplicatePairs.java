package org.trollscope.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Verified near-duplicate pairs of messages, sorted by (a, b) with {@code a < b}, and counts of the
 * search. Identical for the same input and parameters whatever the number of threads.
 *
 * @param a           first message of each pair
 * @param b           second message of each pair
 * @param similarity  Jaccard similarity of each pair's shingle sets
 * @param messages    messages read
 * @param compared    messages long enough to be compared
 * @param collisions  distinct pairs sharing an LSH band bucket
 * @param candidates  colliding pairs whose fingerprints agree and that passed the candidate filter: verified
 */
public record NearDuplicatePairs(int[] a, int[] b, float[] similarity, int messages, int compared, long collisions, long candidates) {
    public int size() {
        return a.length;
    }

    public TextPair pair(int i) {
        return new TextPair(a[i], b[i], similarity[i]);
    }

    public List<TextPair> toList() {
        List<TextPair> out = new ArrayList<>(a.length);
        for (int i = 0; i < a.length; i++) {
            out.add(pair(i));
        }
        return out;
    }
}
