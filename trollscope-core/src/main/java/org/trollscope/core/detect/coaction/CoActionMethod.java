package org.trollscope.core.detect.coaction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What two accounts must act on together to co-act: the same shared post, liked post, replied-to
 * post, normalised link, case-folded hashtag, or near-duplicate text. Each method has its own object
 * space, so evidence from different methods is never mixed before the combined network is built.
 */
public enum CoActionMethod {
    /** Shares (retweets, reposts, forwards) of the same target. */
    SHARE,
    /** Likes or reactions on the same target. */
    LIKE,
    /** Replies to the same target. */
    REPLY,
    /** The same link, after {@link LinkNormaliser}. */
    LINK,
    /** The same hashtag, after {@link HashtagFolding}. */
    HASHTAG,
    /**
     * Near-duplicate authored texts (posts, replies, quotes): the objects are clusters of messages
     * that are each a near-duplicate of the cluster's centre message ({@link NearTextObjects}).
     */
    NEAR_TEXT;

    private static final CoActionMethod[] VALUES = values();

    /** The lower-case name used on the command line and in files, e.g. {@code share}, {@code near-text}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CoActionMethod ofCode(int code) {
        return VALUES[code];
    }

    /**
     * Parses a method name, case-insensitively; {@code near-text} and {@code near_text} are one.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static CoActionMethod parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CoActionMethod m : VALUES) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown co-action method '" + text + "' (allowed: "
                + Arrays.stream(VALUES).map(CoActionMethod::wireName).collect(Collectors.joining(", ")) + ")");
    }

    /** Parses a comma-separated list such as {@code share,like}. */
    public static Set<CoActionMethod> parseList(String text) {
        EnumSet<CoActionMethod> set = EnumSet.noneOf(CoActionMethod.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                set.add(parse(part));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no co-action method given in '" + text + "'");
        }
        return set;
    }
}
