package org.trollscope.io.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Twitter/X information-operations archive CSV: the state-linked datasets Twitter published
 * (columns {@code tweetid, userid, user_screen_name, user_display_name, account_creation_date,
 * follower_count, following_count, tweet_text, tweet_time, is_retweet, retweet_tweetid,
 * retweet_userid, in_reply_to_tweetid, in_reply_to_userid, quoted_tweet_tweetid, hashtags, urls,
 * user_mentions, ...}; small accounts' ids and names are hashed in the files, which is fine: they
 * stay consistent within a dataset).
 *
 * <p>Mapping: {@code is_retweet} true makes a share of {@code retweet_tweetid} by
 * {@code retweet_userid}; else a non-empty {@code quoted_tweet_tweetid} a quote; else a non-empty
 * {@code in_reply_to_tweetid} a reply to it ({@code in_reply_to_userid}); else a post.
 * {@code tweet_time} ({@code yyyy-MM-dd HH:mm}, UTC) is the time; {@code hashtags} and {@code urls}
 * are bracketed lists. Account columns become profiles. Other non-empty columns are counted as
 * unmapped. Streams the file row by row: memory O(1) besides the built log.
 */
public final class TwitterArchiveImporter implements PlatformImporter {
    private static final Set<String> MAPPED = Set.of("tweetid", "userid", "user_screen_name",
            "user_display_name", "account_creation_date", "follower_count", "following_count", "tweet_text",
            "tweet_time", "is_retweet", "retweet_tweetid", "retweet_userid", "in_reply_to_tweetid",
            "in_reply_to_userid", "quoted_tweet_tweetid", "hashtags", "urls", "user_profile_description",
            "user_profile_url");

    @Override
    public String id() {
        return "twitter-io-archive-csv";
    }

    @Override
    public String description() {
        return "Twitter/X information-operations archive CSV (tweetid, userid, tweet_time, ...)";
    }

    @Override
    public boolean sniff(Path file, byte[] head) {
        List<String> h = CsvRows.header(head);
        return h.contains("tweetid") && h.contains("userid") && h.contains("tweet_time");
    }

    @Override
    public void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report)
            throws IOException {
        ActionSink sink = new ActionSink(builder, report);
        Set<String> profiled = new TreeSet<>();
        List<String> header = CsvRows.read(in, source, report, row -> {
            String position = "line " + row.line();
            String id = row.get("tweetid");
            String user = row.get("userid");
            String when = row.get("tweet_time");
            if (id == null || user == null || when == null) {
                report.skip(source, position, "empty " + (id == null ? "tweetid" : user == null ? "userid" : "tweet_time"), row.raw());
                return;
            }
            Instant time;
            try {
                time = Timestamps.parse(when);
            } catch (IllegalArgumentException e) {
                report.skip(source, position, "tweet_time: " + e.getMessage(), row.raw());
                return;
            }
            ActionType type = ActionType.POST;
            String target = null;
            String targetAccount = null;
            String rt = row.get("is_retweet");
            if (rt != null && (rt.equalsIgnoreCase("true") || rt.equals("1"))) {
                type = ActionType.SHARE;
                target = row.get("retweet_tweetid");
                targetAccount = row.get("retweet_userid");
            } else if (row.get("quoted_tweet_tweetid") != null) {
                type = ActionType.QUOTE;
                target = row.get("quoted_tweet_tweetid");
            } else if (row.get("in_reply_to_tweetid") != null) {
                type = ActionType.REPLY;
                target = row.get("in_reply_to_tweetid");
                targetAccount = row.get("in_reply_to_userid");
            }
            if (type == ActionType.SHARE && target == null) {
                report.unmapped("retweet_tweetid (empty on a retweet)");
            }
            List<String> hashtags = CsvRows.list(row.get("hashtags")).stream()
                    .map(h -> h.startsWith("#") ? h.substring(1) : h).toList();
            sink.add(new Action(id, TwitterV2Importer.PLATFORM, user, type, target, targetAccount,
                    row.get("tweet_text"), CsvRows.list(row.get("urls")), hashtags, null, time));
            if (profiled.add(user)) {
                sink.profile(TwitterV2Importer.PLATFORM, user, profile(row));
            }
        });
        // counted once per file, not per row: the column exists but has no place in the model
        for (String column : header) {
            if (!MAPPED.contains(column)) {
                report.unmapped("column " + column);
            }
        }
    }

    private static AccountProfile profile(CsvRows.Row row) {
        Instant created = null;
        String c = row.get("account_creation_date");
        if (c != null) {
            try {
                created = Timestamps.parse(c);
            } catch (IllegalArgumentException e) {
                created = null;
            }
        }
        return new AccountProfile(row.get("user_screen_name"), row.get("user_display_name"), created,
                count(row.get("follower_count")), count(row.get("following_count")),
                row.get("user_profile_description"), null);
    }

    static long count(String v) {
        if (v == null) {
            return -1;
        }
        try {
            return (long) Double.parseDouble(v.strip().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
