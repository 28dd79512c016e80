package org.trollscope.core.eval;

import java.util.Locale;

/** An account's part in a (simulated) operation, as written in {@code labels.csv}. */
public enum Role {
    /** The account of a team that acts first on the team's cues. */
    LEADER,
    /** Any other factory account. */
    MEMBER,
    /** Not run by the factory. */
    ORGANIC;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code leader}, {@code member} or {@code organic}, case-insensitively. */
    public static Role parse(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "leader":
                return LEADER;
            case "member":
                return MEMBER;
            case "organic":
                return ORGANIC;
            default:
                throw new IllegalArgumentException("unknown role '" + text + "' (allowed: leader, member, organic)");
        }
    }
}
