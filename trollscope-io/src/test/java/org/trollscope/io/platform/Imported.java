package org.trollscope.io.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.model.Interner;

/** An imported fixture: the log, the report, and the rows turned back into {@link Action}s. */
record Imported(ActivityLog log, ImportReport report) {

    static Imported read(ErrorPolicy policy, Object... importersAndResources) throws IOException {
        ActivityLogBuilder builder = new ActivityLogBuilder();
        ImportReport report = new ImportReport(policy);
        for (int i = 0; i < importersAndResources.length; i += 2) {
            PlatformImporter importer = (PlatformImporter) importersAndResources[i];
            String resource = (String) importersAndResources[i + 1];
            try (InputStream in = Imported.class.getResourceAsStream("/platform/" + resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + resource);
                }
                importer.read(in, resource, builder, report);
            }
        }
        return new Imported(builder.build(), report);
    }

    static Imported read(PlatformImporter importer, String resource) {
        try {
            return read(ErrorPolicy.SKIP, importer, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Action> actions() {
        List<Action> out = new ArrayList<>();
        for (int row = 0; row < log.size(); row++) {
            out.add(action(row));
        }
        return out;
    }

    /** The action with this id. */
    Action action(String id) {
        for (int row = 0; row < log.size(); row++) {
            if (id.equals(log.actionIdText(row))) {
                return action(row);
            }
        }
        throw new AssertionError("no action " + id + " in " + actions());
    }

    Action action(int row) {
        int target = log.target(row);
        int targetAccount = log.targetAccount(row);
        return new Action(log.actionIdText(row), log.platforms().get(log.platform(row)),
                log.accountIdText(log.account(row)), log.type(row),
                target == ActivityLog.NONE ? null : log.targets().get(target),
                targetAccount == ActivityLog.NONE ? null : log.accountIdText(targetAccount),
                log.text(row), strings(log.urls(row), log.urlDictionary()),
                strings(log.hashtags(row), log.hashtagDictionary()), strings(log.media(row), log.mediaDictionary()),
                Instant.ofEpochMilli(log.time(row)));
    }

    /** The account index of an id on a platform, or -1. */
    int account(String platform, String id) {
        int p = log.platforms().indexOf(platform);
        return p < 0 ? -1 : log.accounts().find(p, id);
    }

    private static List<String> strings(int[] ids, Interner dictionary) {
        return Arrays.stream(ids).mapToObj(dictionary::get).toList();
    }
}
