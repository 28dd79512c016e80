package org.trollscope.core.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects actions row by row into an {@link ActivityLog}.
 *
 * <p>Fast readers intern ids straight from their byte buffers and fill one row at a time:
 * <pre>{@code
 * b.begin(platform, b.account(platform, bytes, off, len), ActionType.SHARE, millis);
 * b.target(b.target(platform, "p1"));
 * boolean kept = b.commit();   // false when the action id repeats an earlier one
 * }</pre>
 * Slower readers and tests use {@link #add(Action)}.
 *
 * <p>An action whose id was already seen on the same platform is dropped and counted
 * ({@link #duplicateActionIds()}): exports often repeat rows when collection windows overlap, and
 * counting a row twice would fake co-actions. Action ids, like accounts and targets, are scoped by
 * platform (the dictionary scope is the platform index): tweet {@code 42} and VK post {@code 42} are
 * two actions, so reading several platforms' exports in one run drops nothing. Not thread-safe.
 */
public final class ActivityLogBuilder {
    int size;
    int[] account = new int[1024];
    byte[] type = new byte[1024];
    byte[] platform = new byte[1024];
    int[] target = new int[1024];
    int[] targetAccount = new int[1024];
    long[] time = new long[1024];
    int[] actionId = new int[1024];
    final TextColumn text = new TextColumn();
    final IntLists urls = new IntLists();
    final IntLists hashtags = new IntLists();
    final IntLists media = new IntLists();
    final List<String> platforms = new ArrayList<>();
    final Interner accounts = new Interner();
    final Interner targets = new Interner();
    final Interner actionIds = new Interner();
    final Interner urlDictionary = new Interner();
    final Interner hashtagDictionary = new Interner();
    final Interner mediaDictionary = new Interner();
    AccountProfile[] profiles = new AccountProfile[64];

    private long duplicates;
    private long repeatsKept;
    private boolean keepRepeatedActionIds;
    private boolean built;

    // the row being filled
    private boolean open;
    private int rowPlatform;
    private int rowAccount;
    private ActionType rowType;
    private long rowTime;
    private int rowTarget;
    private int rowTargetAccount;
    private int rowActionId;
    private boolean rowDuplicate;
    private String rowText;
    private byte[] rowTextBytes;
    private int rowTextOffset;
    private int rowTextLength;
    private final int[][] rowLists = {new int[8], new int[8], new int[8]};
    private final int[] rowListSizes = new int[3];

    /** The index of a platform name, registering it if new. At most 127 platforms. */
    public int platform(String name) {
        int i = platforms.indexOf(name);
        if (i >= 0) {
            return i;
        }
        if (platforms.size() == Byte.MAX_VALUE) {
            throw new IllegalStateException("more than " + Byte.MAX_VALUE + " platforms");
        }
        platforms.add(name);
        return platforms.size() - 1;
    }

    public int account(int platform, String id) {
        return account(accounts.intern(platform, id));
    }

    public int account(int platform, byte[] bytes, int offset, int length) {
        return account(accounts.intern(platform, bytes, offset, length));
    }

    private int account(int id) {
        if (id >= profiles.length) {
            profiles = Arrays.copyOf(profiles, Math.max(id + 1, profiles.length * 2));
        }
        return id;
    }

    /** {@link #account(int, byte[], int, int)} with the bytes' {@link Interner#hash} computed beforehand. */
    public int account(int platform, byte[] bytes, int offset, int length, int hash) {
        return account(accounts.intern(platform, bytes, offset, length, hash));
    }

    /** {@link #target(int, byte[], int, int)} with the bytes' {@link Interner#hash} computed beforehand. */
    public int target(int platform, byte[] bytes, int offset, int length, int hash) {
        return targets.intern(platform, bytes, offset, length, hash);
    }

    /**
     * Loads the account dictionary's slots (stage 0) or entries (stage 1) that a row with these
     * hashes will look up, so that a batch reader can overlap the cache misses of many rows before
     * committing them one by one. No effect on the contents.
     */
    public int touchAccounts(int stage, int accountHash, boolean targetAccount, int targetAccountHash) {
        if (stage == 0) {
            return accounts.touchSlot(accountHash) + (targetAccount ? accounts.touchSlot(targetAccountHash) : 0);
        }
        return accounts.touchEntry(accountHash) + (targetAccount ? accounts.touchEntry(targetAccountHash) : 0);
    }

    /** Like {@link #touchAccounts}, for the target and action-id dictionaries. */
    public int touchTargetsAndActionIds(int stage, boolean target, int targetHash, boolean actionId, int actionIdHash) {
        int s = 0;
        if (stage == 0) {
            s += target ? targets.touchSlot(targetHash) : 0;
            s += actionId ? actionIds.touchSlot(actionIdHash) : 0;
        } else {
            s += target ? targets.touchEntry(targetHash) : 0;
        }
        return s;
    }

    /**
     * Interns an action id of the given platform ahead of its row, for a reader that resolves
     * targets and action ids on a parsing thread while another thread commits rows (the two threads
     * then touch disjoint dictionaries; the log must not be built before both are done). Pass the
     * result to {@link #actionId(int, boolean)}; {@link #actionIdCount()} before and after tells
     * whether it repeats an earlier id of that platform.
     *
     * @param hash {@link Interner#hash} of the bytes with the platform index as scope
     */
    public int internActionId(int platform, byte[] bytes, int offset, int length, int hash) {
        return actionIds.intern(platform, bytes, offset, length, hash);
    }

    /** The number of distinct action ids so far. */
    public int actionIdCount() {
        return actionIds.size();
    }

    /** Sets the current row's action id from {@link #internActionId}; {@code repeated} if it was seen before. */
    public ActivityLogBuilder actionId(int id, boolean repeated) {
        rowActionId = id;
        rowDuplicate = repeated;
        return this;
    }

    public int target(int platform, String id) {
        return targets.intern(platform, id);
    }

    public int target(int platform, byte[] bytes, int offset, int length) {
        return targets.intern(platform, bytes, offset, length);
    }

    public int url(String url) {
        return urlDictionary.intern(url);
    }

    public int url(byte[] bytes, int offset, int length) {
        return urlDictionary.intern(0, bytes, offset, length);
    }

    public int hashtag(String tag) {
        return hashtagDictionary.intern(tag);
    }

    public int hashtag(byte[] bytes, int offset, int length) {
        return hashtagDictionary.intern(0, bytes, offset, length);
    }

    public int mediaId(String id) {
        return mediaDictionary.intern(id);
    }

    public int mediaId(byte[] bytes, int offset, int length) {
        return mediaDictionary.intern(0, bytes, offset, length);
    }

    /** Records what an accounts file says about an account (the last record wins). */
    public void profile(int account, AccountProfile profile) {
        account(account);
        profiles[account] = profile;
    }

    /**
     * Whether a row whose action id was seen before is kept (and counted in
     * {@link #repeatedActionIdsKept()}) instead of dropped. Formats whose ids are not unique by
     * design keep them: in CooRTweet's input one {@code content_id} may share several objects, and
     * CooRTweet counts every row. Applies to the rows committed after the call.
     */
    public ActivityLogBuilder keepRepeatedActionIds(boolean keep) {
        keepRepeatedActionIds = keep;
        return this;
    }

    /** Starts a row. */
    public ActivityLogBuilder begin(int platform, int account, ActionType type, long timeMillis) {
        if (built) {
            throw new IllegalStateException("already built");
        }
        open = true;
        rowPlatform = platform;
        rowAccount = account;
        rowType = type;
        rowTime = timeMillis;
        rowTarget = ActivityLog.NONE;
        rowTargetAccount = ActivityLog.NONE;
        rowActionId = ActivityLog.NONE;
        rowDuplicate = false;
        rowText = null;
        rowTextBytes = null;
        Arrays.fill(rowListSizes, 0);
        return this;
    }

    public ActivityLogBuilder actionId(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        return actionId(b, 0, b.length);
    }

    /** Sets the current row's action id, scoped by the row's platform (see {@link #begin}). */
    public ActivityLogBuilder actionId(byte[] bytes, int offset, int length) {
        return actionId(bytes, offset, length, Interner.hash(rowPlatform, bytes, offset, length));
    }

    /**
     * {@link #actionId(byte[], int, int)} with the bytes' {@link Interner#hash} computed beforehand,
     * with the row's platform index as scope.
     */
    public ActivityLogBuilder actionId(byte[] bytes, int offset, int length, int hash) {
        if (!open) {
            throw new IllegalStateException("actionId without begin");
        }
        int before = actionIds.size();
        rowActionId = actionIds.intern(rowPlatform, bytes, offset, length, hash);
        rowDuplicate = actionIds.size() == before;
        return this;
    }

    public ActivityLogBuilder target(int target) {
        rowTarget = target;
        return this;
    }

    public ActivityLogBuilder targetAccount(int account) {
        rowTargetAccount = account;
        return this;
    }

    public ActivityLogBuilder text(String value) {
        rowText = value;
        rowTextBytes = null;
        return this;
    }

    public ActivityLogBuilder text(byte[] bytes, int offset, int length) {
        rowText = null;
        rowTextBytes = bytes;
        rowTextOffset = offset;
        rowTextLength = length;
        return this;
    }

    public ActivityLogBuilder addUrl(int url) {
        return addTo(0, url);
    }

    public ActivityLogBuilder addHashtag(int hashtag) {
        return addTo(1, hashtag);
    }

    public ActivityLogBuilder addMedia(int mediaId) {
        return addTo(2, mediaId);
    }

    /** The number of urls added to the current row so far. */
    public int rowUrlCount() {
        return rowListSizes[0];
    }

    /** The number of hashtags added to the current row so far. */
    public int rowHashtagCount() {
        return rowListSizes[1];
    }

    private ActivityLogBuilder addTo(int list, int value) {
        int[] l = rowLists[list];
        int n = rowListSizes[list];
        for (int i = 0; i < n; i++) {
            if (l[i] == value) {
                return this; // an entity listed twice in one action counts once
            }
        }
        if (n == l.length) {
            rowLists[list] = l = Arrays.copyOf(l, n * 2);
        }
        l[n] = value;
        rowListSizes[list] = n + 1;
        return this;
    }

    /**
     * Stores the current row.
     *
     * @return {@code false} if the row was dropped because its action id repeats an earlier one
     */
    public boolean commit() {
        if (!open) {
            throw new IllegalStateException("commit without begin");
        }
        open = false;
        if (rowDuplicate) {
            if (!keepRepeatedActionIds) {
                duplicates++;
                return false;
            }
            repeatsKept++;
        }
        if (size == account.length) {
            grow();
        }
        int i = size++;
        account[i] = rowAccount;
        type[i] = (byte) rowType.ordinal();
        platform[i] = (byte) rowPlatform;
        target[i] = rowTarget;
        targetAccount[i] = rowTargetAccount;
        time[i] = rowTime;
        actionId[i] = rowActionId;
        if (rowTextBytes != null) {
            text.add(rowTextBytes, rowTextOffset, rowTextLength);
        } else {
            text.add(rowText);
        }
        urls.add(rowLists[0], rowListSizes[0]);
        hashtags.add(rowLists[1], rowListSizes[1]);
        media.add(rowLists[2], rowListSizes[2]);
        return true;
    }

    /** Adds a whole action given with string ids; returns {@code false} for a repeated action id. */
    public boolean add(Action a) {
        int p = platform(a.platform());
        begin(p, account(p, a.account()), a.type(), a.time().toEpochMilli());
        if (a.actionId() != null) {
            actionId(a.actionId());
        }
        if (a.target() != null) {
            target(target(p, a.target()));
        }
        if (a.targetAccount() != null) {
            targetAccount(account(p, a.targetAccount()));
        }
        text(a.text());
        a.urls().forEach(u -> addUrl(url(u)));
        a.hashtags().forEach(h -> addHashtag(hashtag(h)));
        a.media().forEach(m -> addMedia(mediaId(m)));
        return commit();
    }

    /** Rows stored so far. */
    public int size() {
        return size;
    }

    /** Rows dropped because their action id had been seen before. */
    public long duplicateActionIds() {
        return duplicates;
    }

    /** Rows kept although their action id had been seen before (see {@link #keepRepeatedActionIds}). */
    public long repeatedActionIdsKept() {
        return repeatsKept;
    }

    /** Builds the log. The builder cannot be used afterwards. */
    public ActivityLog build() {
        if (built) {
            throw new IllegalStateException("already built");
        }
        built = true;
        return new ActivityLog(this);
    }

    private void grow() {
        long n = account.length * 2L;
        if (n > Integer.MAX_VALUE - 8) {
            n = Integer.MAX_VALUE - 8;
            if (n == account.length) {
                throw new IllegalStateException("more than " + n + " actions in one log");
            }
        }
        int c = (int) n;
        account = Arrays.copyOf(account, c);
        type = Arrays.copyOf(type, c);
        platform = Arrays.copyOf(platform, c);
        target = Arrays.copyOf(target, c);
        targetAccount = Arrays.copyOf(targetAccount, c);
        time = Arrays.copyOf(time, c);
        actionId = Arrays.copyOf(actionId, c);
    }
}
