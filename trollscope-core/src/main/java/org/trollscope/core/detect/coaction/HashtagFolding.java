package org.trollscope.core.detect.coaction;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds a hashtag to the key under which two accounts use "the same" tag: leading '#' removed,
 * then Unicode NFKC_Casefold (ICU), so {@code #Navalny}, {@code #NAVALNY}, {@code ＃navalny}
 * (full-width) and {@code #ﬁx} / {@code #fix} (ligature) fold together. Homoglyphs across scripts
 * (Latin a vs Cyrillic а) stay distinct: merging them is a near-duplicate question, not folding.
 *
 * <p>Pure and thread-safe; O(length).
 */
public final class HashtagFolding {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private HashtagFolding() {
    }

    /** The folded tag, without '#'; blank input gives {@code ""}. */
    public static String fold(String tag) {
        String folded = NFKC_CASEFOLD.normalize(tag.strip());
        int i = 0;
        while (i < folded.length() && folded.charAt(i) == '#') {
            i++;
        }
        return folded.substring(i).strip();
    }
}
