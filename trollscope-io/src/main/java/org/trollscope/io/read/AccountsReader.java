package org.trollscope.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Reads an accounts file (CSV, optionally compressed): {@code account_id} (required),
 * {@code platform, handle, display_name, created_at, followers, following, bio, avatar} (optional,
 * any order, unknown columns ignored). Each record becomes the {@link AccountProfile} of its
 * account; accounts that never act are added to the log's accounts. A later record for the same
 * account replaces an earlier one. Bad rows follow the same on-error policy as actions.
 */
final class AccountsReader {
    private static final List<String> COLUMNS = List.of("account_id", "platform", "handle", "display_name",
            "created_at", "followers", "following", "bio", "avatar");

    private final ReadOptions options;
    private final ProgressListener progress;

    AccountsReader(ReadOptions options, ProgressListener progress) {
        this.options = options;
        this.progress = progress;
    }

    FileReport read(Path file, ActivityLogBuilder builder, TimestampParser time, RejectsWriter rejects)
            throws IOException {
        ActivityReader.checkReadable(file);
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length == 0) {
            throw new InputException(file, 0, "the accounts file is empty (no header, no rows)");
        }
        progress.start("reading " + file.getFileName(), Files.size(file));
        try (ReadAheadInputStream in = new ReadAheadInputStream(file,
                ReadAheadInputStream.Compression.of(magic, magic.length), progress)) {
            CsvRecordReader r = new CsvRecordReader(in, file);
            if (!r.next()) {
                throw new InputException(file, 0, "the accounts file is empty (no header, no rows)");
            }
            List<String> header = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < r.count(); i++) {
                header.add(r.string(i));
                names.add(r.string(i).strip().toLowerCase(Locale.ROOT));
            }
            int[] col = new int[COLUMNS.size()];
            for (int k = 0; k < col.length; k++) {
                col[k] = names.indexOf(COLUMNS.get(k));
            }
            if (col[0] < 0) {
                throw new InputException(file, 1, "missing required column account_id (found columns: "
                        + String.join(", ", header) + ")");
            }
            long accepted = 0;
            long rejected = 0;
            while (r.next()) {
                String reason = r.problem();
                if (reason == null && r.count() != header.size()) {
                    reason = "wrong column count: expected " + header.size() + " fields, found " + r.count();
                }
                if (reason == null && r.isEmpty(col[0])) {
                    reason = "missing required field account_id";
                }
                Instant created = null;
                long followers = -1;
                long following = -1;
                if (reason == null && !r.isEmpty(col[4])) {
                    long ms = time.parse(r.array(col[4]), r.start(col[4]), r.length(col[4]));
                    if (ms == TimestampParser.INVALID) {
                        reason = "bad timestamp '" + r.string(col[4]) + "' in created_at";
                    } else {
                        created = Instant.ofEpochMilli(ms);
                    }
                }
                if (reason == null) {
                    try {
                        followers = count(r, col[5]);
                        following = count(r, col[6]);
                    } catch (NumberFormatException e) {
                        reason = "followers and following must be whole numbers";
                    }
                }
                if (reason != null) {
                    if (options.onError() == OnError.FAIL) {
                        throw new InputException(file, r.line(), reason + " (use --on-error skip to skip bad rows)");
                    }
                    rejects.write(file, r.line(), reason, r.raw());
                    rejected++;
                    continue;
                }
                int platform = builder.platform(r.isEmpty(col[1]) ? "" : r.string(col[1]));
                int account = builder.account(platform, r.array(col[0]), r.start(col[0]), r.length(col[0]));
                builder.profile(account, new AccountProfile(text(r, col[2]), text(r, col[3]), created, followers,
                        following, text(r, col[7]), text(r, col[8])));
                accepted++;
            }
            return new FileReport(file, in.sha256OrDrain(), InputFormat.CSV, accepted + rejected, accepted, rejected, 0, 0);
        } finally {
            progress.finish();
        }
    }

    private static String text(CsvRecordReader r, int field) {
        return r.isEmpty(field) ? null : r.string(field);
    }

    private static long count(CsvRecordReader r, int field) {
        if (r.isEmpty(field)) {
            return -1;
        }
        long v = Long.parseLong(r.string(field).strip());
        if (v < 0) {
            throw new NumberFormatException("negative");
        }
        return v;
    }
}
