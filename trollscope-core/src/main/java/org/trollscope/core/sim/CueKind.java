package org.trollscope.core.sim;

import java.util.Locale;

/** What a cue asks a team to do with its target post. */
public enum CueKind {
    /** Like and share a government post. */
    AMPLIFY,
    /** Like a critic's post and reply to it with templated attack text. */
    ATTACK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
