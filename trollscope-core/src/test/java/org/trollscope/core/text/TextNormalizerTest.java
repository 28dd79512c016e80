package org.trollscope.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expected forms are derived by hand from the rules in {@link TextNormalizer}'s javadoc: casefold,
 * the Cyrillic rule set (ш→sh, ч→ch, ж→j, х→x, ҳ→h, ҷ→j, қ→q, ғ→g, ў→o, ң→ng, ә→a, ө→o, ү→u, ұ→u,
 * і→i, ы→y, й→y, щ→sh, ь/ъ dropped), punctuation to one space.
 */
class TextNormalizerTest {
    private static TextNormalizer normalizer;

    @BeforeAll
    static void build() {
        normalizer = TextNormalizer.nearDuplicate();
    }

    private static String norm(String s) {
        return normalizer.normalize(s);
    }

    @Test
    void tajikLettersAreRomanisedLikeTajikLatin() {
        assertThat(norm("Мо бар зидди ифротгароӣ ҳастем!")).isEqualTo("mo bar ziddi ifrotgaroi hastem");
        assertThat(norm("Ҷумҳурии Тоҷикистон — кишвари соҳибистиқлол.")).isEqualTo("jumhurii tojikiston kishvari sohibistiqlol");
        assertThat(norm("Ғалаба ва рӯзи нав")).isEqualTo("galaba va ruzi nav");
    }

    @Test
    void russianIsRomanisedAndPunctuationFolded() {
        assertThat(norm("Все на выборы!!! Голосуй за будущее страны...")).isEqualTo("vse na vybory golosuy za budushee strany");
        assertThat(norm("Мы против экстремизма")).isEqualTo("my protiv ekstremizma");
    }

    @Test
    void uzbekCyrillicAndUzbekLatinFoldToTheSameText() {
        assertThat(norm("Биз экстремизмга қаршимиз!")).isEqualTo("biz ekstremizmga qarshimiz");
        assertThat(norm("Biz ekstremizmga qarshimiz!")).isEqualTo("biz ekstremizmga qarshimiz");
        assertThat(norm("Ҳаммамиз бирга бўлайлик, Ўзбекистон учун"))
                .isEqualTo(norm("Hammamiz birga boʻlaylik, Oʻzbekiston uchun"))
                .isEqualTo("hammamiz birga bolaylik ozbekiston uchun");
        assertThat(norm("Ғалаба")).isEqualTo(norm("Gʻalaba"));
    }

    @Test
    void kazakhLettersAreRomanised() {
        assertThat(norm("Әділетті Қазақстан үшін бірге жұмыс істейміз"))
                .isEqualTo("adiletti qazaqstan ushin birge jumys isteymiz");
        assertThat(norm("Менің елім, Қазақстаным! Тәуелсіздік күні құтты болсын"))
                .isEqualTo("mening elim qazaqstanym tauelsizdik kuni qutty bolsyn");
        // Kazakh Latin alphabet (2018 edition uses ş for ш, ñ for ң): the same folded text
        assertThat(norm("Meniñ elim, Qazaqstanym!")).isEqualTo("mening elim qazaqstanym");
        assertThat(norm("Әділетті Қазақстан үшін")).isEqualTo(norm("Ädiletti Qazaqstan üşin"));
    }

    @Test
    void kyrgyzLettersAreRomanised() {
        assertThat(norm("Кыргызстан эл аралык кызматташтыкты колдойт"))
                .isEqualTo("kyrgyzstan el aralyk kyzmattashtykty koldoyt");
        assertThat(norm("Биз өлкөбүздүн тынчтыгы үчүн, Ала-Тоо!")).isEqualTo("biz olkobuzdun tynchtygy uchun ala too");
    }

    @Test
    void latinLettersPosingAsCyrillicAreRepaired() {
        // "Mы пpoтив" with Latin M, p and o inside Cyrillic words
        assertThat(norm("Mы пpoтив экстpемизма")).isEqualTo("my protiv ekstremizma");
        // whole short words in look-alike Latin follow the message's script: Latin "c" for the preposition "с"
        assertThat(norm("Вместе c народом")).isEqualTo(norm("Вместе с народом")).isEqualTo("vmeste s narodom");
        // upper-case Latin B and H resemble Cyrillic В and Н
        assertThat(norm("BСЕ HА ВЫБОРЫ")).isEqualTo("vse na vybory");
    }

    @Test
    void cyrillicLettersPosingAsLatinAreRepaired() {
        // Cyrillic "а" and "е" inside Uzbek Latin words
        assertThat(norm("Biz ekstrеmizmgа qarshimiz")).isEqualTo("biz ekstremizmga qarshimiz");
    }

    @Test
    void urlsMentionsAndEmojiAreDroppedAndHashtagsKeptAsWords() {
        assertThat(norm("🔥🔥 Мы против экстремизма! 👍🏽 #Таджикистан @user_1 https://t.co/AbC?x=1 🇹🇯"))
                .isEqualTo("my protiv ekstremizma tadjikistan");
        assertThat(new TextNormalizer(NormalizationOptions.NEAR_DUPLICATE.withStripHashtags(true))
                .normalize("Мы против #экстремизм www.example.org t.me/channel/12"))
                .isEqualTo("my protiv");
    }

    @Test
    void compatibilityFormsAndCaseFold() {
        assertThat(norm("ＭＹ ＰＲＯＴＩＶ 𝐞𝐤𝐬𝐭𝐫𝐞𝐦𝐢𝐳𝐦𝐚")).isEqualTo("my protiv ekstremizma");
        assertThat(norm("STRAẞE Straße")).isEqualTo("strasse strasse");
    }

    @Test
    void russianStyleDigraphsFoldToUzbekLetters() {
        // "kh"/"zh" spellings of х/ж meet the Cyrillic fold x/j
        assertThat(norm("Khudzhand")).isEqualTo(norm("Худжанд")).isEqualTo("xudjand");
    }

    @Test
    void minimalOptionsOnlyCasefoldAndSpace() {
        TextNormalizer minimal = new TextNormalizer(NormalizationOptions.MINIMAL);
        assertThat(minimal.normalize("  Мы   ПРОТИВ,\tвсе!  ")).isEqualTo("мы против, все!");
        assertThat(minimal.normalize(null)).isEmpty();
    }
}
