package org.trollscope.core.text;

/** Two near-duplicate messages (indexes or log rows, {@code a < b}) and their Jaccard similarity. */
public record TextPair(int a, int b, double similarity) {
}
