package org.trollscope.core.detect.coaction;

import java.time.Instant;
import java.util.List;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

/** A tiny activity log written as a story: who did what to which object at which time of 2024-03-01. */
public final class Scenario {
    private final ActivityLogBuilder b = new ActivityLogBuilder();
    private int ids;

    public static Scenario scenario() {
        return new Scenario();
    }

    static Instant at(String hhmmss) {
        return Instant.parse("2024-03-01T" + hhmmss + "Z");
    }

    public Scenario act(String account, ActionType type, String target, String time) {
        b.add(new Action("x" + ids++, "twitter", account, type, target, null, null, null, null, null, at(time)));
        return this;
    }

    public Scenario share(String account, String target, String time) {
        return act(account, ActionType.SHARE, target, time);
    }

    public Scenario like(String account, String target, String time) {
        return act(account, ActionType.LIKE, target, time);
    }

    public Scenario reply(String account, String target, String time) {
        return act(account, ActionType.REPLY, target, time);
    }

    public Scenario post(String account, String time, List<String> urls, List<String> hashtags) {
        b.add(new Action("x" + ids++, "twitter", account, ActionType.POST, null, null, null, urls, hashtags, null,
                at(time)));
        return this;
    }

    public Scenario action(Action a) {
        b.add(a);
        return this;
    }

    /** Records the account's creation time, as an accounts file would. */
    public Scenario created(String account, Instant createdAt) {
        b.profile(b.account(b.platform("twitter"), account),
                new AccountProfile(null, null, createdAt, -1, -1, null, null));
        return this;
    }

    /** Records the account's handle and creation time, as an accounts file would. */
    public Scenario created(String account, String handle, Instant createdAt) {
        b.profile(b.account(b.platform("twitter"), account),
                new AccountProfile(handle, null, createdAt, -1, -1, null, null));
        return this;
    }

    public ActivityLog build() {
        return b.build();
    }
}
