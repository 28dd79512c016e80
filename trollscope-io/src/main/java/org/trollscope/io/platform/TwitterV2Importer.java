package org.trollscope.io.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Twitter/X API v2 tweets as JSON Lines, as written by twarc2 and most academic collectors.
 *
 * <p>Each line is either a response page ({@code {"data":[tweets], "includes":{"users":[...],
 * "tweets":[...]}}}) or one tweet (twarc2 {@code flatten} output, with {@code author} and expanded
 * {@code referenced_tweets} inline). A JSON array of either, or one response document, is read too.
 * Mapping: a {@code referenced_tweets} entry of type {@code retweeted} makes a share, {@code quoted}
 * a quote, {@code replied_to} a reply (in that order of precedence), otherwise a post. The target is
 * the referenced tweet id; its account comes from {@code includes.tweets}, the inline referenced
 * tweet, {@code in_reply_to_user_id} for replies, or for a retweet whose original is gone (deleted
 * tweets are absent from {@code includes}) from the {@code RT @handle:} prefix matched against
 * {@code includes.users}; otherwise it stays unknown and is counted. Urls are
 * {@code unwound_url}, else {@code expanded_url}; media urls are left to the media keys.
 * Users in {@code includes.users} (or {@code author}) become profiles.
 *
 * <p>Memory: one line (one response page, at most a few MB) is held as a tree at a time; the file is
 * never loaded whole. Cost O(input size).
 */
public final class TwitterV2Importer implements PlatformImporter {
    static final String PLATFORM = "twitter";
    private static final Pattern RT_PREFIX = Pattern.compile("^RT @([A-Za-z0-9_]{1,15}):");
    private static final Set<String> MAPPED = Set.of("id", "text", "author_id", "created_at",
            "referenced_tweets", "entities", "attachments", "in_reply_to_user_id", "note_tweet", "author",
            "in_reply_to_user", "__twarc");

    @Override
    public String id() {
        return "twitter-v2-jsonl";
    }

    @Override
    public String description() {
        return "Twitter/X API v2 tweets, JSON Lines (twarc2 pages or flattened tweets)";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        String h = JsonRecords.head(head).stripLeading();
        return (h.startsWith("{") || h.startsWith("[")) && h.contains("\"author_id\"")
                && (h.contains("\"text\"") || h.contains("\"created_at\""));
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        JsonRecords.read(in, source, report, (node, position) -> record(node, position, source, sink));
    }

    private void record(JsonNode node, String position, String source, ActionSink sink) throws IOException {
        JsonNode data = node.get("data");
        if (data != null && (data.isArray() || data.isObject())) {
            Map<String, JsonNode> tweets = new HashMap<>();
            Map<String, String> userIdsByHandle = new HashMap<>();
            JsonNode includes = node.path("includes");
            for (JsonNode u : includes.path("users")) {
                String id = JsonRecords.text(u, "id");
                if (id != null) {
                    sink.profile(PLATFORM, id, profile(u));
                    String handle = JsonRecords.text(u, "username");
                    if (handle != null) {
                        userIdsByHandle.put(handle.toLowerCase(Locale.ROOT), id);
                    }
                }
            }
            for (JsonNode t : includes.path("tweets")) {
                String id = JsonRecords.text(t, "id");
                if (id != null) {
                    tweets.put(id, t);
                }
            }
            if (data.isObject()) {
                tweet(data, position + ", data", source, sink, tweets, userIdsByHandle);
            } else {
                for (int i = 0; i < data.size(); i++) {
                    tweet(data.get(i), position + ", data[" + i + "]", source, sink, tweets, userIdsByHandle);
                }
            }
        } else if (node.has("id") && (node.has("text") || node.has("author_id"))) {
            JsonNode author = node.get("author");
            Map<String, String> handles = new HashMap<>();
            if (author != null && author.isObject() && JsonRecords.text(author, "id") != null) {
                sink.profile(PLATFORM, JsonRecords.text(author, "id"), profile(author));
            }
            for (JsonNode ref : node.path("referenced_tweets")) {
                JsonNode refAuthor = ref.path("author");
                if (refAuthor.isObject() && JsonRecords.text(refAuthor, "id") != null) {
                    sink.profile(PLATFORM, JsonRecords.text(refAuthor, "id"), profile(refAuthor));
                }
            }
            tweet(node, position, source, sink, Map.of(), handles);
        } else {
            sink.report().skip(source, position, "neither a tweet nor an API v2 response page (no data, id or text)", node);
        }
    }

