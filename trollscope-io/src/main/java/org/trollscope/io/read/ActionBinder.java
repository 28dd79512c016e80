package org.trollscope.io.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Turns one record's fields into one action of the {@link ActivityLogBuilder}, interning ids
 * straight from the record's bytes. Every check (required fields, action type, timestamp, field
 * count) runs before anything is interned, so a rejected row leaves no trace in the log's
 * dictionaries. Not thread-safe.
 */
final class ActionBinder {
    /** Where a row's action type comes from. */
    enum TypeRule {
        /** The {@code action_type} column. */
        COLUMN,
        /** Every row is a share (CooRTweet). */
        SHARE,
        /** No type column (a mapped CSV): a row with a target is a share, else a post. */
        SHARE_IF_TARGET,
        /** Coordination Network Toolkit: repost_id → share, reply_id → reply, else post. */
        CNT
    }

    private static final byte[][] FAST_NAMES = {
            bytes("post"), bytes("share"), bytes("quote"), bytes("reply"), bytes("like"), bytes("follow")};

    private final ActivityLogBuilder b;
    private final TimestampParser time;
    private final int[] col;
    private final int expectedFields;
    private final TypeRule typeRule;
    private final int cntRepost;
    private final int cntReply;
    private final int cntUsername;
    private final String createdAtName;
    private final List<byte[]> platformNames = new ArrayList<>();
    private final List<Integer> platformIds = new ArrayList<>();
    private final BitSet profiled = new BitSet();

    /**
     * @param col the field index of each {@link Column} (by ordinal), -1 when absent
     * @param expectedFields the field count every record must have, or -1 for any
     * @param cnt field indexes of repost_id, reply_id and username (for {@link TypeRule#CNT})
     */
    ActionBinder(ActivityLogBuilder b, TimestampParser time, int[] col, int expectedFields, TypeRule typeRule,
                 int[] cnt, String createdAtName) {
        this.b = b;
        this.time = time;
        this.col = col.clone();
        this.expectedFields = expectedFields;
        this.typeRule = typeRule;
        this.cntRepost = cnt == null ? -1 : cnt[0];
        this.cntReply = cnt == null ? -1 : cnt[1];
        this.cntUsername = cnt == null ? -1 : cnt[2];
        this.createdAtName = createdAtName;
    }

