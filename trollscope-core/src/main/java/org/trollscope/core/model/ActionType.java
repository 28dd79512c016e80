package org.trollscope.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an account did. Platform words map onto these six: a repost, retweet or forward is a
 * {@link #SHARE}; a comment is a {@link #REPLY}; any reaction is a {@link #LIKE}.
 */
public enum ActionType {
    POST, SHARE, QUOTE, REPLY, LIKE, FOLLOW;

    private static final ActionType[] VALUES = values();

    /** The lower-case name used in files, e.g. {@code share}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActionType ofCode(int code) {
        return VALUES[code];
    }

    /** The accepted names, for error messages: {@code post, share, quote, reply, like, follow}. */
    public static String allowedNames() {
        return Arrays.stream(VALUES).map(ActionType::wireName).collect(Collectors.joining(", "));
    }

    /**
     * Parses a file's action type, case-insensitively, also accepting the usual platform synonyms
     * (retweet, repost, forward, comment, reaction, ...).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static ActionType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "post": case "tweet": case "status": case "message": case "video":
                return POST;
            case "share": case "repost": case "retweet": case "forward": case "reshare":
                return SHARE;
            case "quote": case "quote_tweet":
                return QUOTE;
            case "reply": case "comment":
                return REPLY;
            case "like": case "reaction": case "react": case "favorite": case "favourite":
                return LIKE;
            case "follow": case "subscribe":
                return FOLLOW;
            default:
                throw new IllegalArgumentException(
                        "unknown action type '" + text + "' (allowed: " + allowedNames() + ")");
        }
    }
}
