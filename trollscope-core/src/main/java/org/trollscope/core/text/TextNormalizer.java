package org.trollscope.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;

/**
 * Folds a message to a canonical form for near-duplicate comparison, robust to the variations troll
 * farms apply to copied talking points: case, compatibility forms (full-width, mathematical
 * letters), Latin letters posing as Cyrillic and back, Cyrillic versus Latin spelling of Tajik,
 * Uzbek, Kazakh, Kyrgyz and Russian, emoji, links, mentions, punctuation and spacing.
 *
 * <p>Method, per message: (1) optionally drop urls, {@code @mentions}, {@code #hashtags} and emoji;
 * (2) NFKC; (3) homoglyph repair: inside each word, letters of a minority script that are
 * confusable (UTS #39 skeletons, see {@link ConfusableLetters}) with a letter of the word's
 * majority script are replaced by it (a word of only confusable letters follows the message's
 * majority); (4) NFKC casefold and transliteration to ASCII with ICU: a Cyrillic rule set written
 * for the region's practical Latin alphabets (ш→sh, ч→ch, ж→j, х→x, қ→q, ҳ→h, ҷ→j, ғ→g, ў→o,
 * ң→ng, ә→a, ө→o, ү→u, ұ→u, і→i, ӣ→i, ӯ→u, ...; the same letters written with Turkic-Latin
 * diacritics ş, ç, ğ, ñ fold to the same ASCII), then {@code Any-Latin; Latin-ASCII}; apostrophes
 * (Uzbek o‘, g‘) and combining marks vanish; (5) every other character becomes a space, runs of
 * spaces collapse; the digraphs "kh" and "zh" of Russian-style romanisation fold to "x" and "j".
 *
 * <p>Cost: ICU transforms are evaluated once per code point of the Basic Multilingual Plane when
 * the normaliser is built (about 2 s; build one and share it), after which a message costs one
 * table look-up per character: roughly 50–100 ns per character. Context-dependent transliteration
 * (e.g. word-initial "е" as "ye") is deliberately not applied, so that a letter always folds the
 * same way. Immutable, thread-safe, deterministic.
 */
public final class TextNormalizer {
    /** Romanisation of the region's Cyrillic letters, applied before ICU's Any-Latin (which leaves ҳ, ҷ untouched). */
    static final String CYRILLIC_RULES = String.join(" ",
            "ҳ > h; ҷ > j; қ > q; ғ > g; ӣ > i; ӯ > u; ў > o; ң > ng; ә > a; ө > o; ү > u; ұ > u; һ > h; і > i; ї > i;",
            "ш > sh; щ > sh; ч > ch; ж > j; х > x; ц > ts; ю > yu; я > ya; ё > yo; й > y; ы > y; э > e; е > e; є > e;",
            "ъ > ; ь > ; ҫ > s; ӑ > a; ӗ > e; ӳ > u; ҡ > q; ҙ > z; ҵ > ts; ӊ > ng;",
            "ş > sh; š > sh; ç > ch; č > ch; ž > j; ğ > g; ǧ > g; ı > i; ñ > ng; ŋ > ng; ə > a;");
    private static final String TRANSFORM = CYRILLIC_RULES + " ::Any-Latin; ::Latin-ASCII; ::Lower;";

    private final NormalizationOptions options;
    private final String[] nfkc = new String[0x10000];    // null: the character itself
    private final String[] fold = new String[0x10000];    // casefold + transliteration; null: itself
    private final ConfusableLetters confusables;
    private final byte[] flags = new byte[0x10000];       // EMOJI | SPACE | WORD | LETTER of each BMP code point
    private final byte[] output = new byte[0x10000];      // KEEP, DROP or SEPARATE when the character is written
    private static final byte EMOJI = 1;
    private static final byte SPACE = 2;
    private static final byte WORD = 4;
    private static final byte LETTER = 8;
    private static final byte KEEP = 0;
    private static final byte DROP = 1;
    private static final byte SEPARATE = 2;

    public TextNormalizer(NormalizationOptions options) {
        this.options = options;
        this.confusables = options.foldHomoglyphs() ? new ConfusableLetters() : null;
        Normalizer2 nfkcNormalizer = Normalizer2.getNFKCInstance();
        Normalizer2 casefold = Normalizer2.getNFKCCasefoldInstance();
        Transliterator romaniser = options.transliterate()
                ? Transliterator.createFromRules("trollscope-fold", TRANSFORM, Transliterator.FORWARD) : null;
        for (int cp = 0; cp < 0x10000; cp++) {
            flags[cp] = (byte) ((isEmoji(cp) ? EMOJI : 0) | (isSpace(cp) ? SPACE : 0)
                    | (UCharacter.isLetter(cp) ? LETTER | WORD : 0)
                    | (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK ? WORD : 0));
            output[cp] = outputKind(cp);
            if (Character.isSurrogate((char) cp) || UCharacter.getType(cp) == UCharacter.UNASSIGNED) {
                continue;
            }
            String self = String.valueOf((char) cp);
            String n = nfkcNormalizer.normalize(self);
            if (!n.equals(self)) {
                nfkc[cp] = n;
            }
            String folded = casefold.normalize(self);
            String f = romaniser != null && romanisable(cp) ? romaniser.transliterate(folded) : folded;
            if (!f.equals(self)) {
                fold[cp] = f;
            }
        }
    }

