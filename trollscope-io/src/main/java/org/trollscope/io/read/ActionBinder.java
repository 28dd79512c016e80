package org.trollscope.io.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.model.Interner;

/**
 * Turns records into actions of the {@link ActivityLogBuilder}. Records are checked (required
 * fields, action type, timestamp, field count) and their fields copied into a batch of
 * {@value RowBatch#CAPACITY} rows; a flush then interns the batch's ids and commits its rows in input order.
 * Nothing is interned before a row has passed every check, so a rejected row leaves no trace in
 * the log's dictionaries. Batching lets the dictionary lookups of many rows overlap their cache
 * misses (see {@link #flush}). {@link #stage} may run on a parsing thread and {@link #flush} on the
 * committing one (see {@link ParsingThread}); each method must stay on its one thread.
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

    /** Keep the touching loads from being optimised away (one per thread). */
    long sink;
    long resolveSink;

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
     * Checks one record and stages it for the next {@link #flush}; a rejected record stages nothing.
     *
     * @throws RowRejectedException naming what is wrong with the row
     */
    void stage(RowBatch batch, Fields f) throws RowRejectedException {
        // Runs on the parsing thread: everything here but platform registration is free of shared
        // state, and platforms are registered here only (the committing thread never reads the list
        // before the log is built, and batches reach it through a blocking queue).
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
        int r = batch.size++;
        batch.types[r] = type;
        batch.times[r] = millis;
        int base = r * RowBatch.SLOTS;
        batch.copy(f, col[Column.ACTION_ID.ordinal()], base + RowBatch.S_ID);
        batch.copy(f, accountF, base + RowBatch.S_ACCOUNT);
        batch.copy(f, targetF, base + RowBatch.S_TARGET);
        batch.copy(f, col[Column.TARGET_ACCOUNT_ID.ordinal()], base + RowBatch.S_TARGET_ACCOUNT);
        batch.copy(f, col[Column.TEXT.ordinal()], base + RowBatch.S_TEXT);
        batch.copy(f, col[Column.URLS.ordinal()], base + RowBatch.S_URLS);
        batch.copy(f, col[Column.HASHTAGS.ordinal()], base + RowBatch.S_HASHTAGS);
        batch.copy(f, col[Column.MEDIA.ordinal()], base + RowBatch.S_MEDIA);
        batch.copy(f, cntUsername, base + RowBatch.S_USERNAME);
        batch.copy(f, col[Column.PLATFORM.ordinal()], base + RowBatch.S_PLATFORM);
        byte[] d = batch.data;
        int[] off = batch.off;
        int[] len = batch.len;
        int p = platform(d, off[base + RowBatch.S_PLATFORM], len[base + RowBatch.S_PLATFORM]);
        batch.platforms[r] = p;
        int[] h = batch.hashes;
        h[4 * r] = Interner.hash(p, d, off[base + RowBatch.S_ACCOUNT], len[base + RowBatch.S_ACCOUNT]);
        h[4 * r + 1] = len[base + RowBatch.S_TARGET] > 0
                ? Interner.hash(p, d, off[base + RowBatch.S_TARGET], len[base + RowBatch.S_TARGET]) : 0;
        h[4 * r + 2] = len[base + RowBatch.S_TARGET_ACCOUNT] > 0
                ? Interner.hash(p, d, off[base + RowBatch.S_TARGET_ACCOUNT], len[base + RowBatch.S_TARGET_ACCOUNT]) : 0;
        h[4 * r + 3] = len[base + RowBatch.S_ID] > 0
                ? Interner.hash(p, d, off[base + RowBatch.S_ID], len[base + RowBatch.S_ID]) : 0;
    }

    /**
     * Adds the staged rows to the builder, in order. Before committing, it touches the dictionary
     * slots and entries that the rows' ids (hashed when staged) will hit, so that the cache misses of the
     * whole batch overlap (with tens of millions of ids the dictionaries far exceed the caches, and
     * waiting for each miss in turn costs more than the parsing).
     *
     * @return the rows stored; the others repeated an earlier action id
     */
    int flush(RowBatch batch) {
        int n = batch.size;
        byte[] d = batch.data;
        int[] off = batch.off;
        int[] len = batch.len;
        int[] platforms = batch.platforms;
        int[] hashes = batch.hashes;
        if (!batch.resolved) {
            resolve(batch);
        }
        int sink = 0;
        for (int stage = 0; stage < 2; stage++) {
            for (int r = 0; r < n; r++) {
                int base = r * RowBatch.SLOTS;
                sink += b.touchAccounts(stage, hashes[4 * r], len[base + RowBatch.S_TARGET_ACCOUNT] > 0, hashes[4 * r + 2]);
            }
        }
        this.sink += sink;
        int stored = 0;
        for (int r = 0; r < n; r++) {
            int base = r * RowBatch.SLOTS;
            int p = platforms[r];
            int account = b.account(p, d, off[base + RowBatch.S_ACCOUNT], len[base + RowBatch.S_ACCOUNT], hashes[4 * r]);
            if (len[base + RowBatch.S_USERNAME] > 0 && !profiled.get(account)) {
                profiled.set(account);
                b.profile(account, new AccountProfile(new String(d, off[base + RowBatch.S_USERNAME], len[base + RowBatch.S_USERNAME],
                        StandardCharsets.UTF_8), null, null, -1, -1, null, null));
            }
            b.begin(p, account, batch.types[r], batch.times[r]);
            if (batch.actionIds[r] >= 0) {
                b.actionId(batch.actionIds[r], batch.repeated[r]);
            }
            if (batch.targetIds[r] >= 0) {
                b.target(batch.targetIds[r]);
            }
            if (len[base + RowBatch.S_TARGET_ACCOUNT] > 0) {
                b.targetAccount(b.account(p, d, off[base + RowBatch.S_TARGET_ACCOUNT], len[base + RowBatch.S_TARGET_ACCOUNT], hashes[4 * r + 2]));
            }
            int textOff = off[base + RowBatch.S_TEXT];
            int textLen = len[base + RowBatch.S_TEXT];
            boolean hasText = textLen > 0;
            if (hasText) {
                b.text(d, textOff, textLen);
            }
            if (len[base + RowBatch.S_URLS] > 0) {
                addList(d, off[base + RowBatch.S_URLS], len[base + RowBatch.S_URLS], 0);
            } else if (hasText) {
                TextEntities.addUrls(d, textOff, textOff + textLen, b);
            }
            if (len[base + RowBatch.S_HASHTAGS] > 0) {
                addList(d, off[base + RowBatch.S_HASHTAGS], len[base + RowBatch.S_HASHTAGS], 1);
            } else if (hasText) {
                TextEntities.addHashtags(d, textOff, textOff + textLen, b);
            }
            if (len[base + RowBatch.S_MEDIA] > 0) {
                addList(d, off[base + RowBatch.S_MEDIA], len[base + RowBatch.S_MEDIA], 2);
            }
            if (b.commit()) {
                stored++;
            }
        }
        batch.clear();
        return stored;
    }

    /**
     * Interns the batch's targets and action ids, in row order, after touching their dictionary
     * slots. Runs on the parsing thread when there is one, so that the two largest dictionaries are
     * filled there while the committing thread handles accounts; ids come out exactly as if one
     * thread did everything, since both see the rows in the same order.
     */
    void resolve(RowBatch batch) {
        int n = batch.size;
        byte[] d = batch.data;
        int[] off = batch.off;
        int[] len = batch.len;
        int[] hashes = batch.hashes;
        int sink = 0;
        for (int stage = 0; stage < 2; stage++) {
            for (int r = 0; r < n; r++) {
                int base = r * RowBatch.SLOTS;
                sink += b.touchTargetsAndActionIds(stage, len[base + RowBatch.S_TARGET] > 0, hashes[4 * r + 1],
                        len[base + RowBatch.S_ID] > 0, hashes[4 * r + 3]);
            }
        }
        resolveSink += sink;
        for (int r = 0; r < n; r++) {
            int base = r * RowBatch.SLOTS;
            batch.targetIds[r] = len[base + RowBatch.S_TARGET] > 0
                    ? b.target(batch.platforms[r], d, off[base + RowBatch.S_TARGET], len[base + RowBatch.S_TARGET], hashes[4 * r + 1])
                    : -1;
            if (len[base + RowBatch.S_ID] > 0) {
                int before = b.actionIdCount();
                batch.actionIds[r] = b.internActionId(batch.platforms[r], d, off[base + RowBatch.S_ID], len[base + RowBatch.S_ID], hashes[4 * r + 3]);
                batch.repeated[r] = b.actionIdCount() == before;
            } else {
                batch.actionIds[r] = -1;
                batch.repeated[r] = false;
            }
        }
        batch.resolved = true;
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

    private int platform(byte[] a, int s, int length) {
        int e = s + length;
        for (int i = 0; i < platformNames.size(); i++) {
            byte[] n = platformNames.get(i);
            if (Arrays.equals(a, s, e, n, 0, n.length)) {
                return platformIds.get(i);
            }
        }
        int id = b.platform(new String(a, s, length, StandardCharsets.UTF_8));
        platformNames.add(Arrays.copyOfRange(a, s, e));
        platformIds.add(id);
        return id;
    }

    /** Adds the space-separated items of a list field (urls 0, hashtags 1 without '#', media 2). */
    private void addList(byte[] a, int start, int length, int list) {
        int i = start;
        int end = start + length;
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
