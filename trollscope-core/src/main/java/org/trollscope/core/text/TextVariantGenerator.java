package org.trollscope.core.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates test messages for near-duplicate detection: unrelated messages drawn from one shared
 * vocabulary per language (Tajik, Russian, Uzbek, Kazakh, Kyrgyz), and variants of a message made
 * the way copied talking points are disguised ({@link Edit}).
 *
 * <p>Vocabulary: about fifty real words per language, followed by invented
 * words built from the language's letters (to {@value #VOCABULARY} words); words are drawn from a Zipf law (exponent 1) over that
 * ranked list, so that, as in real posts, unrelated messages share many common words and few rare
 * ones. Message length: 8–50 words, 2% long posts of 100–300 words (word shingles), with sentence
 * punctuation and capitals.
 *
 * <p>Deterministic: the vocabulary depends only on the constructor's seed, messages and variants
 * only on the {@link Random} passed in. Immutable once built and thread-safe (callers bring their
 * own Random).
 */
public final class TextVariantGenerator {
    static final int PSEUDO_WORDS = 4000;
    private static final int VOCABULARY = 50 + PSEUDO_WORDS;
    private static final String[] EMOJI = {"🔥", "👍", "👍🏽", "❤️", "🇹🇯", "🇺🇿", "🇰🇿", "💪", "🙏", "😡", "👏", "✅", "‼️", "😂"};
    private static final String CYRILLIC_LOOKALIKES = "аеорсухіАВЕКМНОРСТХ";
    private static final String LATIN_LOOKALIKES = "aeopcyxiABEKMHOPCTX";
    private static final String DEFAULT_ROMANISATION = "а=a б=b в=v г=g д=d е=e з=z и=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f"
            + " э=e ц=ts щ=sh ь= ъ= ы=y й=y ю=yu я=ya ё=yo ж=j ш=sh ч=ch х=x";

    /** How a variant disguises a copied message. */
    public enum Edit {
        /** one to three words inserted */
        INSERT_WORDS,
        /** some Cyrillic letters replaced by Latin look-alikes (or the reverse in Latin text) */
        HOMOGLYPHS,
        /** upper case, lower case or capitalised words */
        CASE,
        /** emoji at the start, inside or at the end */
        EMOJI,
        /** the whole message written in the Latin alphabet people use for the language */
        TRANSLITERATE,
        /** a different link, mention or hashtag added */
        ENTITIES,
        /** punctuation and spacing changed */
        PUNCTUATION
    }

    /** A generated message and its language. */
    public record Message(String text, GeneratedLanguage language) {
    }

    private final Map<GeneratedLanguage, String[]> vocabulary = new EnumMap<>(GeneratedLanguage.class);
    private final Map<GeneratedLanguage, Map<Character, String>> romanisation = new EnumMap<>(GeneratedLanguage.class);
    private final double[] zipfCumulative;

    public TextVariantGenerator(long seed) {
        Random rnd = new Random(seed);
        int size = 0;
        for (GeneratedLanguage language : GeneratedLanguage.values()) {
            List<String> words = new ArrayList<>(language.commonWords);
            Set<String> seen = new HashSet<>(words);
            while (words.size() < VOCABULARY) {
                String w = pseudoWord(language, rnd);
                if (seen.add(w)) {
                    words.add(w);
                }
            }
            vocabulary.put(language, words.toArray(new String[0]));
            size = words.size();
            Map<Character, String> table = new HashMap<>();
            for (String entry : (DEFAULT_ROMANISATION + " " + language.romanisation).split(" ")) {
                int eq = entry.indexOf('=');
                table.put(entry.charAt(0), entry.substring(eq + 1));
            }
            romanisation.put(language, table);
        }
        zipfCumulative = new double[size];
        double sum = 0;
        for (int r = 0; r < size; r++) {
            sum += 1.0 / (r + 1);
            zipfCumulative[r] = sum;
        }
        for (int r = 0; r < size; r++) {
            zipfCumulative[r] /= sum;
        }
    }

