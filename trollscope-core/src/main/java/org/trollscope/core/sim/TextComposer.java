package org.trollscope.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Composes the texts of the simulation in Tajik and Russian: organic posts and replies from
 * fragments (so organic replies vary, with a few stock short replies that recur as real ones do),
 * official posts of government pages, critics' posts and livestreams, and the factory's attack
 * replies: a template per cue varied per use by inserted words, emoji, case changes, dropped words,
 * punctuation and Latin look-alikes of Cyrillic letters, more so as the paraphrase strength grows.
 */
final class TextComposer {
    private static final String[] OPENERS = {
        "", "", "", "Имрӯз", "Дирӯз", "Бародарон,", "Дӯстон,", "Сегодня", "Друзья,", "Хабари хуш:",
        "Кто знает,", "Мардум,", "Ассалому алайкум!", "Эй Худо,", "Короче,", "Саволе дорам:",
    };
    private static final String[] BODIES = {
        "дар Душанбе борон меборад", "нархи орд боз баланд шуд", "тӯйи бародарам буд",
        "в Душанбе опять отключили свет", "кто-нибудь знает, где купить билет до Москвы?",
        "бозии Истиқлол хеле хуб буд", "мактаби нав дар Хуҷанд кушода шуд", "рӯзатон нек бошад",
        "барқ боз нест", "очень жарко сегодня", "поздравляю всех с праздником", "Наврӯз муборак",
        "роҳи Ваҳдат боз баста аст", "бачаҳо ба Русия рафтанд", "нархи гӯшт дар бозор чанд аст?",
        "интернет хеле суст кор мекунад", "модарам бемор аст, дуо кунед", "писарам мактабро хатм кард",
        "кто смотрел вчерашний матч?", "в Худжанде открыли новый парк", "ошпазӣ кардам, оши палав",
        "боз трафик дар маркази шаҳр", "имтиҳонҳо наздик аст", "такси до аэропорта сколько стоит?",
        "ҳаво дар Помир сард шуд", "духтарам ба донишгоҳ дохил шуд", "кор дар Душанбе ёфт намешавад",
        "чой бо нон беҳтарин аст", "завтра едем в Варзоб", "суратҳои кӯҳҳои Фон", "бозори Корвон пур аз мардум",
    };
    private static final String[] ENDINGS = {"", "!", ".", "...", " 😊", " 🙏", " ❤️", " 🇹🇯", "!!", " 😂", " 👍"};
    private static final String[] STOCK_REPLIES = {
        "Раҳмат", "Офарин!", "👍", "Правильно", "Зӯр!", "Согласен", "❤️", "Худо нигаҳдор", "Ҳа", "Кай?",
    };
    private static final String[] REPLY_FRAGMENTS = {
        "дуруст мегӯед", "ман розӣ нестам", "это неправда", "хеле хуб", "а где источник?", "ман ҳам дидам",
        "чаро ҳамин хел?", "вообще не согласен", "аз куҷо медонед?", "ташаккур барои маълумот",
        "у нас тоже так", "иншоаллоҳ хуб мешавад", "кто виноват?", "бародар, саломат бошед",
        "ин гапи нав нест", "как всегда", "ман дар Маскав ҳастам", "хабар диҳед", "ваҳ, чӣ хел зебо",
        "давно пора", "ҳамааш дурӯғ", "модарҷон, дуо кунед", "надо что-то делать", "боварам намеояд",
    };
    private static final String[] GOVERNMENT_BODIES = {
        "Пешвои миллат дар маросими ифтитоҳи мактаби нав иштирок намуданд",
        "Дар ноҳияи Рӯдакӣ корхонаи нави коркарди пахта ба истифода дода шуд",
        "Сохтмони НБО Роғун мувофиқи нақша идома дорад",
        "Вазорат оид ба омодагӣ ба фасли тирамоҳу зимистон ҷаласа баргузор кард",
        "Состоялась встреча по вопросам развития энергетики республики",
        "Дар шаҳри Душанбе 12 иншооти нав мавриди баҳрабардорӣ қарор гирифт",
        "Ҷавонон дар озодакунии ҳудуди шаҳр аз партовҳо фаъолона иштирок карданд",
        "Подписано соглашение о строительстве новой дороги Душанбе — Бохтар",
    };
    private static final String[] CRITIC_BODIES = {
        "Чаро нархи барқ боз баланд шуд? Ҷавоб диҳед",
        "Мактабҳо бе гармӣ мондаанд, мансабдорон хомӯшанд",
        "Почему журналисты снова в тюрьме? Вопрос к властям",
        "Ҳазорон ҷавонон ба муҳоҷират мераванд, чаро кор нест?",
        "Коррупция в распределении земли: документы у нас",
        "Шаҳрвандонро бе суд нигоҳ медоранд, ин қонунист?",
    };
    private static final String[] ATTACK_TEMPLATES = {
        "{name} боз дурӯғ мегӯяд. Ба ин хоин бовар накунед!",
        "{name}, ту ватанфурӯш ҳастӣ! Тоҷикистон бе ту ҳам пеш меравад.",
        "Ин одам бо пули хориҷиён зиндагӣ мекунад. Шарм бод, {name}!",
        "{name} опять врёт за деньги Запада. Позор!",
        "Кто платит {name} за эту ложь? Народ не верит провокаторам.",
        "Мардум сулҳу оромиро интихоб кардаанд, на иғвогарони мисли {name}.",
        "{name} из-за границы учит нас жить. Сиди тихо, предатель!",
        "Ҳамаи гапҳои {name} иғво аст. Ватанро дӯст доред, бародарон!",
    };
    private static final String[] FILLERS = {
        "аслан", "ҳамеша", "боз", "албатта", "вообще", "честно", "бародарон", "реально", "ҳатто", "уже",
    };
    private static final String[] ANGRY_EMOJI = {"😡", "👎", "🤮", "🇹🇯", "💪", "🤬", "😂", "🤡"};
    /** Cyrillic letters and the Latin letters that look the same. */
    private static final String CYRILLIC_LOOKALIKES = "аеорсухАВЕКМНОРСТХ";
    private static final String LATIN_LOOKALIKES = "aeopcyxABEKMHOPCTX";

