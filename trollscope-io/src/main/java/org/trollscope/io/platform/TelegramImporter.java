package org.trollscope.io.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Telegram Desktop JSON export ({@code result.json}): a single chat or channel
 * ({@code {"name","type","id","messages":[...]}}) or a full-account export (chats under
 * {@code chats.list} and {@code left_chats.list}).
 *
 * <p>Mapping: a message with {@code forwarded_from} (or {@code forwarded_from_id}) is a share; one
 * with {@code reply_to_message_id} a reply to {@code <chat>/<message>} (the chat is
 * {@code reply_to_peer_id} when given), whose author is known when the replied message came earlier
 * in the export; anything else a post. The account is {@code from_id} ({@code user123},
 * {@code channel456}); channel posts without it are the channel's. Each reactor listed in
 * {@code reactions[].recent} likes the message. The time is {@code date_unixtime}; older exports
 * with only the zone-less local {@code date} are read as UTC and counted. {@code text} may be a
 * string or an array of strings and entity objects: {@code link} and {@code text_link} give urls,
 * {@code hashtag} gives hashtags. Action ids are {@code <chat id>/<message id>} (message ids are
 * per chat). Service messages are counted, not imported.
 *
 * <p>A forward in an export does not name the original message, so its target is
 * {@code fwd:<source>:<fingerprint>}: the source channel ({@code forwarded_from_id}, or the name
 * when only that is given) and the first 64 bits of the SHA-256 of the text and media kind. Two
 * accounts forwarding the same post from the same channel thus share a target.
 *
 * <p>Memory: the file is streamed with Jackson's token parser and only one message at a time is a
 * tree, so multi-gigabyte exports read in bounded memory. Per chat it keeps one int per message id
 * (to find the author of a replied-to message) and the distinct authors of that chat; cost O(input).
 */
public final class TelegramImporter implements PlatformImporter {
    static final String PLATFORM = "telegram";
    private static final Set<String> MAPPED = Set.of("id", "type", "date", "date_unixtime", "from", "from_id",
            "forwarded_from", "forwarded_from_id", "reply_to_message_id", "reply_to_peer_id", "text",
            "text_entities", "reactions", "edited", "edited_unixtime");

    @Override
    public String id() {
        return "telegram-json";
    }

    @Override
    public String description() {
        return "Telegram Desktop export, result.json (one chat or the whole account)";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        String h = JsonRecords.head(head).stripLeading();
        if (!h.startsWith("{")) {
            return false;
        }
        return h.contains("\"personal_information\"")
                || (h.contains("\"messages\"") && (h.contains("\"date_unixtime\"") || h.contains("\"from_id\"")
                || h.contains("_channel\"") || h.contains("_supergroup\"") || h.contains("\"personal_chat\"")));
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        Set<String> profiled = new HashSet<>();
        try (JsonParser p = JsonRecords.MAPPER.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                report.skip(source, "line 1", "not a Telegram export: the file is not a JSON object");
                return;
            }
            Chat root = new Chat("");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ((field.equals("chats") || field.equals("left_chats")) && value == JsonToken.START_OBJECT) {
                    chatList(p, field, source, sink, profiled);
                } else if (!root.field(p, field, value, source, sink, profiled)) {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            report.skip(source, e.getLocation() == null ? "end of input" : "line " + e.getLocation().getLineNr(),
                    "malformed JSON, rest of the file not read: " + e.getOriginalMessage());
        }
    }

