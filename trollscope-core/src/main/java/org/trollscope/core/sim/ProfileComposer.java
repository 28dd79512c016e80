package org.trollscope.core.sim;

import java.time.Instant;
import java.util.SplittableRandom;
import org.trollscope.core.model.AccountProfile;

/**
 * Composes account profiles. People get varied handles (nicknames, name.surname, name plus year,
 * random letters, and a few of the name_surname+digits kind); most factory accounts get the
 * default-looking name_surname+digits handle (each operator with a habitual kind of digits and name
 * order), a Cyrillic full name, a patriotic or empty bio and often
 * a stock avatar shared with other factory accounts, while the organic-looking share is styled like
 * people. Each account's profile is drawn from its own seeded stream, so it can be recomposed on
 * demand (e.g. a critic's name inside an attack reply). Handles are made unique by the caller.
 */
final class ProfileComposer {
    private static final String[] BIOS = {
        "Ҳаёт зебост", "Душанбе ❤️", "Москва — Душанбе", "Духтур", "Донишҷӯи ДМТ", "Оила — ҳама чиз",
        "Футбол ⚽", "Живу как умею", "Муаллим", "Шофер", "Instagram: ниг. поён", "Худо бо мост",
        "Бизнес, савдо", "Студент", "Ошпаз", "Модари се фарзанд",
    };
    private static final String[] FACTORY_BIOS = {
        "Ватандӯст 🇹🇯", "Тоҷикистон — Ватани ман", "Барои сулҳ ва ваҳдат", "Ифтихор аз Ватан 🇹🇯",
        "Я люблю Таджикистан", "Ваҳдат — асоси пешрафт",
    };
    private static final int STOCK_AVATARS = 24;

    private final Population pop;
    private final long seed;

    ProfileComposer(Population pop, long seed) {
        this.pop = pop;
        this.seed = seed;
    }

    /** The account's display name, as also used to address critics in replies. */
    String displayName(int account) {
        return compose(account).displayName();
    }

    /** The account's profile with a handle that may still collide with another account's. */
    AccountProfile compose(int account) {
        SplittableRandom r = SeedStreams.of(seed, SeedStreams.PROFILES, account);
        boolean female = r.nextDouble() < 0.45;
        String first = RandomDraws.pick(r, female ? NameLists.FEMALE : NameLists.MALE);
        String surname = RandomDraws.pick(r, NameLists.SURNAMES);
        String fullCyrillic = NameLists.cyrillic(first) + " " + feminine(NameLists.cyrillic(surname), female, true);
        String fullLatin = capitalise(NameLists.latin(first)) + " "
                + capitalise(feminine(NameLists.latin(surname), female, false));
        String firstLatin = NameLists.latin(first);
        String surnameLatin = feminine(NameLists.latin(surname), female, false);
        Instant created = Instant.ofEpochMilli(pop.createdAt[account]);
        switch (pop.kind[account]) {
            case Population.GOVERNMENT: {
                String page = NameLists.GOVERNMENT_PAGES[account % NameLists.GOVERNMENT_PAGES.length];
                int round = account / NameLists.GOVERNMENT_PAGES.length;
                return new AccountProfile(NameLists.latin(page) + (round == 0 ? "" : "_" + (round + 1)),
                        NameLists.cyrillic(page), created, 20_000 + r.nextInt(180_000), r.nextInt(50),
                        "Саҳифаи расмӣ", avatar(r));
            }
            case Population.CRITIC:
                return new AccountProfile(r.nextBoolean() ? firstLatin + "." + surnameLatin : surnameLatin + "_live",
                        fullCyrillic, created, 30_000 + r.nextInt(370_000), 200 + r.nextInt(800),
                        r.nextBoolean() ? "Журналист. Ҳақиқат танҳо ҳақиқат" : "Блогер, правозащитник", avatar(r));
            case Population.PAGE: {
                String page = RandomDraws.pick(r, NameLists.PAGE_NAMES);
                return new AccountProfile(NameLists.latin(page) + (r.nextBoolean() ? "" : "_" + (1 + r.nextInt(99))),
                        NameLists.cyrillic(page), created, 5_000 + r.nextInt(295_000), r.nextInt(300),
                        "Хабарҳо ва навигариҳо", avatar(r));
            }
            case Population.FACTORY:
                if (!pop.organicLooking[account]) {
                    // an operator has habits: the same kind of digits and name order on most accounts
                    SplittableRandom habit = SeedStreams.of(seed, SeedStreams.PROFILES,
                            -1L - pop.operatorOf[account - pop.organic]);
                    int digitStyle = habit.nextInt(3);
                    boolean surnameFirst = habit.nextDouble() < 0.25;
                    if (r.nextDouble() < 0.2) {
                        digitStyle = r.nextInt(3);
                        surnameFirst = r.nextDouble() < 0.25;
                    }
                    String digits = digitStyle == 0 ? Integer.toString(1980 + r.nextInt(26))
                            : digitStyle == 1 ? Integer.toString(10 + r.nextInt(90))
                            : Integer.toString(100 + r.nextInt(900));
                    String handle = surnameFirst
                            ? surnameLatin + "_" + firstLatin + digits
                            : firstLatin + "_" + surnameLatin + digits;
                    String bio = r.nextDouble() < 0.5 ? RandomDraws.pick(r, FACTORY_BIOS)
                            : r.nextDouble() < 0.5 ? RandomDraws.pick(r, BIOS) : null;
                    String avatar = r.nextDouble() < 0.4
                            ? stockAvatar(r.nextInt(STOCK_AVATARS))
                            : r.nextDouble() < 0.66 ? avatar(r) : null;
                    return new AccountProfile(handle, fullCyrillic, created, 5 + r.nextInt(150),
                            150 + r.nextInt(750), bio, avatar);
                }
                return person(r, firstLatin, surnameLatin, fullCyrillic, fullLatin, created, 5 + r.nextInt(300));
            default:
                long followers = Math.min(2_000_000, Math.round(RandomDraws.logNormal(r,
                        pop.kind[account] == Population.HYPERACTIVE ? 500 : 80, 1.2)));
                return person(r, firstLatin, surnameLatin, fullCyrillic, fullLatin, created, followers);
        }
    }

