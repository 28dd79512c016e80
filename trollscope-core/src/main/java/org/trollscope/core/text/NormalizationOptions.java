package org.trollscope.core.text;

/**
 * What {@link TextNormalizer} folds away before texts are compared.
 *
 * @param foldHomoglyphs   inside a word written mostly in one script, replace letters of another script
 *                         that look the same (Unicode confusables, UTS #39) by that script's letter
 * @param transliterate    romanise Cyrillic (with Tajik, Uzbek, Kazakh and Kyrgyz letters) and other
 *                         scripts to ASCII Latin, so a Cyrillic text and its Latin spelling match
 * @param stripUrls        drop tokens starting with a scheme ({@code https://}), {@code www.} or {@code t.me/}
 * @param stripMentions    drop {@code @name} tokens (templated replies aimed at different accounts)
 * @param stripHashtags    drop {@code #tag} tokens entirely (otherwise only the '#' goes)
 * @param stripEmoji       drop emoji (Extended_Pictographic, skin tones, flags, joiners, selectors)
 * @param foldPunctuation  turn every character that is not a letter, digit or mark into a space
 */
public record NormalizationOptions(boolean foldHomoglyphs, boolean transliterate, boolean stripUrls,
                                   boolean stripMentions, boolean stripHashtags, boolean stripEmoji,
                                   boolean foldPunctuation) {
    /**
     * Near-duplicate defaults: everything folded, urls, mentions and emoji dropped, hashtags kept as
     * words (a hashtag is part of a talking point, a link's tracking suffix or the addressee is not).
     */
    public static final NormalizationOptions NEAR_DUPLICATE = new NormalizationOptions(true, true, true, true, false, true, true);

    /** Only NFKC casefolding and whitespace folding. */
    public static final NormalizationOptions MINIMAL = new NormalizationOptions(false, false, false, false, false, false, false);

    public NormalizationOptions withStripHashtags(boolean value) {
        return new NormalizationOptions(foldHomoglyphs, transliterate, stripUrls, stripMentions, value, stripEmoji, foldPunctuation);
    }

    public NormalizationOptions withStripEmoji(boolean value) {
        return new NormalizationOptions(foldHomoglyphs, transliterate, stripUrls, stripMentions, stripHashtags, value, foldPunctuation);
    }

    public NormalizationOptions withTransliterate(boolean value) {
        return new NormalizationOptions(foldHomoglyphs, value, stripUrls, stripMentions, stripHashtags, stripEmoji, foldPunctuation);
    }

    public NormalizationOptions withFoldHomoglyphs(boolean value) {
        return new NormalizationOptions(value, transliterate, stripUrls, stripMentions, stripHashtags, stripEmoji, foldPunctuation);
    }
}