    private void chatList(JsonParser p, String name, String source, ActionSink sink, Set<String> profiled)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("list") && value == JsonToken.START_ARRAY) {
                int i = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Chat chat = new Chat(name + ".list[" + i++ + "].");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken v = p.nextToken();
                        if (!chat.field(p, f, v, source, sink, profiled)) {
                            p.skipChildren();
                        }
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** One chat being read: its id and what its earlier messages tell about later replies. */
    private final class Chat {
        private final String path;
        private String id;
        private String type;
        private int[] authorOfMessage = new int[0];
        private final List<String> authors = new ArrayList<>();
        private final Map<String, Integer> authorIndex = new HashMap<>();

        Chat(String path) {
            this.path = path;
        }

        /** Handles a chat-level field; returns false if the caller should skip its value. */
        boolean field(JsonParser p, String field, JsonToken value, String source, ActionSink sink,
                      Set<String> profiled) throws IOException {
            switch (field) {
                case "id":
                    id = value.isScalarValue() ? p.getText() : null;
                    return value.isScalarValue();
                case "type":
                    type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    return value.isScalarValue();
                case "messages":
                    if (value != JsonToken.START_ARRAY) {
                        return false;
                    }
                    if (id == null) {
                        id = "chat@" + p.currentTokenLocation().getLineNr();
                        sink.report().unmapped("chat without id before its messages (line-numbered id used)");
                    }
                    int i = 0;
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        long line = p.currentTokenLocation().getLineNr();
                        String position = "line " + line + ", " + path + "messages[" + i++ + "]";
                        if (t != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            sink.report().skip(source, position, "message is not a JSON object");
                            continue;
                        }
                        JsonNode m = p.readValueAsTree();
                        message(m, position, source, sink, profiled);
                    }
                    return true;
                default:
                    return false;
            }
        }

        private void message(JsonNode m, String position, String source, ActionSink sink, Set<String> profiled)
                throws IOException {
            ImportReport report = sink.report();
            String kind = JsonRecords.text(m, "type");
            if (kind != null && !kind.equals("message")) {
                report.ignored("telegram " + kind + " message");
                return;
            }
            JsonNode idNode = m.get("id");
            if (idNode == null || !idNode.canConvertToInt()) {
                report.skip(source, position, "message without a numeric id", m);
                return;
            }
            int messageId = idNode.asInt();
            position = position + " (message " + messageId + ")";
            Instant time = time(m, source, position, report);
            if (time == null) {
                return;
            }
            String account = JsonRecords.text(m, "from_id");
            if (account == null) {
                if (type != null && type.endsWith("_channel")) {
                    account = "channel" + id;
                } else {
                    report.skip(source, position, "message without from_id", m);
                    return;
                }
            }
            if (profiled.add(account)) {
                // "from" is null for deleted accounts; the id still identifies them
                sink.profile(PLATFORM, account, new AccountProfile(null, JsonRecords.text(m, "from"), null, -1, -1,
                        null, null));
            }
            List<String> urls = new ArrayList<>();
            List<String> hashtags = new ArrayList<>();
            JsonNode textNode = m.has("text") ? m.get("text") : m.get("text_entities");
            String text = text(textNode, urls, hashtags, report);
            String actionId = id + "/" + messageId;
            ActionType type = ActionType.POST;
            String target = null;
            String targetAccount = null;
            if (m.has("forwarded_from") || m.has("forwarded_from_id")) {
                type = ActionType.SHARE;
                String fromId = JsonRecords.text(m, "forwarded_from_id");
                String fromName = JsonRecords.text(m, "forwarded_from");
                String origin = fromId != null ? fromId : fromName != null ? "name:" + fromName : "unknown";
                if (fromId == null) {
                    report.unmapped("forwarded_from (name only, source account unknown)");
                }
                target = "fwd:" + origin + ":" + fingerprint(text, m);
                targetAccount = fromId;
            } else if (m.hasNonNull("reply_to_message_id")) {
                type = ActionType.REPLY;
                int replyTo = m.get("reply_to_message_id").asInt();
                String peer = JsonRecords.text(m, "reply_to_peer_id");
                String peerId = peer == null ? id : peer.replaceAll("^[a-z]+", "");
                target = peerId + "/" + replyTo;
                if (peerId.equals(id)) {
                    targetAccount = authorOf(replyTo);
                }
                if (targetAccount == null) {
                    report.unmapped("reply_to_message_id (replied message not in export)");
                }
            }
            for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!MAPPED.contains(f)) {
                    report.unmapped(f);
                }
            }
            sink.add(new Action(actionId, PLATFORM, account, type, target, targetAccount, text, urls, hashtags,
                    null, time));
            remember(messageId, account);
            reactions(m.get("reactions"), actionId, account, source, position, sink, profiled);
        }

        private void reactions(JsonNode reactions, String actionId, String author, String source, String position,
                               ActionSink sink, Set<String> profiled) throws IOException {
            if (reactions == null || !reactions.isArray()) {
                return;
            }
            for (JsonNode r : reactions) {
                JsonNode recent = r.path("recent");
                long listed = 0;
                for (JsonNode who : recent) {
                    String reactor = JsonRecords.text(who, "from_id");
                    Instant time = reactor == null ? null : time(who, source, position + " reactions", sink.report());
                    if (reactor == null || time == null) {
                        sink.report().unmapped("reactions.recent (no from_id or date)");
                        continue;
                    }
                    listed++;
                    if (profiled.add(reactor)) {
                        sink.profile(PLATFORM, reactor, new AccountProfile(null, JsonRecords.text(who, "from"), null,
                                -1, -1, null, null));
                    }
                    sink.add(new Action(null, PLATFORM, reactor, ActionType.LIKE, actionId, author, null, null, null,
                            null, time));
                }
                long count = r.path("count").asLong(0);
                for (long k = listed; k < count; k++) {
                    sink.report().unmapped("reactions.count (reactor not listed)");
                }
            }
        }

        private String authorOf(int messageId) {
            if (messageId < 0 || messageId >= authorOfMessage.length || authorOfMessage[messageId] == 0) {
                return null;
            }
            return authors.get(authorOfMessage[messageId] - 1);
        }

        private void remember(int messageId, String account) {
            if (messageId < 0 || messageId > (1 << 26)) {
                return; // beyond any real chat's ids; replies to it just get no target account
            }
            if (messageId >= authorOfMessage.length) {
                authorOfMessage = Arrays.copyOf(authorOfMessage,
                        Math.max(messageId + 1, authorOfMessage.length * 2));
            }
            Integer index = authorIndex.get(account);
            if (index == null) {
                authors.add(account);
                index = authors.size();
                authorIndex.put(account, index);
            }
            authorOfMessage[messageId] = index;
        }
    }

    private static Instant time(JsonNode m, String source, String position, ImportReport report) throws IOException {
        String unix = JsonRecords.text(m, "date_unixtime");
        String date = JsonRecords.text(m, "date");
        try {
            if (unix != null) {
                return Timestamps.ofUnixSeconds(Long.parseLong(unix.strip()));
            }
            if (date != null) {
                Instant t = Timestamps.parse(date);
                if (Timestamps.isZoneless(date)) {
                    report.unmapped("date (local time without zone, read as UTC)");
                }
                return t;
            }
        } catch (IllegalArgumentException e) {
            report.skip(source, position, "unreadable date_unixtime/date: " + e.getMessage(), m);
            return null;
        }
        report.skip(source, position, "message without date_unixtime or date", m);
        return null;
    }

    /**
     * The plain text of a {@code text} value (string, or array of strings and entity objects),
     * collecting link urls and hashtags on the way; {@code null} when empty.
     */
    static String text(JsonNode node, List<String> urls, List<String> hashtags, ImportReport report) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().isEmpty() ? null : node.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : node) {
            if (part.isTextual()) {
                sb.append(part.asText());
                continue;
            }
            String t = part.path("text").asText("");
            sb.append(t);
            switch (part.path("type").asText("")) {
                case "link":
                    urls.add(t);
                    break;
                case "text_link":
                    if (part.hasNonNull("href")) {
                        urls.add(part.get("href").asText());
                    }
                    break;
                case "hashtag":
                    hashtags.add(t.startsWith("#") ? t.substring(1) : t);
                    break;
                case "mention":
                case "mention_name":
                    report.unmapped("text.mention");
                    break;
                default:
                    break; // formatting (bold, italic, plain, ...) carries no entity
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String fingerprint(String text, JsonNode m) {
        StringBuilder sb = new StringBuilder(text == null ? "" : text);
        for (String f : new String[] {"media_type", "mime_type", "duration_seconds", "width", "height", "sticker_emoji"}) {
            sb.append('\u0000').append(m.path(f).asText(""));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
