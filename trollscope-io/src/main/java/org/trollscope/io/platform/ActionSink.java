package org.trollscope.io.platform;

import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActivityLogBuilder;

/** Feeds actions and profiles to the builder and counts them in the report. */
final class ActionSink {
    private final ActivityLogBuilder builder;
    private final ImportReport report;

    ActionSink(ActivityLogBuilder builder, ImportReport report) {
        this.builder = builder;
        this.report = report;
    }

    void add(Action action) {
        if (builder.add(action)) {
            report.action(action.platform());
        } else {
            report.duplicate();
        }
    }

    void profile(String platform, String account, AccountProfile profile) {
        int p = builder.platform(platform);
        builder.profile(builder.account(p, account), profile);
    }

    ImportReport report() {
        return report;
    }
}
