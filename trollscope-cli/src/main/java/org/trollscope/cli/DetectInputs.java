package org.trollscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.io.write.InputFingerprint;
import org.trollscope.io.write.InputInfo;
import picocli.CommandLine.Parameters;

/**
 * The inputs of {@code detect} until the shared readers are wired in: CSV files in CooRTweet's
 * input model (object_id, account_id, content_id, timestamp_share in unix seconds; any column
 * order, extra columns ignored), every row a share, content_id its action id. A row repeating an
 * earlier content id is dropped and counted (CooRTweet would keep it). A malformed row stops
 * reading with file, line and reason.
 */
final class DetectInputs {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Share files in CooRTweet's format: object_id, account_id, content_id, timestamp_share.")
    List<Path> inputs;

    /** The log and what reading found. */
    record Loaded(ActivityLog log, List<InputInfo> inputs, long duplicateActionIds) {
    }

    Loaded read() throws IOException {
        ActivityLogBuilder b = new ActivityLogBuilder();
        int platform = b.platform("twitter");
        List<InputInfo> infos = new ArrayList<>();
        for (Path file : inputs) {
            long rows = 0;
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = r.readLine();
                if (header == null) {
                    throw new IOException(file + ": empty file, expected a header");
                }
                List<String> names = List.of(header.replace("\"", "").strip().split(",", -1));
                int obj = column(names, "object_id", file);
                int acc = column(names, "account_id", file);
                int content = column(names, "content_id", file);
                int ts = column(names, "timestamp_share", file);
                int line = 1;
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    line++;
                    if (l.isBlank()) {
                        continue;
                    }
                    String[] f = l.replace("\"", "").split(",", -1);
                    if (f.length != names.size()) {
                        throw new IOException(file + ", line " + line + ": " + f.length + " fields, the header has "
                                + names.size());
                    }
                    long seconds;
                    try {
                        seconds = Long.parseLong(f[ts].strip());
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ", line " + line + ": timestamp_share '" + f[ts]
                                + "' is not unix seconds");
                    }
                    b.begin(platform, b.account(platform, f[acc].strip()), ActionType.SHARE,
                            Instant.ofEpochSecond(seconds).toEpochMilli());
                    b.target(b.target(platform, f[obj].strip())).actionId(f[content].strip());
                    b.commit();
                    rows++;
                }
            }
            infos.add(new InputInfo(file.toString(), InputFingerprint.sha256(file), rows, 0, List.of()));
        }
        long duplicates = b.duplicateActionIds();
        return new Loaded(b.build(), infos, duplicates);
    }

    private static int column(List<String> names, String name, Path file) throws IOException {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IOException(file + ": no column '" + name + "' in the header " + names);
        }
        return i;
    }
}
