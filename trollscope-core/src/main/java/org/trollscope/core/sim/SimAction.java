package org.trollscope.core.sim;

import java.util.List;
import org.trollscope.core.model.ActionType;

/**
 * A generated action before it is emitted. Its id holds its time ({@code id >>> 22} is epoch
 * milliseconds) and 22 random bits, like a platform snowflake id, so sorting by id sorts by time.
 *
 * @param target the target post's id, or -1
 * @param targetAccount the target post's author, or -1
 */
record SimAction(long id, int account, ActionType type, long target, int targetAccount, String text,
                 List<String> urls, List<String> hashtags, List<String> media) {
    static final long LOW_BITS = (1L << 22) - 1;

    static long id(long timeMillis, long random) {
        return (timeMillis << 22) | (random & LOW_BITS);
    }

    long time() {
        return id >>> 22;
    }
}
