package org.trollscope.io.read;

import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Finds hashtags and urls in a post's UTF-8 text, for files whose hashtag or url columns are
 * missing or empty.
 * <ul>
 * <li>A hashtag is {@code #} at the start or after a non-word character, followed by word
 *     characters: ASCII letters, digits, {@code _}, and any non-ASCII character (so Cyrillic,
 *     Arabic or CJK tags are whole; non-ASCII punctuation right after a tag is, rarely, taken
 *     along). Tags made only of digits ({@code #1}) are not hashtags, as on Twitter. The tag is
 *     stored without {@code #} and as written (normalisation is the detectors' job).</li>
 * <li>A url starts with {@code http://} or {@code https://} (any case) and runs to the next white
 *     space, quote or angle bracket; trailing {@code . , ; : ! ? ) ] ' }} are dropped.</li>
 * </ul>
 * One pass over the bytes, no allocation.
 */
final class TextEntities {
    private TextEntities() {
    }

    static void addHashtags(byte[] b, int off, int end, ActivityLogBuilder builder) {
        for (int i = off; i < end; i++) {
            if (b[i] != '#' || (i > off && isWord(b[i - 1]))) {
                continue;
            }
            int s = i + 1;
            int e = s;
            boolean letter = false;
            while (e < end && isWord(b[e])) {
                letter |= b[e] < '0' || b[e] > '9';
                e++;
            }
            if (letter) {
                builder.addHashtag(builder.hashtag(b, s, e - s));
            }
            i = e - 1;
        }
    }

    static void addUrls(byte[] b, int off, int end, ActivityLogBuilder builder) {
        for (int i = off; i + 7 < end; i++) {
            if ((b[i] | 0x20) != 'h' || !startsUrl(b, i, end)) {
                continue;
            }
            int e = i;
            while (e < end && !endsUrl(b[e])) {
                e++;
            }
            while (e > i && isTrailingPunctuation(b[e - 1])) {
                e--;
            }
            int schemeEnd = (b[i + 4] | 0x20) == 's' ? i + 8 : i + 7;
            if (e > schemeEnd) {
                builder.addUrl(builder.url(b, i, e - i));
            }
            i = e;
        }
    }

    private static boolean startsUrl(byte[] b, int i, int end) {
        if ((b[i + 1] | 0x20) != 't' || (b[i + 2] | 0x20) != 't' || (b[i + 3] | 0x20) != 'p') {
            return false;
        }
        int j = i + 4;
        if ((b[j] | 0x20) == 's') {
            j++;
        }
        return j + 3 <= end && b[j] == ':' && b[j + 1] == '/' && b[j + 2] == '/';
    }

    private static boolean isWord(byte c) {
        return c < 0 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }

    private static boolean endsUrl(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '<' || c == '>';
    }

    private static boolean isTrailingPunctuation(byte c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '\'' || c == '}';
    }
}
