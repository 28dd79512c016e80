package org.trollscope.core.privacy;

import java.util.Objects;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.model.Interner;

/**
 * An activity log with every account named only by a salted token ({@code --pseudonymize SALT}),
 * made once right after reading so that every output written from it (tables, network files,
 * run.json, the case file, and any output added later) is pseudonymised without each writer
 * taking care of it.
 *
 * <p>What is replaced: each account id by {@link Pseudonyms#token token(id)}; in profiles, the
 * handle and display name by the same token, the bio and avatar dropped (creation date and
 * follower counts kept); every action id by the token of the id (a post id leads to its author);
 * in texts, object ids, URLs and media, the names of known accounts and every {@code @mention}
 * (see {@link NameScrubber}). Hashtags, times, platforms and action types are kept. The mapping is
 * one-to-one on accounts (a token collision fails loudly) and on objects, except objects that
 * differ only in the letter case of an account name inside them ({@code x.com/Alice},
 * {@code x.com/alice}), which become one; so the analysis of the pseudonymised log finds the same
 * links and evidence as that of the original but for such objects (accounts are ranked by token,
 * so Leiden, seeded in rank order, may number or cut communities differently).
 *
 * <p>Cost: O(N) rows plus one HMAC per account and action id and one regex pass per text.
 */
public final class PseudonymousLog {
    private final ActivityLog log;
    private final NameScrubber names;

    private PseudonymousLog(ActivityLog log, NameScrubber names) {
        this.log = log;
        this.names = names;
    }

    /** The log with accounts renamed, see the class note. */
    public static PseudonymousLog of(ActivityLog original, Pseudonyms pseudonyms) {
        Objects.requireNonNull(original, "original");
        Interner accounts = original.accounts();
        int n = accounts.size();
        String[] token = new String[n];
        NameScrubber names = new NameScrubber(pseudonyms);
        for (int a = 0; a < n; a++) {
            token[a] = pseudonyms.token(accounts.get(a));
            names.add(accounts.get(a), token[a]);
        }
        for (int a = 0; a < n; a++) {
            AccountProfile p = original.profile(a);
            names.add(p.handle(), token[a]);
        }

        ActivityLogBuilder b = new ActivityLogBuilder().keepRepeatedActionIds(true);
        for (String platform : original.platforms()) {
            b.platform(platform);
        }
        int[] account = new int[n];
        for (int a = 0; a < n; a++) {
            account[a] = b.account(accounts.scope(a), token[a]);
            if (account[a] != a) {
                throw new IllegalStateException("two account ids got the same pseudonym " + token[a]
                        + "; choose another salt");
            }
            AccountProfile p = original.profile(a);
            if (p != AccountProfile.UNKNOWN) {
                b.profile(account[a], new AccountProfile(p.handle() == null ? null : token[a],
                        p.displayName() == null ? null : token[a], p.createdAt(), p.followers(), p.following(), null,
                        null));
            }
        }
        Interner targets = original.targets();
        int[] target = new int[targets.size()];
        for (int t = 0; t < target.length; t++) {
            target[t] = b.target(targets.scope(t), names.scrub(targets.get(t)));
        }
        int[] url = new int[original.urlDictionary().size()];
        for (int u = 0; u < url.length; u++) {
            url[u] = b.url(names.scrub(original.urlDictionary().get(u)));
        }
        int[] hashtag = new int[original.hashtagDictionary().size()];
        for (int h = 0; h < hashtag.length; h++) {
            hashtag[h] = b.hashtag(original.hashtagDictionary().get(h));
        }
        int[] media = new int[original.mediaDictionary().size()];
        for (int m = 0; m < media.length; m++) {
            media[m] = b.mediaId(names.scrub(original.mediaDictionary().get(m)));
        }
        for (int row = 0; row < original.size(); row++) {
            b.begin(original.platform(row), account[original.account(row)], original.type(row), original.time(row));
            String id = original.actionIdText(row);
            if (id != null) {
                b.actionId(pseudonyms.token(id));
            }
            if (original.target(row) != ActivityLog.NONE) {
                b.target(target[original.target(row)]);
            }
            if (original.targetAccount(row) != ActivityLog.NONE) {
                b.targetAccount(account[original.targetAccount(row)]);
            }
            b.text(names.scrub(original.text(row)));
            for (int u : original.urls(row)) {
                b.addUrl(url[u]);
            }
            for (int h : original.hashtags(row)) {
                b.addHashtag(hashtag[h]);
            }
            for (int m : original.media(row)) {
                b.addMedia(media[m]);
            }
            b.commit();
        }
        return new PseudonymousLog(b.build(), names);
    }

    /** The pseudonymised log. */
    public ActivityLog log() {
        return log;
    }

    /**
     * Free text (e.g. an input file name) with the names of the log's accounts and every
     * {@code @mention} replaced, as in the log's texts.
     */
    public String scrub(String text) {
        return names.scrub(text);
    }
}
