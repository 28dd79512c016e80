package org.trollscope.core.privacy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces names of accounts inside free text (posts, object ids, URLs, file names). A word is a
 * run of letters, digits, {@code _}, {@code .} and {@code -} (dots and dashes at its ends are not
 * part of it). A word equal, ignoring case, to a known account id or handle becomes the account's
 * token; when it is not known, each of its dot- or dash-separated parts that is known is replaced
 * (so {@code alice.example.org} and {@code https://x.com/alice/status/1} lose {@code alice}).
 * Every {@code @mention} is replaced, known or not: known ones by the account's token, others by
 * the token of the mentioned name in lower case. An {@code @} right after a letter or digit (an
 * e-mail address) is not a mention.
 *
 * <p>Not replaced: names written any other way (display names, nicknames, names in images).
 * Cost: one regex pass per text and one HMAC per unknown mention.
 */
final class NameScrubber {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_@.\\-])(@?)([\\p{L}\\p{N}_.\\-]+)");
    private static final Pattern PARTS = Pattern.compile("[^.\\-]+");

    private final Map<String, String> known = new HashMap<>();
    private final Pseudonyms pseudonyms;

    NameScrubber(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** Registers a name (id or handle) of an account whose token is {@code token}; the first registration wins. */
    void add(String name, String token) {
        if (name == null) {
            return;
        }
        String key = key(name);
        if (!key.isEmpty()) {
            known.putIfAbsent(key, token);
        }
    }

    /** The token of a known name, or null. */
    String known(String name) {
        return known.get(key(name));
    }

    String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            int start = m.start(2);
            int end = m.end(2);
            while (start < end && isEdge(text.charAt(start))) {
                start++;
            }
            while (end > start && isEdge(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            boolean mention = !m.group(1).isEmpty() && start == m.start(2);
            String word = text.substring(start, end);
            String replacement = replacement(word, mention);
            if (replacement == null) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16);
            }
            sb.append(text, last, start).append(replacement);
            last = end;
        }
        if (sb == null) {
            return text;
        }
        return sb.append(text, last, text.length()).toString();
    }

    private String replacement(String word, boolean mention) {
        String t = known.get(key(word));
        if (t != null) {
            return t;
        }
        if (mention) {
            return pseudonyms.token(word.toLowerCase(Locale.ROOT));
        }
        if (word.indexOf('.') < 0 && word.indexOf('-') < 0) {
            return null;
        }
        Matcher p = PARTS.matcher(word);
        StringBuilder sb = null;
        int last = 0;
        while (p.find()) {
            String part = known.get(p.group().toLowerCase(Locale.ROOT));
            if (part != null) {
                if (sb == null) {
                    sb = new StringBuilder(word.length() + 16);
                }
                sb.append(word, last, p.start()).append(part);
                last = p.end();
            }
        }
        return sb == null ? null : sb.append(word, last, word.length()).toString();
    }

    private static boolean isEdge(char c) {
        return c == '.' || c == '-';
    }

    /** Lower case, without a leading {@code @} and without dots or dashes at the ends. */
    private static String key(String name) {
        String s = name.strip();
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        int a = 0;
        int b = s.length();
        while (a < b && isEdge(s.charAt(a))) {
            a++;
        }
        while (b > a && isEdge(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b).toLowerCase(Locale.ROOT);
    }
}
