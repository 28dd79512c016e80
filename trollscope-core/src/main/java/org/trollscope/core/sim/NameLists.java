package org.trollscope.core.sim;

/**
 * Tajik personal names and surnames in Cyrillic with their usual Latin spelling ("Cyrillic|latin"),
 * and the words handles and page names are made of. Surnames are in the male form; the female form
 * adds {@code а}/{@code a} (the {@code -зода} forms are shared).
 */
final class NameLists {
    static final String[] MALE = {
        "Фирӯз|firuz", "Давлат|davlat", "Ҷамшед|jamshed", "Рустам|rustam", "Бахтиёр|bakhtiyor",
        "Фаррух|farrukh", "Шоҳрух|shohrukh", "Сиёвуш|siyovush", "Умед|umed", "Қаҳҳор|qahhor",
        "Ғайрат|ghayrat", "Зафар|zafar", "Парвиз|parviz", "Меҳрубон|mehrubon", "Исмоил|ismoil",
        "Комрон|komron", "Алишер|alisher", "Далер|daler", "Некрӯз|nekruz", "Саидҷон|saidjon",
        "Манучеҳр|manuchehr", "Хуршед|khurshed", "Абдуллоҳ|abdulloh", "Икром|ikrom", "Носир|nosir",
        "Шерзод|sherzod", "Бобур|bobur", "Ҳусейн|husein", "Ӯктам|uktam", "Суҳроб|suhrob",
        "Азиз|aziz", "Раҳим|rahim", "Тоҳир|tohir", "Ёдгор|yodgor", "Беҳрӯз|behruz",
    };
    static final String[] FEMALE = {
        "Нигора|nigora", "Дилноза|dilnoza", "Мадина|madina", "Шаҳло|shahlo", "Гулноза|gulnoza",
        "Фарзона|farzona", "Зарина|zarina", "Мунира|munira", "Таҳмина|tahmina", "Сурайё|surayo",
        "Малика|malika", "Нилуфар|nilufar", "Гулбаҳор|gulbahor", "Ҷамила|jamila", "Меҳрангез|mehrangez",
        "Парвина|parvina", "Ситора|sitora", "Дилором|dilorom", "Шабнам|shabnam", "Ҳилола|hilola",
        "Мавҷуда|mavjuda", "Садбарг|sadbarg", "Фотима|fotima", "Зулфия|zulfiya", "Рухсора|ruhsora",
    };
    static final String[] SURNAMES = {
        "Раҳимов|rahimov", "Саидов|saidov", "Қодиров|qodirov", "Ҳасанов|hasanov", "Назаров|nazarov",
        "Шарипов|sharipov", "Каримов|karimov", "Ҷӯраев|juraev", "Ғафуров|ghafurov", "Исмоилов|ismoilov",
        "Мирзоев|mirzoev", "Раҷабов|rajabov", "Сафаров|safarov", "Холов|kholov", "Олимов|olimov",
        "Юсуфов|yusufov", "Давлатов|davlatov", "Абдуллоев|abdulloev", "Азимов|azimov", "Муродов|murodov",
        "Қурбонов|qurbonov", "Неъматов|nematov", "Бобоев|boboev", "Ҳакимов|hakimov", "Зоиров|zoirov",
        "Раҳимзода|rahimzoda", "Саидзода|saidzoda", "Қодирзода|qodirzoda", "Шарифзода|sharifzoda",
        "Ҳусейнзода|huseinzoda", "Назарзода|nazarzoda", "Маҳмадов|mahmadov", "Тоҳиров|tohirov",
        "Ёқубов|yoqubov", "Валиев|valiev", "Латипов|latipov", "Файзуллоев|faizulloev",
    };
    static final String[] NICK_WORDS = {
        "tojik", "pamir", "dushanbe", "khujand", "bokhtar", "kulob", "sher", "lola", "gul", "star",
        "boy", "girl", "love", "king", "queen", "dream", "samarqand", "navruz", "oftob", "mohtob",
        "best", "real", "life", "music", "football", "istiqlol", "moscow", "travel", "cafe", "doctor",
    };
    static final String[] PAGE_NAMES = {
        "Хабарҳои Душанбе|khabar_dushanbe", "Ахбори рӯз|akhbori_ruz", "Варзиш TJ|varzish_tj",
        "Новости Таджикистана|news_tajikistan", "Ҷаҳони мусиқӣ|musiqi", "Ошпазӣ бо мо|oshpazi",
        "Хуҷанд онлайн|khujand_online", "Бозори Корвон|korvon_bazar", "Кино ва сериалҳо|kino_serial",
        "Донишҷӯён|donishjuyon", "Мӯд ва зебоӣ|mud_zeboi", "Асия-Плюс|asia_plus_fan", "Форум TJ|forum_tj",
    };
    static final String[] GOVERNMENT_PAGES = {
        "Вазорати корҳои хориҷӣ|mfa_tajikistan", "Хадамоти матбуот|press_service_tj",
        "Вазорати маориф|maorif_gov", "Ҳукумати шаҳри Душанбе|dushanbe_city", "Вазорати тандурустӣ|health_gov_tj",
        "Кумитаи ҷавонон|javonon_tj", "Вазорати энергетика|energy_gov_tj", "Хизмати гумрук|customs_tj",
    };
    static final String[] SITES = {
        "khovar.tj", "news.tj", "asiaplustj.info", "ozodi.org", "avesta.tj", "sputnik-tj.com", "tojnews.org",
    };
    static final String[] HASHTAGS = {
        "Тоҷикистон", "Душанбе", "Наврӯз", "Таджикистан", "Хуҷанд", "варзиш", "Истиқлол", "новости",
        "Помир", "мактаб", "Рогун", "барқ", "football", "tajikistan", "Москва", "муҳоҷират", "тӯй",
    };

    private NameLists() {
    }

    static String cyrillic(String pair) {
        return pair.substring(0, pair.indexOf('|'));
    }

    static String latin(String pair) {
        return pair.substring(pair.indexOf('|') + 1);
    }
}
