package org.trollscope.io.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * VKontakte API responses ({@code {"response":{"count","items":[...],"profiles":[...],"groups":[...]}}})
 * of {@code wall.get}, {@code wall.getComments} and {@code likes.getList}, one per file, as a JSON
 * array, or as JSON Lines. A response may sit in a wrapper that records the request,
 * {@code {"method":"likes.getList","params":{...},"date":...,"response":{...}}}; likes need it
 * (see below).
 *
 * <p>Account ids are VK's: users positive, communities negative ({@code -<group id>}).
 * A wall post is a post by {@code from_id} with id {@code wall<owner_id>_<id>}; with a non-empty
 * {@code copy_history} it is a share of the first (directly reposted) entry, by that entry's author.
 * A comment (an item with {@code post_id}) is a reply with id
 * {@code wall<owner_id>_<post_id>?reply=<id>} to the comment {@code reply_to_comment} (by
 * {@code reply_to_user}) or else to the post (whose wall owner is the target account); thread
 * replies ({@code thread.items}) are read too. Times are {@code date} (unix seconds). Urls come from
 * link attachments and the text, hashtags from the text; photo, video, audio and doc attachments
 * become media ids ({@code photo<owner_id>_<id>}). {@code profiles} and {@code groups} become
 * profiles.
 *
 * <p>{@code likes.getList} returns only who liked, not what nor when: the liked object comes from
 * the wrapper's {@code params} ({@code type}, {@code owner_id}, {@code item_id}) and the time from
 * the wrapper's {@code date} (unix seconds; e.g. the liked post's date). Without them the likes are
 * reported as unreadable rather than given made-up times.
 *
 * <p>Memory: one response page (at most 100 posts or comments, 1000 likes) is a tree at a time.
 */
public final class VkImporter implements PlatformImporter {
    static final String PLATFORM = "vk";
    private static final Set<String> POST_MAPPED = Set.of("id", "owner_id", "from_id", "date", "text",
            "copy_history", "attachments", "post_type", "hash", "type", "inner_type");
    private static final Set<String> COMMENT_MAPPED = Set.of("id", "owner_id", "from_id", "date", "text", "post_id",
            "reply_to_user", "reply_to_comment", "attachments", "thread", "parents_stack");

    @Override
    public String id() {
        return "vk-api-json";
    }

    @Override
    public String description() {
        return "VKontakte API wall.get / wall.getComments / likes.getList responses, JSON or JSON Lines";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        String h = JsonRecords.head(head).stripLeading();
        return (h.startsWith("{") || h.startsWith("[")) && h.contains("\"response\"")
                && (h.contains("\"from_id\"") || h.contains("\"owner_id\"") || h.contains("likes.getList")
                || h.contains("\"first_name\""));
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        JsonRecords.read(in, source, report, (node, position) -> response(node, position, source, sink));
    }

