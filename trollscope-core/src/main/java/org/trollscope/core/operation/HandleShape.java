package org.trollscope.core.operation;

import java.util.Map;
import java.util.TreeMap;

/**
 * The shape of a handle: a run of letters becomes {@code a}, each digit {@code 9}, anything else
 * stays, so {@code rustamov_farrukh1987} is {@code a_a9999} and {@code f.rahimova} is {@code a.a}.
 * Accounts registered by one person tend to share a habitual shape (name order, digits). O(length).
 */
final class HandleShape {
    private HandleShape() {
    }

    static String of(String handle) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < handle.length(); ) {
            int c = handle.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (b.length() == 0 || b.charAt(b.length() - 1) != 'a') {
                    b.append('a');
                }
            } else if (Character.isDigit(c)) {
                b.append('9');
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /** The most common shape among the handles given (ties: the first in text order) and its count, or null. */
    static Map.Entry<String, Integer> commonest(Iterable<String> handles) {
        Map<String, Integer> count = counts(handles);
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best;
    }

    /** How many of the handles (blank and null ones left out) have each shape, shapes in text order. */
    static Map<String, Integer> counts(Iterable<String> handles) {
        Map<String, Integer> count = new TreeMap<>();
        for (String h : handles) {
            if (h != null && !h.isBlank()) {
                count.merge(of(h.strip()), 1, Integer::sum);
            }
        }
        return count;
    }
}
