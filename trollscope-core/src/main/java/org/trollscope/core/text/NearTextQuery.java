package org.trollscope.core.text;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;

/**
 * Which near-duplicate message pairs of an activity log matter.
 *
 * @param window            the longest time between the two messages, or {@code null} for unbounded
 * @param differentAccounts keep only pairs posted by two different accounts
 * @param types             the actions whose texts are compared; by default posts, replies and quotes,
 *                          the actions whose text the account wrote (a share repeats its source's text
 *                          by design: that is co-sharing, not copy-paste)
 */
public record NearTextQuery(Duration window, boolean differentAccounts, Set<ActionType> types) {
    /** Actions whose text is written by the acting account. */
    public static final Set<ActionType> AUTHORED = Set.copyOf(EnumSet.of(ActionType.POST, ActionType.REPLY, ActionType.QUOTE));

    /** One hour, different accounts, authored texts. */
    public static final NearTextQuery DEFAULT = new NearTextQuery(Duration.ofHours(1), true, AUTHORED);

    public NearTextQuery {
        if (window != null && window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative, was " + window);
        }
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("types must name at least one action type");
        }
        types = Set.copyOf(types);
    }

    /** Authored texts within {@code window} ({@code null}: unbounded). */
    public NearTextQuery(Duration window, boolean differentAccounts) {
        this(window, differentAccounts, AUTHORED);
    }

    /** Any time apart, different accounts, authored texts. */
    public static NearTextQuery unbounded() {
        return new NearTextQuery(null, true, AUTHORED);
    }

    public Optional<Duration> windowIfBounded() {
        return Optional.ofNullable(window);
    }

    /** Whether the log holds a non-blank text in an action of the query's types. O(rows). */
    public boolean hasTexts(ActivityLog log) {
        for (int r = 0; r < log.size(); r++) {
            if (types.contains(log.type(r))) {
                String t = log.text(r);
                if (t != null && !t.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }
}