    /**
     * Adds the record as an action.
     *
     * @return {@code false} when the row was dropped as a repeat of an earlier action id
     * @throws RowRejectedException naming what is wrong with the row
     */
    boolean bind(Fields f) throws RowRejectedException {
        if (expectedFields >= 0 && f.count() != expectedFields) {
            throw new RowRejectedException("wrong column count: expected " + expectedFields + " fields, found " + f.count());
        }
        int accountF = col[Column.ACCOUNT_ID.ordinal()];
        if (f.isEmpty(accountF)) {
            throw new RowRejectedException("missing required field account_id");
        }
        int targetF = col[Column.TARGET_ID.ordinal()];
        ActionType type;
        switch (typeRule) {
            case COLUMN:
                type = parseType(f, col[Column.ACTION_TYPE.ordinal()]);
                break;
            case SHARE:
                type = ActionType.SHARE;
                break;
            case SHARE_IF_TARGET:
                type = f.isEmpty(targetF) ? ActionType.POST : ActionType.SHARE;
                break;
            default:
                if (!f.isEmpty(cntRepost)) {
                    type = ActionType.SHARE;
                    targetF = cntRepost;
                } else if (!f.isEmpty(cntReply)) {
                    type = ActionType.REPLY;
                    targetF = cntReply;
                } else {
                    type = ActionType.POST;
                    targetF = -1;
                }
        }
        int timeF = col[Column.CREATED_AT.ordinal()];
        if (f.isEmpty(timeF)) {
            throw new RowRejectedException("missing required field " + createdAtName);
        }
        long millis = time.parse(f.array(timeF), f.start(timeF), f.length(timeF));
        if (millis == TimestampParser.INVALID) {
            throw new RowRejectedException("bad timestamp '" + f.string(timeF) + "' in " + createdAtName
                    + " (expected ISO-8601 with Z or an offset, YYYY-MM-DD HH:MM:SS, or epoch seconds or milliseconds)");
        }

        int platform = platform(f, col[Column.PLATFORM.ordinal()]);
        int account = b.account(platform, f.array(accountF), f.start(accountF), f.length(accountF));
        if (cntUsername >= 0 && !f.isEmpty(cntUsername) && !profiled.get(account)) {
            profiled.set(account);
            b.profile(account, new AccountProfile(f.string(cntUsername), null, null, -1, -1, null, null));
        }
        b.begin(platform, account, type, millis);
        int idF = col[Column.ACTION_ID.ordinal()];
        if (!f.isEmpty(idF)) {
            b.actionId(f.array(idF), f.start(idF), f.length(idF));
        }
        if (!f.isEmpty(targetF)) {
            b.target(b.target(platform, f.array(targetF), f.start(targetF), f.length(targetF)));
        }
        int taF = col[Column.TARGET_ACCOUNT_ID.ordinal()];
        if (!f.isEmpty(taF)) {
            b.targetAccount(b.account(platform, f.array(taF), f.start(taF), f.length(taF)));
        }
        int textF = col[Column.TEXT.ordinal()];
        boolean hasText = !f.isEmpty(textF);
        if (hasText) {
            b.text(f.array(textF), f.start(textF), f.length(textF));
        }
        int urlsF = col[Column.URLS.ordinal()];
        if (!f.isEmpty(urlsF)) {
            addList(f, urlsF, 0);
        } else if (hasText) {
            TextEntities.addUrls(f.array(textF), f.start(textF), f.end(textF), b);
        }
        int tagsF = col[Column.HASHTAGS.ordinal()];
        if (!f.isEmpty(tagsF)) {
            addList(f, tagsF, 1);
        } else if (hasText) {
            TextEntities.addHashtags(f.array(textF), f.start(textF), f.end(textF), b);
        }
        int mediaF = col[Column.MEDIA.ordinal()];
        if (!f.isEmpty(mediaF)) {
            addList(f, mediaF, 2);
        }
        return b.commit();
    }

    private ActionType parseType(Fields f, int field) throws RowRejectedException {
        if (f.isEmpty(field)) {
            throw new RowRejectedException("missing required field action_type (allowed: " + ActionType.allowedNames() + ")");
        }
        byte[] a = f.array(field);
        int s = f.start(field);
        int e = f.end(field);
        for (int i = 0; i < FAST_NAMES.length; i++) {
            if (Arrays.equals(a, s, e, FAST_NAMES[i], 0, FAST_NAMES[i].length)) {
                return ActionType.ofCode(i);
            }
        }
        try {
            return ActionType.parse(f.string(field));
        } catch (IllegalArgumentException ex) {
            throw new RowRejectedException(ex.getMessage());
        }
    }

    private int platform(Fields f, int field) {
        byte[] a;
        int s;
        int e;
        if (f.isEmpty(field)) {
            a = FAST_NAMES[0];
            s = 0;
            e = 0;
        } else {
            a = f.array(field);
            s = f.start(field);
            e = f.end(field);
        }
        for (int i = 0; i < platformNames.size(); i++) {
            byte[] n = platformNames.get(i);
            if (Arrays.equals(a, s, e, n, 0, n.length)) {
                return platformIds.get(i);
            }
        }
        int id = b.platform(new String(a, s, e - s, StandardCharsets.UTF_8));
        platformNames.add(Arrays.copyOfRange(a, s, e));
        platformIds.add(id);
        return id;
    }

    /** Adds the space-separated items of a list field (urls 0, hashtags 1 without '#', media 2). */
    private void addList(Fields f, int field, int list) {
        byte[] a = f.array(field);
        int i = f.start(field);
        int end = f.end(field);
        while (i < end) {
            while (i < end && isSpace(a[i])) {
                i++;
            }
            int s = i;
            while (i < end && !isSpace(a[i])) {
                i++;
            }
            if (list == 1 && s < i && a[s] == '#') {
                s++;
            }
            if (s < i) {
                if (list == 0) {
                    b.addUrl(b.url(a, s, i - s));
                } else if (list == 1) {
                    b.addHashtag(b.hashtag(a, s, i - s));
                } else {
                    b.addMedia(b.mediaId(a, s, i - s));
                }
            }
        }
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
