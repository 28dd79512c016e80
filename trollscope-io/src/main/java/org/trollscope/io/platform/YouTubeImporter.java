package org.trollscope.io.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * YouTube Data API v3 comments: {@code commentThreads.list} and {@code comments.list} responses
 * ({@code {"kind":"youtube#commentThreadListResponse","items":[...]}}), saved one per file, as a
 * JSON array of responses or items, or as JSON Lines.
 *
 * <p>Mapping: every comment is a reply. A top-level comment replies to its video
 * ({@code snippet.videoId}; the target account is {@code snippet.channelId}, the channel the
 * comment belongs to); a reply ({@code snippet.parentId}) replies to its parent comment, whose
 * author is known inside a thread. The account is {@code authorChannelId.value}; the time
 * {@code publishedAt} (RFC 3339); the text {@code textOriginal} (else {@code textDisplay}); urls and
 * hashtags are found in that text. Authors become profiles (display name, {@code @handle} from
 * {@code authorChannelUrl}, avatar). Counts ({@code likeCount}, {@code totalReplyCount}) and
 * rating fields are counted as unmapped.
 *
 * <p>Memory: one response page (at most 100 threads) is held as a tree at a time. Cost O(input).
 */
public final class YouTubeImporter implements PlatformImporter {
    static final String PLATFORM = "youtube";
    private static final Set<String> MAPPED = Set.of("authorChannelId", "videoId", "parentId", "publishedAt",
            "textOriginal", "textDisplay", "authorDisplayName", "authorChannelUrl", "authorProfileImageUrl",
            "channelId");

    @Override
    public String id() {
        return "youtube-comments-json";
    }

    @Override
    public String description() {
        return "YouTube Data API commentThreads/comments responses, JSON or JSON Lines";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        String h = JsonRecords.head(head).stripLeading();
        return (h.startsWith("{") || h.startsWith("["))
                && (h.contains("\"youtube#comment") || (h.contains("\"authorChannelId\"") && h.contains("\"publishedAt\"")));
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        JsonRecords.read(in, source, report, (node, position) -> {
            if (node.has("items") && node.get("items").isArray()) {
                JsonNode items = node.get("items");
                for (int i = 0; i < items.size(); i++) {
                    item(items.get(i), position + ", items[" + i + "]", source, sink);
                }
            } else if (node.has("snippet")) {
                item(node, position, source, sink);
            } else {
                report.skip(source, position, "neither a YouTube API response (items) nor a comment (snippet)", node);
            }
        });
    }

    private void item(JsonNode item, String position, String source, ActionSink sink) throws IOException {
        String kind = JsonRecords.text(item, "kind");
        JsonNode snippet = item.path("snippet");
        if ("youtube#commentThread".equals(kind) || snippet.has("topLevelComment")) {
            JsonNode top = snippet.path("topLevelComment");
            String topAuthor = comment(top, JsonRecords.text(snippet, "videoId"), JsonRecords.text(snippet, "channelId"),
                    null, position + ".snippet.topLevelComment", source, sink);
            JsonNode replies = item.path("replies").path("comments");
            for (int i = 0; i < replies.size(); i++) {
                comment(replies.get(i), JsonRecords.text(snippet, "videoId"), null, topAuthor,
                        position + ".replies.comments[" + i + "]", source, sink);
            }
            if (snippet.has("totalReplyCount") && snippet.path("totalReplyCount").asLong() > replies.size()) {
                sink.report().unmapped("totalReplyCount (replies not in the response)");
            }
        } else {
            comment(item, JsonRecords.text(snippet, "videoId"), null, null, position, source, sink);
        }
    }

    /** Adds one comment; returns its author's channel id, or null if it was skipped. */
    private String comment(JsonNode c, String videoId, String videoChannel, String parentAuthor, String position,
                           String source, ActionSink sink) throws IOException {
        ImportReport report = sink.report();
        JsonNode s = c.path("snippet");
        String id = JsonRecords.text(c, "id");
        String author = JsonRecords.text(s, "authorChannelId", "value");
        if (author == null) {
            author = JsonRecords.text(s, "authorChannelId");
        }
        String published = JsonRecords.text(s, "publishedAt");
        if (id == null || author == null || published == null) {
            report.skip(source, position, "comment without " + (id == null ? "id"
                    : author == null ? "snippet.authorChannelId" : "snippet.publishedAt"), c);
            return null;
        }
        Instant time;
        try {
            time = Timestamps.parse(published);
        } catch (IllegalArgumentException e) {
            report.skip(source, position, "publishedAt: " + e.getMessage(), c);
            return null;
        }
        String video = videoId != null ? videoId : JsonRecords.text(s, "videoId");
        String parent = JsonRecords.text(s, "parentId");
        String target = parent != null ? parent : video;
        String targetAccount = parent != null ? parentAuthor
                : videoChannel != null ? videoChannel : JsonRecords.text(s, "channelId");
        if (target == null) {
            report.unmapped("comment without videoId or parentId");
        }
        String text = JsonRecords.text(s, "textOriginal");
        if (text == null) {
            text = JsonRecords.text(s, "textDisplay");
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!MAPPED.contains(f)) {
                report.unmapped("snippet." + f);
            }
        }
        String url = JsonRecords.text(s, "authorChannelUrl");
        String handle = url != null && url.contains("/@") ? url.substring(url.indexOf("/@") + 2) : null;
        sink.profile(PLATFORM, author, new AccountProfile(handle, JsonRecords.text(s, "authorDisplayName"), null, -1,
                -1, null, JsonRecords.text(s, "authorProfileImageUrl")));
        sink.add(new Action(id, PLATFORM, author, ActionType.REPLY, target, targetAccount, text,
                TextEntities.urls(text), TextEntities.hashtags(text), null, time));
        return author;
    }
}