    private AccountProfile person(SplittableRandom r, String first, String surname, String fullCyrillic,
                                  String fullLatin, Instant created, long followers) {
        String handle;
        double h = r.nextDouble();
        if (h < 0.2) {
            handle = first + (r.nextBoolean() ? "." : "") + surname;
        } else if (h < 0.4) {
            handle = RandomDraws.pick(r, NameLists.NICK_WORDS) + (r.nextBoolean() ? "_" : "")
                    + (r.nextBoolean() ? RandomDraws.pick(r, NameLists.NICK_WORDS) : Integer.toString(r.nextInt(100)));
        } else if (h < 0.55) {
            handle = first + (r.nextBoolean() ? Integer.toString(1970 + r.nextInt(40)) : Integer.toString(r.nextInt(1000)));
        } else if (h < 0.7) {
            StringBuilder sb = new StringBuilder();
            int n = 6 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            handle = sb.toString();
        } else if (h < 0.82) {
            handle = first + "_" + RandomDraws.pick(r, NameLists.NICK_WORDS);
        } else if (h < 0.9) {
            handle = first + "_" + surname + (1975 + r.nextInt(31));
        } else {
            handle = surname.substring(0, Math.min(3, surname.length())) + "_" + first + "_" + r.nextInt(10);
        }
        double d = r.nextDouble();
        String display = d < 0.65 ? fullCyrillic
                : d < 0.8 ? fullLatin
                : d < 0.9 ? fullCyrillic.substring(0, fullCyrillic.indexOf(' '))
                : capitalise(RandomDraws.pick(r, NameLists.NICK_WORDS)) + " " + RandomDraws.pick(r, new String[] {"✨", "🌹", "", "TJ", "🇹🇯"});
        String bio = r.nextDouble() < 0.4 ? RandomDraws.pick(r, BIOS) : null;
        String avatar = r.nextDouble() < 0.75 ? avatar(r) : null;
        return new AccountProfile(handle, display.strip(), created, followers,
                Math.round(RandomDraws.logNormal(r, 150, 0.9)), bio, avatar);
    }

    private static String avatar(SplittableRandom r) {
        return String.format("avatar/%016x.jpg", r.nextLong());
    }

    private String stockAvatar(int k) {
        return String.format("avatar/%016x.jpg", SeedStreams.mix(seed * 31 + k));
    }

    private static String feminine(String surname, boolean female, boolean cyrillic) {
        if (!female || surname.endsWith("зода") || surname.endsWith("zoda")) {
            return surname;
        }
        return surname + (cyrillic ? "а" : "a");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
