package org.trollscope.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * Every action of an analysis, stored column by column and dictionary-encoded: accounts, targets,
 * action ids, urls, hashtags and media are ints into {@link Interner}s, times are epoch
 * milliseconds (UTC), and texts live in a {@link TextColumn}. A row costs about 40 bytes of hot
 * arrays plus its dictionary entries, so 100M actions fit in a 24 GiB heap.
 *
 * <p>Accounts, targets and action ids are scoped by platform (the same id on two platforms is two
 * accounts, two objects or two actions);
 * urls, hashtags and media are shared across platforms, since the same link posted on Telegram
 * and VKontakte is the same link.
 *
 * <p>Immutable once built (see {@link ActivityLogBuilder}); rows keep their input order. Safe to
 * read from many threads.
 */
public final class ActivityLog {
    /** Marks an absent id (no target, no target account, no action id). */
    public static final int NONE = -1;

    private final int size;
    private final int[] account;
    private final byte[] type;
    private final byte[] platform;
    private final int[] target;
    private final int[] targetAccount;
    private final long[] time;
    private final int[] actionId;
    private final TextColumn text;
    private final IntLists urls;
    private final IntLists hashtags;
    private final IntLists media;
    private final List<String> platforms;
    private final Interner accounts;
    private final Interner targets;
    private final Interner actionIds;
    private final Interner urlDictionary;
    private final Interner hashtagDictionary;
    private final Interner mediaDictionary;
    private final AccountProfile[] profiles;

    ActivityLog(ActivityLogBuilder b) {
        this.size = b.size;
        this.account = Arrays.copyOf(b.account, size);
        this.type = Arrays.copyOf(b.type, size);
        this.platform = Arrays.copyOf(b.platform, size);
        this.target = Arrays.copyOf(b.target, size);
        this.targetAccount = Arrays.copyOf(b.targetAccount, size);
        this.time = Arrays.copyOf(b.time, size);
        this.actionId = Arrays.copyOf(b.actionId, size);
        b.text.trim();
        this.text = b.text;
        this.urls = b.urls.trimmed();
        this.hashtags = b.hashtags.trimmed();
        this.media = b.media.trimmed();
        this.platforms = List.copyOf(b.platforms);
        this.accounts = b.accounts;
        this.targets = b.targets;
        this.actionIds = b.actionIds;
        this.urlDictionary = b.urlDictionary;
        this.hashtagDictionary = b.hashtagDictionary;
        this.mediaDictionary = b.mediaDictionary;
        this.profiles = Arrays.copyOf(b.profiles, accounts.size());
    }

    /** The number of actions. */
    public int size() {
        return size;
    }

    /** The number of distinct accounts: acting accounts, targeted accounts and profiled ones. */
    public int accountCount() {
        return accounts.size();
    }

    public int account(int row) {
        return account[row];
    }

    public ActionType type(int row) {
        return ActionType.ofCode(type[row]);
    }

    /** The action type's ordinal, for tight loops. */
    public int typeCode(int row) {
        return type[row];
    }

    public int platform(int row) {
        return platform[row];
    }

    /** The target (object) id, or {@link #NONE}. */
    public int target(int row) {
        return target[row];
    }

    /** The account the action was aimed at, or {@link #NONE}. */
    public int targetAccount(int row) {
        return targetAccount[row];
    }

    /** Epoch milliseconds, UTC. */
    public long time(int row) {
        return time[row];
    }

    /** The action's id in the dictionary of action ids, or {@link #NONE}. */
    public int actionId(int row) {
        return actionId[row];
    }

    /** The action's id as given in the input, or {@code null}. */
    public String actionIdText(int row) {
        int id = actionId[row];
        return id == NONE ? null : actionIds.get(id);
    }

    /** The action's text, or {@code null}. */
    public String text(int row) {
        return text.get(row);
    }

    public boolean hasText(int row) {
        return text.has(row);
    }

    /** The urls of an action, as ids into {@link #urlDictionary()}. */
    public int[] urls(int row) {
        return urls.get(row);
    }

    /** The hashtags of an action (without '#'), as ids into {@link #hashtagDictionary()}. */
    public int[] hashtags(int row) {
        return hashtags.get(row);
    }

    /** The media of an action, as ids into {@link #mediaDictionary()}. */
    public int[] media(int row) {
        return media.get(row);
    }

    /** The platform names; {@link #platform(int)} indexes this list. */
    public List<String> platforms() {
        return platforms;
    }

    /** Account ids; an entry's scope is its platform index. */
    public Interner accounts() {
        return accounts;
    }

    /** Target (object) ids; an entry's scope is its platform index. */
    public Interner targets() {
        return targets;
    }

    /** Action ids; an entry's scope is its platform index. */
    public Interner actionIds() {
        return actionIds;
    }

    public Interner urlDictionary() {
        return urlDictionary;
    }

    public Interner hashtagDictionary() {
        return hashtagDictionary;
    }

    public Interner mediaDictionary() {
        return mediaDictionary;
    }

    /** The id of an account as given in the input. */
    public String accountIdText(int account) {
        return accounts.get(account);
    }

    /** The platform of an account. */
    public String accountPlatform(int account) {
        return platforms.get(accounts.scope(account));
    }

    /** What the accounts file said about an account, or {@link AccountProfile#UNKNOWN}. */
    public AccountProfile profile(int account) {
        AccountProfile p = profiles[account];
        return p == null ? AccountProfile.UNKNOWN : p;
    }

    /** Heap bytes held by the log's arrays, dictionaries and texts (an estimate, without profiles). */
    public long heapBytes() {
        long rows = (long) size * (4 + 1 + 1 + 4 + 4 + 8 + 4);
        return rows + text.bytesUsed() + urls.bytesUsed() + hashtags.bytesUsed() + media.bytesUsed()
                + accounts.bytesUsed() + targets.bytesUsed() + actionIds.bytesUsed() + urlDictionary.bytesUsed()
                + hashtagDictionary.bytesUsed() + mediaDictionary.bytesUsed();
    }
}
