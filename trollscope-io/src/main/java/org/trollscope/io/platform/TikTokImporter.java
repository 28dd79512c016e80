package org.trollscope.io.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * TikTok Research API responses: video query ({@code {"data":{"videos":[...],"cursor",
 * "has_more","search_id"},"error":{...}}}) and video comment list ({@code {"data":{"comments":[...]}}}),
 * one per file, as a JSON array, as JSON Lines, or as bare arrays of video or comment objects.
 *
 * <p>Mapping: a video is a post by {@code username} with id {@code id}, text
 * {@code video_description}, hashtags {@code hashtag_names}, the sound as a media id
 * {@code music:<music_id>} (reused sounds are a known coordination cue), time {@code create_time}
 * (unix seconds). A comment is a reply to {@code parent_comment_id} when that names another
 * comment, else to {@code video_id}. The Research API's comment object has no author field
 * ({@code id, video_id, text, like_count, reply_count, parent_comment_id, create_time}); a comment
 * is imported only when the collector added {@code username}, otherwise it is counted as ignored.
 * Engagement counts, region, effects and the like are counted as unmapped.
 *
 * <p>Memory: one response page (at most 100 videos or comments) is a tree at a time. Cost O(input).
 */
public final class TikTokImporter implements PlatformImporter {
    static final String PLATFORM = "tiktok";
    private static final Set<String> VIDEO_MAPPED = Set.of("id", "username", "create_time", "video_description",
            "hashtag_names", "music_id");
    private static final Set<String> COMMENT_MAPPED = Set.of("id", "username", "create_time", "text", "video_id",
            "parent_comment_id");

    @Override
    public String id() {
        return "tiktok-research-json";
    }

    @Override
    public String description() {
        return "TikTok Research API video and comment responses, JSON or JSON Lines";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        String h = JsonRecords.head(head).stripLeading();
        return (h.startsWith("{") || h.startsWith("["))
                && ((h.contains("\"videos\"") || h.contains("\"video_description\"") || h.contains("\"comments\"")
                || h.contains("\"parent_comment_id\"")) && h.contains("\"create_time\""));
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        JsonRecords.read(in, source, report, (node, position) -> {
            JsonNode data = node.has("data") ? node.get("data") : node;
            if (data.has("videos") || data.has("comments")) {
                boolean videos = data.has("videos");
                JsonNode list = data.get(videos ? "videos" : "comments");
                for (int i = 0; i < list.size(); i++) {
                    String at = position + ", data." + (videos ? "videos" : "comments") + "[" + i + "]";
                    if (videos) {
                        video(list.get(i), at, source, sink);
                    } else {
                        comment(list.get(i), at, source, sink);
                    }
                }
            } else if (data.has("video_id") || data.has("parent_comment_id")) {
                comment(data, position, source, sink);
            } else if (data.has("create_time")) {
                video(data, position, source, sink);
            } else {
                report.skip(source, position, "neither a TikTok Research API response nor a video or comment", node);
            }
        });
    }

    private void video(JsonNode v, String position, String source, ActionSink sink) throws IOException {
        String id = JsonRecords.text(v, "id");
        String user = JsonRecords.text(v, "username");
        JsonNode created = v.get("create_time");
        if (id == null || user == null || created == null || !created.canConvertToLong()) {
            sink.report().skip(source, position, "video without " + (id == null ? "id"
                    : user == null ? "username" : "numeric create_time"), v);
            return;
        }
        List<String> hashtags = new ArrayList<>();
        for (JsonNode h : v.path("hashtag_names")) {
            String t = h.asText();
            if (!t.isEmpty()) {
                hashtags.add(t.startsWith("#") ? t.substring(1) : t);
            }
        }
        String music = JsonRecords.text(v, "music_id");
        String text = JsonRecords.text(v, "video_description");
        unmapped(v, VIDEO_MAPPED, "video.", sink.report());
        sink.profile(PLATFORM, user, new AccountProfile(user, null, null, -1, -1, null, null));
        sink.add(new Action(id, PLATFORM, user, ActionType.POST, null, null, text, TextEntities.urls(text), hashtags,
                music == null ? null : List.of("music:" + music), Timestamps.ofUnixSeconds(created.asLong())));
    }

    private void comment(JsonNode c, String position, String source, ActionSink sink) throws IOException {
        String id = JsonRecords.text(c, "id");
        JsonNode created = c.get("create_time");
        if (id == null || created == null || !created.canConvertToLong()) {
            sink.report().skip(source, position, "comment without " + (id == null ? "id" : "numeric create_time"), c);
            return;
        }
        String user = JsonRecords.text(c, "username");
        if (user == null) {
            sink.report().ignored("tiktok comment without author (the Research API gives none)");
            return;
        }
        String video = JsonRecords.text(c, "video_id");
        String parent = JsonRecords.text(c, "parent_comment_id");
        String target = parent != null && !parent.equals(video) && !parent.equals("0") ? parent : video;
        String text = JsonRecords.text(c, "text");
        unmapped(c, COMMENT_MAPPED, "comment.", sink.report());
        sink.profile(PLATFORM, user, new AccountProfile(user, null, null, -1, -1, null, null));
        sink.add(new Action(id, PLATFORM, user, ActionType.REPLY, target, null, text, TextEntities.urls(text),
                TextEntities.hashtags(text), null, Timestamps.ofUnixSeconds(created.asLong())));
    }

    private static void unmapped(JsonNode node, Set<String> mapped, String prefix, ImportReport report) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!mapped.contains(f)) {
                report.unmapped(prefix + f);
            }
        }
    }
}