    private void tweet(JsonNode t, String position, String source, ActionSink sink, Map<String, JsonNode> included,
                       Map<String, String> userIdsByHandle) throws IOException {
        ImportReport report = sink.report();
        String id = JsonRecords.text(t, "id");
        String author = JsonRecords.text(t, "author_id");
        if (author == null) {
            author = JsonRecords.text(t, "author", "id");
        }
        String created = JsonRecords.text(t, "created_at");
        if (id == null || author == null || created == null) {
            report.skip(source, position, "tweet without " + (id == null ? "id" : author == null ? "author_id" : "created_at"), t);
            return;
        }
        Instant time;
        try {
            time = Timestamps.parse(created);
        } catch (IllegalArgumentException e) {
            report.skip(source, position, "created_at: " + e.getMessage(), t);
            return;
        }
        ActionType type = ActionType.POST;
        JsonNode ref = null;
        for (String kind : new String[] {"retweeted", "quoted", "replied_to"}) {
            for (JsonNode r : t.path("referenced_tweets")) {
                if (ref == null && kind.equals(JsonRecords.text(r, "type")) && JsonRecords.text(r, "id") != null) {
                    ref = r;
                    type = kind.equals("retweeted") ? ActionType.SHARE
                            : kind.equals("quoted") ? ActionType.QUOTE : ActionType.REPLY;
                }
            }
        }
        String text = JsonRecords.text(t, "note_tweet", "text");
        if (text == null) {
            text = JsonRecords.text(t, "text");
        }
        String target = null;
        String targetAccount = null;
        if (ref != null) {
            target = JsonRecords.text(ref, "id");
            JsonNode original = included.get(target);
            targetAccount = original != null ? JsonRecords.text(original, "author_id") : JsonRecords.text(ref, "author_id");
            if (targetAccount == null) {
                targetAccount = JsonRecords.text(ref, "author", "id");
            }
            if (targetAccount == null && type == ActionType.REPLY) {
                targetAccount = JsonRecords.text(t, "in_reply_to_user_id");
            }
            if (targetAccount == null && type == ActionType.SHARE && text != null) {
                Matcher m = RT_PREFIX.matcher(text);
                if (m.find()) {
                    targetAccount = userIdsByHandle.get(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
            if (targetAccount == null) {
                report.unmapped("referenced_tweets (author unknown: tweet absent from includes)");
            }
        }
        List<String> urls = new ArrayList<>();
        List<String> hashtags = new ArrayList<>();
        List<String> media = new ArrayList<>();
        JsonNode entities = t.path("entities");
        for (JsonNode u : entities.path("urls")) {
            if (u.has("media_key")) {
                continue;
            }
            String url = JsonRecords.text(u, "unwound_url");
            if (url == null) {
                url = JsonRecords.text(u, "expanded_url");
            }
            if (url == null) {
                url = JsonRecords.text(u, "url");
            }
            if (url != null) {
                urls.add(url);
            }
        }
        for (JsonNode h : entities.path("hashtags")) {
            String tag = JsonRecords.text(h, "tag");
            if (tag != null) {
                hashtags.add(tag);
            }
        }
        for (Iterator<String> it = entities.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("urls") && !f.equals("hashtags")) {
                report.unmapped("entities." + f);
            }
        }
        for (JsonNode k : t.path("attachments").path("media_keys")) {
            media.add(k.asText());
        }
        if (t.path("attachments").has("poll_ids")) {
            report.unmapped("attachments.poll_ids");
        }
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!MAPPED.contains(f)) {
                report.unmapped(f);
            }
        }
        sink.add(new Action(id, PLATFORM, author, type, target, targetAccount, text, urls, hashtags, media, time));
    }

    static AccountProfile profile(JsonNode u) {
        Instant created = null;
        String c = JsonRecords.text(u, "created_at");
        if (c != null) {
            try {
                created = Timestamps.parse(c);
            } catch (IllegalArgumentException e) {
                created = null;
            }
        }
        JsonNode metrics = u.path("public_metrics");
        return new AccountProfile(JsonRecords.text(u, "username"), JsonRecords.text(u, "name"), created,
                metrics.path("followers_count").asLong(-1), metrics.path("following_count").asLong(-1),
                JsonRecords.text(u, "description"), JsonRecords.text(u, "profile_image_url"));
    }
}