    private TextComposer() {
    }

    static int attackTemplates() {
        return ATTACK_TEMPLATES.length;
    }

    static String organicPost(SplittableRandom rng) {
        StringBuilder sb = new StringBuilder();
        String opener = RandomDraws.pick(rng, OPENERS);
        if (!opener.isEmpty()) {
            sb.append(opener).append(' ');
        }
        String body = RandomDraws.pick(rng, BODIES);
        sb.append(body);
        String second = RandomDraws.pick(rng, BODIES);
        if (rng.nextDouble() < 0.35 && !second.equals(body)) {
            sb.append(", ").append(second);
        }
        sb.append(RandomDraws.pick(rng, ENDINGS));
        return capitalise(sb.toString());
    }

    static String organicReply(SplittableRandom rng) {
        if (rng.nextDouble() < 0.2) {
            return RandomDraws.pick(rng, STOCK_REPLIES);
        }
        StringBuilder sb = new StringBuilder(RandomDraws.pick(rng, REPLY_FRAGMENTS));
        if (rng.nextDouble() < 0.4) {
            sb.append(", ").append(RandomDraws.pick(rng, REPLY_FRAGMENTS));
        }
        sb.append(RandomDraws.pick(rng, ENDINGS));
        String s = sb.toString();
        return rng.nextDouble() < 0.6 ? capitalise(s) : s;
    }

    static String governmentPost(SplittableRandom rng) {
        return RandomDraws.pick(rng, GOVERNMENT_BODIES) + ".";
    }

    static String criticPost(SplittableRandom rng, boolean livestream) {
        if (livestream) {
            return (rng.nextBoolean() ? "Пахши мустақим: " : "Прямой эфир: ") + RandomDraws.pick(rng, CRITIC_BODIES);
        }
        return RandomDraws.pick(rng, CRITIC_BODIES);
    }

    /** One use of attack template {@code template} against {@code name}, varied by {@code strength}. */
    static String attackReply(SplittableRandom rng, int template, String name, double strength) {
        List<String> words = new ArrayList<>(List.of(ATTACK_TEMPLATES[template].replace("{name}", name).split(" ")));
        if (rng.nextDouble() < strength) {
            words.add(1 + rng.nextInt(words.size() - 1), RandomDraws.pick(rng, FILLERS));
        }
        if (rng.nextDouble() < strength * 0.5) {
            words.add(1 + rng.nextInt(words.size() - 1), RandomDraws.pick(rng, FILLERS));
        }
        if (words.size() > 4 && rng.nextDouble() < strength * 0.3) {
            words.remove(1 + rng.nextInt(words.size() - 2));
        }
        String s = String.join(" ", words);
        if (rng.nextDouble() < strength * 0.5) {
            s = s.endsWith("!") ? s + "!!" : s.replaceAll("[.!]$", "");
        }
        double caseDraw = rng.nextDouble();
        if (caseDraw < strength * 0.15) {
            s = s.toUpperCase(Locale.ROOT);
        } else if (caseDraw < strength * 0.35) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (strength > 0) {
            s = homoglyphs(rng, s, strength * 0.15);
        }
        if (rng.nextDouble() < 0.7 * strength) {
            StringBuilder e = new StringBuilder();
            int n = 1 + rng.nextInt(3);
            String emoji = RandomDraws.pick(rng, ANGRY_EMOJI);
            for (int i = 0; i < n; i++) {
                e.append(emoji);
            }
            s = rng.nextDouble() < 0.8 ? s + " " + e : e + " " + s;
        }
        return s;
    }

    private static String homoglyphs(SplittableRandom rng, String s, double rate) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = CYRILLIC_LOOKALIKES.indexOf(c);
            sb.append(k >= 0 && rng.nextDouble() < rate ? LATIN_LOOKALIKES.charAt(k) : c);
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s, Character.charCount(first), s.length()).toString();
    }
}