    private static String pseudoWord(GeneratedLanguage language, Random rnd) {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + rnd.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            w.append(language.consonants.charAt(rnd.nextInt(language.consonants.length())));
            w.append(language.vowels.charAt(rnd.nextInt(language.vowels.length())));
            if (rnd.nextInt(3) == 0) {
                w.append(language.consonants.charAt(rnd.nextInt(language.consonants.length())));
            }
        }
        return w.toString();
    }

    /** An unrelated message in a random language. */
    public Message message(Random rnd) {
        return message(rnd, GeneratedLanguage.values()[rnd.nextInt(GeneratedLanguage.values().length)]);
    }

    public Message message(Random rnd, GeneratedLanguage language) {
        int words = rnd.nextInt(50) == 0 ? 100 + rnd.nextInt(201) : 8 + rnd.nextInt(43);
        StringBuilder text = new StringBuilder();
        boolean capital = true;
        int sentence = 6 + rnd.nextInt(8);
        for (int i = 0; i < words; i++) {
            String w = word(rnd, language);
            if (capital) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                capital = false;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w);
            if (--sentence == 0 || i == words - 1) {
                text.append(rnd.nextInt(4) == 0 ? "!" : ".");
                capital = true;
                sentence = 6 + rnd.nextInt(8);
            } else if (rnd.nextInt(12) == 0) {
                text.append(',');
            }
        }
        return new Message(text.toString(), language);
    }

    private String word(Random rnd, GeneratedLanguage language) {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = zipfCumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipfCumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary.get(language)[lo];
    }

    /** A variant with two or three distinct edits chosen at random. */
    public String variant(Message base, Random rnd) {
        Edit[] all = Edit.values();
        Set<Edit> edits = EnumSet.noneOf(Edit.class);
        int count = 2 + rnd.nextInt(2);
        while (edits.size() < count) {
            edits.add(all[rnd.nextInt(all.length)]);
        }
        return variant(base, rnd, edits);
    }

    /** A variant with the given edits, applied in declaration order (transliteration before homoglyphs). */
    public String variant(Message base, Random rnd, Set<Edit> edits) {
        String text = base.text();
        List<Edit> ordered = List.of(Edit.INSERT_WORDS, Edit.TRANSLITERATE, Edit.HOMOGLYPHS, Edit.CASE,
                Edit.PUNCTUATION, Edit.EMOJI, Edit.ENTITIES);
        for (Edit e : ordered) {
            if (edits.contains(e)) {
                text = apply(e, text, base.language(), rnd);
            }
        }
        return text;
    }

    private String apply(Edit edit, String text, GeneratedLanguage language, Random rnd) {
        return switch (edit) {
            case INSERT_WORDS -> {
                List<String> words = new ArrayList<>(List.of(text.split(" ")));
                int n = 1 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    words.add(rnd.nextInt(words.size() + 1), word(rnd, language));
                }
                yield String.join(" ", words);
            }
            case TRANSLITERATE -> romanise(text, language);
            case HOMOGLYPHS -> swapLookalikes(text, rnd);
            case CASE -> switch (rnd.nextInt(3)) {
                case 0 -> text.toUpperCase(java.util.Locale.ROOT);
                case 1 -> text.toLowerCase(java.util.Locale.ROOT);
                default -> capitaliseWords(text);
            };
            case EMOJI -> {
                StringBuilder b = new StringBuilder(text);
                int n = 1 + rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    String e = EMOJI[rnd.nextInt(EMOJI.length)];
                    int at = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(2) == 0 ? b.length() : spaceNear(b, rnd.nextInt(b.length() + 1));
                    b.insert(at, at == 0 ? e + " " : " " + e);
                }
                yield b.toString();
            }
            case ENTITIES -> switch (rnd.nextInt(3)) {
                case 0 -> "@user" + rnd.nextInt(100_000) + " " + text;
                case 1 -> text + " https://t.me/c" + rnd.nextInt(1000) + "/" + rnd.nextInt(1_000_000);
                default -> text + " #" + word(rnd, language);
            };
            case PUNCTUATION -> text.replace(".", rnd.nextBoolean() ? "!!!" : " ").replace(",", "").replace(" ", rnd.nextInt(4) == 0 ? "  " : " ");
        };
    }

    private static int spaceNear(CharSequence s, int at) {
        while (at < s.length() && s.charAt(at) != ' ') {
            at++;
        }
        return at;
    }

    private static String capitaliseWords(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }

    private String romanise(String text, GeneratedLanguage language) {
        Map<Character, String> table = romanisation.get(language);
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String r = table.get(lower);
            if (r == null) {
                b.append(c);
            } else if (c != lower && !r.isEmpty()) {
                b.append(Character.toUpperCase(r.charAt(0))).append(r, 1, r.length());
            } else {
                b.append(r);
            }
        }
        return b.toString();
    }

    private static String swapLookalikes(String text, Random rnd) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            int k = CYRILLIC_LOOKALIKES.indexOf(b.charAt(i));
            if (k >= 0 && rnd.nextInt(3) == 0) {
                b.setCharAt(i, LATIN_LOOKALIKES.charAt(k));
            } else if (k < 0 && (k = LATIN_LOOKALIKES.indexOf(b.charAt(i))) >= 0 && rnd.nextInt(3) == 0) {
                b.setCharAt(i, CYRILLIC_LOOKALIKES.charAt(k));
            }
        }
        return b.toString();
    }
}