    /**
     * Whether a code point is worth romanising when the tables are built: not ASCII, and not in the
     * large blocks whose romanisation is slow and irrelevant here (Han, Hangul syllables, Yi, private
     * use); those are casefolded only and compared as they are.
     */
    private static boolean romanisable(int cp) {
        return cp >= 0x80 && !(cp >= 0x3400 && cp < 0xA4D0) && !(cp >= 0xAC00 && cp < 0xD7B0)
                && !(cp >= 0xE000 && cp < 0xFB00);
    }

    /** A normaliser with {@link NormalizationOptions#NEAR_DUPLICATE}. */
    public static TextNormalizer nearDuplicate() {
        return new TextNormalizer(NormalizationOptions.NEAR_DUPLICATE);
    }

    public NormalizationOptions options() {
        return options;
    }

    /** The folded form of a message ({@code ""} for {@code null}). */
    public String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        CodePoints cps = decompose(text);
        if (confusables != null) {
            repairHomoglyphs(cps.values, cps.size);
        }
        return compose(cps.values, cps.size);
    }

    /** Steps 1–2: entity and emoji stripping, NFKC. */
    private CodePoints decompose(CharSequence text) {
        CodePoints out = new CodePoints(text.length() + 4);
        int len = text.length();
        int i = 0;
        boolean tokenStart = true;
        while (i < len) {
            if (tokenStart) {
                int end = entityEnd(text, i);
                if (end > i) {
                    i = end;
                    tokenStart = false;
                    continue;
                }
            }
            char ch = text.charAt(i);
            if (ch < 0x80 && ch > ' ' && ch != '@' && ch != '#') { // plain ASCII: no emoji, no NFKC change
                out.add(ch);
                i++;
                tokenStart = false;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            boolean bmp = cp < 0x10000;
            tokenStart = bmp ? (flags[cp] & SPACE) != 0 : false;
            if (options.stripEmoji() && (bmp ? (flags[cp] & EMOJI) != 0 : isEmoji(cp))) {
                continue;
            }
            String s = bmp ? nfkc[cp] : nfkcSupplementary(cp);
            if (s == null) {
                out.add(cp);
            } else {
                s.codePoints().forEach(out::add);
            }
        }
        return out;
    }

    private static String nfkcSupplementary(int cp) {
        String self = new String(Character.toChars(cp));
        String n = Normalizer2.getNFKCInstance().normalize(self);
        return n.equals(self) ? null : n;
    }

    /** The end of a url, mention or hashtag token starting at {@code i} that is to be dropped, else {@code i}. */
    private int entityEnd(CharSequence text, int i) {
        char c = text.charAt(i);
        if ((c == '@' && options.stripMentions()) || (c == '#' && options.stripHashtags())) {
            int j = i + 1;
            while (j < text.length()) {
                int cp = Character.codePointAt(text, j);
                if (!(UCharacter.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK)) {
                    break;
                }
                j += Character.charCount(cp);
            }
            return j > i + 1 ? j : i;
        }
        if (options.stripUrls() && isUrlStart(text, i)) {
            int j = i;
            while (j < text.length() && !isSpace(Character.codePointAt(text, j))) {
                j += Character.charCount(Character.codePointAt(text, j));
            }
            return j;
        }
        return i;
    }

    private static boolean isUrlStart(CharSequence text, int i) {
        if (startsWithIgnoreCase(text, i, "www.") || startsWithIgnoreCase(text, i, "t.me/")) {
            return true;
        }
        int j = i;
        while (j < text.length() && j - i < 12) { // a scheme: letters, digits, + - . then "://"
            char c = text.charAt(j);
            if (c == ':') {
                return j > i && startsWithIgnoreCase(text, j, "://");
            }
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
            j++;
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int i, String prefix) {
        if (i + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(i + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Emoji and the characters that glue them: pictographs, flags, skin tones, joiners, selectors, keycaps. */
    static boolean isEmoji(int cp) {
        if (cp < 0xA9) {
            return false;
        }
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)
                || cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
                || (cp >= 0xE0020 && cp <= 0xE007F); // tag characters of subdivision flags
    }

    /** Step 3: per word, letters of a minority script become their look-alike in the majority script. */
    private void repairHomoglyphs(int[] cps, int n) {
        int[] total = new int[3];
        for (int k = 0; k < n; k++) {
            int s = confusables.script(cps[k]);
            if (s >= 0) {
                total[s]++;
            }
        }
        int textMajority = majority(total);
        int[] count = new int[3];
        int k = 0;
        while (k < n) {
            if (!isWordChar(cps[k])) {
                k++;
                continue;
            }
            int start = k;
            Arrays.fill(count, 0);
            boolean allConfusable = true;
            while (k < n && isWordChar(cps[k])) {
                int s = confusables.script(cps[k]);
                if (s >= 0) {
                    count[s]++;
                    if (textMajority >= 0 && s != textMajority && confusables.inScript(cps[k], textMajority) == 0) {
                        allConfusable = false;
                    }
                } else if (cps[k] < 0x10000 ? (flags[cps[k]] & LETTER) != 0 : UCharacter.isLetter(cps[k])) {
                    allConfusable = false;
                }
                k++;
            }
            int target = allConfusable && textMajority >= 0 ? textMajority : majority(count);
            if (target < 0) {
                target = textMajority;
            }
            if (target < 0) {
                continue;
            }
            for (int j = start; j < k; j++) {
                int s = confusables.script(cps[j]);
                if (s >= 0 && s != target) {
                    int look = confusables.inScript(cps[j], target);
                    if (look != 0) {
                        cps[j] = look;
                    }
                }
            }
        }
    }

    private boolean isWordChar(int cp) {
        return cp < 0x10000 ? (flags[cp] & WORD) != 0
                : UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
    }

    /** The script with strictly the most letters, or -1 on a tie or when there are none. */
    private static int majority(int[] count) {
        int best = -1;
        int bestCount = 0;
        boolean tie = false;
        for (int s = 0; s < count.length; s++) {
            if (count[s] > bestCount) {
                best = s;
                bestCount = count[s];
                tie = false;
            } else if (count[s] == bestCount && bestCount > 0) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /** Steps 4–5: casefold, transliterate, fold punctuation and spaces, fold digraphs. */
    private String compose(int[] cps, int n) {
        StringBuilder out = new StringBuilder(n + 16);
        boolean pendingSpace = false;
        for (int k = 0; k < n; k++) {
            int cp = cps[k];
            if (cp < 0x10000) {
                pendingSpace = emitFolded(out, cp, pendingSpace);
            } else {
                String f = Normalizer2.getNFKCCasefoldInstance().normalize(new String(Character.toChars(cp)));
                for (int j = 0; j < f.length(); ) {
                    int c = f.codePointAt(j);
                    j += Character.charCount(c);
                    pendingSpace = c < 0x10000 ? emitFolded(out, c, pendingSpace) : emit(out, c, pendingSpace);
                }
            }
        }
        return options.transliterate() ? foldDigraphs(out) : out.toString();
    }

    private boolean emitFolded(StringBuilder out, int cp, boolean pendingSpace) {
        String f = fold[cp];
        if (f == null) {
            return emit(out, cp, pendingSpace);
        }
        for (int j = 0; j < f.length(); ) {
            int c = f.codePointAt(j);
            j += Character.charCount(c);
            pendingSpace = emit(out, c, pendingSpace);
        }
        return pendingSpace;
    }

    /** Appends one output character; returns whether a space is pending. */
    private boolean emit(StringBuilder out, int c, boolean pendingSpace) {
        byte kind = c < 0x10000 ? output[c] : outputKind(c);
        if (kind == DROP) {
            return pendingSpace;
        }
        if (kind == SEPARATE) {
            return true;
        }
        if (pendingSpace && out.length() > 0) {
            out.append(' ');
        }
        out.appendCodePoint(c);
        return false;
    }

    /** What becomes of a character when it is written, under this normaliser's options. */
    private byte outputKind(int c) {
        int type = UCharacter.getType(c);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT
                || isApostrophe(c)) {
            return DROP;
        }
        boolean keep = UCharacter.isLetterOrDigit(c) || type == UCharacter.COMBINING_SPACING_MARK
                || (!options.stripEmoji() && isEmoji(c))
                || (!options.foldPunctuation() && !isSpace(c) && type != UCharacter.CONTROL);
        return keep ? KEEP : SEPARATE;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BB || c == 0x02BC || c == 0x02B9
                || c == 0x00B4 || c == 0x02BF || c == 0x02BE;
    }

    private static String foldDigraphs(StringBuilder s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i + 1 < s.length() && s.charAt(i + 1) == 'h' && (c == 'k' || c == 'z')) {
                out.append(c == 'k' ? 'x' : 'j');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A growable code point buffer. */
    private static final class CodePoints {
        int[] values;
        int size;

        CodePoints(int capacity) {
            values = new int[capacity];
        }

        void add(int cp) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2 + 8);
            }
            values[size++] = cp;
        }
    }
}
