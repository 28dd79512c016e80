package org.trollscope.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Letters of the Latin, Cyrillic and Greek scripts that look alike, derived from the Unicode
 * confusables data (UTS #39 skeletons, via ICU's {@link SpoofChecker}): two letters are confusable
 * when their skeletons are equal (Cyrillic "р" and Latin "p", Cyrillic "В" and Latin "B").
 *
 * <p>For each script, {@link #inScript(int, int)} gives the look-alike letter of that script (the
 * lowest code point of its skeleton class), so that a word written mostly in Cyrillic with a few
 * Latin look-alikes can be repaired to pure Cyrillic before it is transliterated. Letters are
 * compared in their original case: lower-case Cyrillic "в" resembles no Latin letter, upper-case
 * "В" resembles "B".
 *
 * <p>Built once from ICU data (a few thousand skeletons, ~100 ms); immutable and thread-safe.
 */
final class ConfusableLetters {
    static final int LATIN = 0;
    static final int CYRILLIC = 1;
    static final int GREEK = 2;
    static final int OTHER = -1;
    /** Code points below this cover Basic Latin up to Cyrillic Supplement. */
    static final int LIMIT = 0x530;

    private final char[][] toScript = new char[3][LIMIT];
    private final byte[] script = new byte[LIMIT];

    ConfusableLetters() {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        Map<String, List<Integer>> classes = new TreeMap<>();
        for (int cp = 0; cp < LIMIT; cp++) {
            int s = scriptOf(cp);
            script[cp] = (byte) s;
            if (s != OTHER) {
                classes.computeIfAbsent(checker.getSkeleton(new String(Character.toChars(cp))), k -> new ArrayList<>()).add(cp);
            }
        }
        for (List<Integer> members : classes.values()) {
            for (int target = 0; target < 3; target++) {
                int representative = -1;
                for (int cp : members) { // members are in ascending code point order
                    if (script[cp] == target) {
                        representative = cp;
                        break;
                    }
                }
                if (representative < 0) {
                    continue;
                }
                for (int cp : members) {
                    if (script[cp] != target) {
                        toScript[target][cp] = (char) representative;
                    }
                }
            }
        }
    }

    private static int scriptOf(int cp) {
        if (!UCharacter.isLetter(cp)) {
            return OTHER;
        }
        return switch (UScript.getScript(cp)) {
            case UScript.LATIN -> LATIN;
            case UScript.CYRILLIC -> CYRILLIC;
            case UScript.GREEK -> GREEK;
            default -> OTHER;
        };
    }

    /** The script class of a letter ({@link #LATIN}, {@link #CYRILLIC}, {@link #GREEK}) or {@link #OTHER}. */
    int script(int cp) {
        return cp < LIMIT ? script[cp] : OTHER;
    }

    /** The look-alike of {@code cp} in {@code targetScript}, or 0 when there is none. */
    int inScript(int cp, int targetScript) {
        return cp < LIMIT ? toScript[targetScript][cp] : 0;
    }
}
