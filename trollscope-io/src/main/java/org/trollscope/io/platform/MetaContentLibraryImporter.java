package org.trollscope.io.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Meta Content Library CSV downloads of Facebook and Instagram posts. Columns are the data
 * dictionary's API fields in dot notation: {@code id, creation_time, text, post_owner.id,
 * post_owner.name, post_owner.username, link_attachment.link, statistics.share_count,
 * statistics.reaction_count, ...} for Facebook; Instagram posts name the author {@code owner.*}
 * (also accepted: {@code creator.*}). The platform is {@code instagram} when the header has
 * {@code owner.id} but no {@code post_owner.id}, or a {@code platform} column says so; else
 * {@code facebook}.
 *
 * <p>Mapping: each row is a post by the owner id, action id {@code id}, text {@code text}, urls
 * {@code link_attachment.link} plus links in the text, hashtags from the text, time
 * {@code creation_time} (ISO 8601 with or without offset, UTC when none, or unix seconds). The
 * download has no resharer lists, so shares and reactions exist only as counts
 * ({@code statistics.*}): they are counted as unmapped columns, as is every other unmapped column.
 * Streams row by row: memory O(accounts) for the profile set.
 */
public final class MetaContentLibraryImporter implements PlatformImporter {
    private static final String[] OWNER_PREFIXES = {"post_owner.", "owner.", "creator."};
    private static final Set<String> MAPPED = Set.of("id", "creation_time", "text", "link_attachment.link",
            "platform");

    @Override
    public String id() {
        return "meta-content-library-csv";
    }

    @Override
    public String description() {
        return "Meta Content Library CSV download (Facebook or Instagram posts)";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        List<String> h = CsvRows.header(head);
        return h.contains("id") && h.contains("creation_time")
                && (h.contains("post_owner.id") || h.contains("owner.id") || h.contains("creator.id"));
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        Set<String> profiled = new TreeSet<>();
        String[] prefix = {null};
        String[] defaultPlatform = {null};
        List<String> header = CsvRows.read(in, source, report, row -> {
            String position = "line " + row.line();
            if (prefix[0] == null) {
                prefix[0] = OWNER_PREFIXES[0];
                for (String p : OWNER_PREFIXES) {
                    if (row.get(p + "id") != null) {
                        prefix[0] = p;
                        break;
                    }
                }
                defaultPlatform[0] = prefix[0].equals("post_owner.") ? "facebook" : "instagram";
            }
            String owner = row.get(prefix[0] + "id");
            if (owner == null) {
                for (String p : OWNER_PREFIXES) {
                    owner = owner == null ? row.get(p + "id") : owner;
                }
            }
            String id = row.get("id");
            String created = row.get("creation_time");
            if (id == null || owner == null || created == null) {
                report.skip(source, position, "empty " + (id == null ? "id" : owner == null ? "owner id" : "creation_time"), row.raw());
                return;
            }
            Instant time;
            try {
                time = Timestamps.parse(created);
            } catch (IllegalArgumentException e) {
                report.skip(source, position, "creation_time: " + e.getMessage(), row.raw());
                return;
            }
            String platform = row.get("platform") != null ? row.get("platform").strip().toLowerCase(Locale.ROOT)
                    : defaultPlatform[0];
            String text = row.get("text");
            List<String> urls = new ArrayList<>();
            if (row.get("link_attachment.link") != null) {
                urls.add(row.get("link_attachment.link"));
            }
            urls.addAll(TextEntities.urls(text));
            sink.add(new Action(id, platform, owner, ActionType.POST, null, null, text, urls,
                    TextEntities.hashtags(text), null, time));
            if (profiled.add(platform + "\u0000" + owner)) {
                String p = prefix[0];
                sink.profile(platform, owner, new AccountProfile(row.get(p + "username"), row.get(p + "name"), null,
                        TwitterArchiveImporter.count(row.get(p + "followers_count")), -1, null, null));
            }
        });
        for (String column : header) {
            boolean ownerColumn = false;
            for (String p : OWNER_PREFIXES) {
                ownerColumn |= column.equals(p + "id") || column.equals(p + "name") || column.equals(p + "username")
                        || column.equals(p + "followers_count");
            }
            if (!MAPPED.contains(column) && !ownerColumn) {
                report.unmapped("column " + column);
            }
        }
    }
}