    private void response(JsonNode node, String position, String source, ActionSink sink) throws IOException {
        JsonNode response = node.has("response") ? node.get("response") : node;
        if (!response.has("items") || !response.get("items").isArray()) {
            String error = JsonRecords.text(node, "error", "error_msg");
            sink.report().skip(source, position, error != null ? "VK API error: " + error
                    : "not a VK API response (no response.items)", node);
            return;
        }
        for (JsonNode p : response.path("profiles")) {
            String id = JsonRecords.text(p, "id");
            if (id != null) {
                String name = join(JsonRecords.text(p, "first_name"), JsonRecords.text(p, "last_name"));
                String avatar = JsonRecords.text(p, "photo_100");
                sink.profile(PLATFORM, id, new AccountProfile(JsonRecords.text(p, "screen_name"), name, null, -1, -1,
                        null, avatar != null ? avatar : JsonRecords.text(p, "photo_50")));
            }
        }
        for (JsonNode g : response.path("groups")) {
            String id = JsonRecords.text(g, "id");
            if (id != null) {
                String avatar = JsonRecords.text(g, "photo_100");
                sink.profile(PLATFORM, "-" + id, new AccountProfile(JsonRecords.text(g, "screen_name"),
                        JsonRecords.text(g, "name"), null, -1, -1, null, avatar != null ? avatar : JsonRecords.text(g, "photo_50")));
            }
        }
        JsonNode params = node.path("params");
        String method = JsonRecords.text(node, "method");
        JsonNode items = response.get("items");
        boolean likes = "likes.getList".equals(method) || (items.size() > 0 && isLiker(items.get(0)));
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = position + ", response.items[" + i + "]";
            if (likes) {
                like(item, node, params, at, source, sink);
            } else if (item.has("post_id") || "wall.getComments".equals(method)) {
                comment(item, params, at, source, sink);
            } else {
                post(item, at, source, sink);
            }
        }
    }

    private static boolean isLiker(JsonNode item) {
        return item.isNumber() || (item.isObject() && !item.has("date")
                && (item.has("first_name") || "profile".equals(JsonRecords.text(item, "type"))
                || "group".equals(JsonRecords.text(item, "type")) || "page".equals(JsonRecords.text(item, "type"))));
    }

    private void post(JsonNode p, String position, String source, ActionSink sink) throws IOException {
        String id = JsonRecords.text(p, "id");
        String owner = JsonRecords.text(p, "owner_id");
        String from = JsonRecords.text(p, "from_id");
        if (from == null) {
            from = owner;
        }
        Instant time = date(p, position, source, sink);
        if (time == null) {
            return;
        }
        if (id == null || owner == null || from == null) {
            sink.report().skip(source, position, "post without " + (id == null ? "id" : "owner_id"), p);
            return;
        }
        String text = JsonRecords.text(p, "text");
        List<String> urls = new ArrayList<>(TextEntities.urls(text));
        List<String> media = new ArrayList<>();
        attachments(p.path("attachments"), urls, media, sink.report());
        ActionType type = ActionType.POST;
        String target = null;
        String targetAccount = null;
        JsonNode copies = p.path("copy_history");
        if (copies.isArray() && copies.size() > 0) {
            JsonNode original = copies.get(0);
            type = ActionType.SHARE;
            target = "wall" + JsonRecords.text(original, "owner_id") + "_" + JsonRecords.text(original, "id");
            targetAccount = JsonRecords.text(original, "from_id");
            if (targetAccount == null) {
                targetAccount = JsonRecords.text(original, "owner_id");
            }
        }
        unmapped(p, POST_MAPPED, "post.", sink.report());
        sink.add(new Action("wall" + owner + "_" + id, PLATFORM, from, type, target, targetAccount, text, urls,
                TextEntities.hashtags(text), media, time));
    }

    private void comment(JsonNode c, JsonNode params, String position, String source, ActionSink sink)
            throws IOException {
        if (c.path("deleted").asBoolean(false) && !c.has("from_id")) {
            sink.report().ignored("vk deleted comment");
            return;
        }
        String id = JsonRecords.text(c, "id");
        String from = JsonRecords.text(c, "from_id");
        String owner = JsonRecords.text(c, "owner_id");
        if (owner == null) {
            owner = JsonRecords.text(params, "owner_id");
        }
        String post = JsonRecords.text(c, "post_id");
        if (post == null) {
            post = JsonRecords.text(params, "post_id");
        }
        Instant time = date(c, position, source, sink);
        if (time == null) {
            return;
        }
        if (id == null || from == null || owner == null || post == null) {
            sink.report().skip(source, position, "comment without " + (id == null ? "id" : from == null ? "from_id"
                    : owner == null ? "owner_id (in the item or the wrapper's params)" : "post_id"), c);
            return;
        }
        String postId = "wall" + owner + "_" + post;
        String replyTo = JsonRecords.text(c, "reply_to_comment");
        String target = replyTo != null ? postId + "?reply=" + replyTo : postId;
        String targetAccount = replyTo != null ? JsonRecords.text(c, "reply_to_user") : owner;
        String text = JsonRecords.text(c, "text");
        List<String> urls = new ArrayList<>(TextEntities.urls(text));
        List<String> media = new ArrayList<>();
        attachments(c.path("attachments"), urls, media, sink.report());
        unmapped(c, COMMENT_MAPPED, "comment.", sink.report());
        sink.add(new Action(postId + "?reply=" + id, PLATFORM, from, ActionType.REPLY, target, targetAccount, text,
                urls, TextEntities.hashtags(text), media, time));
        JsonNode thread = c.path("thread").path("items");
        if (thread.size() > 0) {
            ObjectNode where = JsonRecords.MAPPER.createObjectNode();
            where.put("owner_id", owner).put("post_id", post);
            for (int i = 0; i < thread.size(); i++) {
                comment(thread.get(i), where, position + ".thread.items[" + i + "]", source, sink);
            }
        }
    }

    private void like(JsonNode item, JsonNode wrapper, JsonNode params, String position, String source,
                      ActionSink sink) throws IOException {
        String liker = item.isNumber() ? item.asText() : JsonRecords.text(item, "id");
        if (liker != null && item.isObject() && ("group".equals(JsonRecords.text(item, "type"))
                || "page".equals(JsonRecords.text(item, "type")))) {
            liker = "-" + liker;
        }
        String owner = JsonRecords.text(params, "owner_id");
        String itemId = JsonRecords.text(params, "item_id");
        String date = JsonRecords.text(wrapper, "date");
        if (liker == null || owner == null || itemId == null || date == null) {
            sink.report().skip(source, position, liker == null ? "like without user id"
                    : "likes.getList needs the request: wrap the response as {\"params\":{\"type\",\"owner_id\","
                    + "\"item_id\"},\"date\":<unix seconds>,\"response\":...}", item);
            return;
        }
        if (item.isObject() && item.has("first_name")) {
            sink.profile(PLATFORM, liker, new AccountProfile(JsonRecords.text(item, "screen_name"),
                    join(JsonRecords.text(item, "first_name"), JsonRecords.text(item, "last_name")), null, -1, -1,
                    null, null));
        }
        String kind = JsonRecords.text(params, "type");
        String prefix = kind == null || kind.equals("post") ? "wall" : kind;
        Instant time;
        try {
            time = Timestamps.parse(date);
        } catch (IllegalArgumentException e) {
            sink.report().skip(source, position, "wrapper date: " + e.getMessage(), item);
            return;
        }
        sink.add(new Action(null, PLATFORM, liker, ActionType.LIKE, prefix + owner + "_" + itemId, owner, null, null,
                null, null, time));
    }

    private static Instant date(JsonNode n, String position, String source, ActionSink sink) throws IOException {
        JsonNode d = n.get("date");
        if (d == null || !d.canConvertToLong()) {
            sink.report().skip(source, position, "no numeric date (unix seconds)", n);
            return null;
        }
        return Timestamps.ofUnixSeconds(d.asLong());
    }

    private static void attachments(JsonNode attachments, List<String> urls, List<String> media, ImportReport report) {
        for (JsonNode a : attachments) {
            String type = JsonRecords.text(a, "type");
            JsonNode body = type == null ? null : a.get(type);
            if (type == null || body == null) {
                continue;
            }
            switch (type) {
                case "link":
                    if (JsonRecords.text(body, "url") != null) {
                        urls.add(JsonRecords.text(body, "url"));
                    }
                    break;
                case "photo":
                case "video":
                case "audio":
                case "doc":
                    String owner = JsonRecords.text(body, "owner_id");
                    String id = JsonRecords.text(body, "id");
                    if (owner != null && id != null) {
                        media.add(type + owner + "_" + id);
                    }
                    break;
                default:
                    report.unmapped("attachments." + type);
            }
        }
    }

    private static void unmapped(JsonNode node, Set<String> mapped, String prefix, ImportReport report) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!mapped.contains(f)) {
                report.unmapped(prefix + f);
            }
        }
    }

    private static String join(String first, String last) {
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }
}
