package org.trollscope.core.text;

import java.util.List;

/**
 * Messages indexed 0..size−1, read by several threads at once and possibly more than once (the
 * finder reads a message again to verify a candidate rather than keep every shingle set in memory).
 * Must return the same text for an index every time; {@code null} means no text.
 */
public interface TextSource {
    int size();

    String text(int index);

    static TextSource of(List<String> texts) {
        return new TextSource() {
            @Override
            public int size() {
                return texts.size();
            }

            @Override
            public String text(int index) {
                return texts.get(index);
            }
        };
    }
}
