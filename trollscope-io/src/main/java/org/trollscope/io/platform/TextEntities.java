package org.trollscope.io.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds urls and hashtags in plain text, for platforms whose exports give no entity lists
 * (YouTube comments, VKontakte posts). A url is {@code http(s)://} up to whitespace, minus trailing
 * punctuation; a hashtag is {@code #} followed by letters, digits, marks or underscores, returned
 * without the {@code #}. Linear in the text length.
 */
final class TextEntities {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&/])#([\\p{L}\\p{M}\\p{N}_]+)");

    private TextEntities() {
    }

    static List<String> urls(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String u = m.group();
            int end = u.length();
            while (end > 0 && ".,;:!?)]}'".indexOf(u.charAt(end - 1)) >= 0) {
                end--;
            }
            out.add(u.substring(0, end));
        }
        return out;
    }

    static List<String> hashtags(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            String tag = m.group(1);
            if (!tag.chars().allMatch(Character::isDigit)) {
                out.add(tag);
            }
        }
        return out;
    }
}
