package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class TwitterArchiveImporterTest {
    private final TwitterArchiveImporter importer = new TwitterArchiveImporter();
    // io-archive.csv: a post (lines 2-3, text with a comma and a line break), a retweet, a reply, a quote,
    // a row with too few fields (line 7) and a row with an unreadable tweet_time (line 8)
    private final Imported imported = Imported.read(importer, "twitter/io-archive.csv");

    @Test
    void aPostKeepsItsMultiLineTextBracketedHashtagsAndUrls() {
        assertThat(imported.action("2001")).isEqualTo(new Action("2001", "twitter", "u1hash", ActionType.POST, null,
                null, "Vote, today!\nDetails: https://t.co/x #Election", List.of("https://example.net/a"),
                List.of("Election", "News"), List.of(), Instant.parse("2019-05-01T12:00:00Z")));
    }

    @Test
    void retweetsRepliesAndQuotesTargetTheReferencedTweet() {
        Action rt = imported.action("2002");
        assertThat(List.of(rt.type(), rt.target(), rt.targetAccount()))
                .containsExactly(ActionType.SHARE, "2001", "u1hash");
        Action reply = imported.action("2003");
        assertThat(List.of(reply.type(), reply.target(), reply.targetAccount()))
                .containsExactly(ActionType.REPLY, "2001", "u1hash");
        Action quote = imported.action("2004");
        assertThat(quote.type()).isEqualTo(ActionType.QUOTE);
        assertThat(quote.target()).isEqualTo("2001");
        // the quoted author is not a column of the archive
        assertThat(quote.targetAccount()).isNull();
        // quoted list items lose their quotes
        assertThat(quote.urls()).containsExactly("https://twitter.com/nadia_news/status/2001");
    }

    @Test
    void accountColumnsBecomeProfiles() {
        assertThat(imported.log().profile(imported.account("twitter", "u1hash"))).isEqualTo(new AccountProfile(
                "nadia_news", "Nadia", Instant.parse("2014-04-19T00:00:00Z"), 1500, 20, "daily news", null));
    }

    @Test
    void rowsWithAWrongFieldCountOrTimeAreSkippedWithTheirLine() {
        assertThat(imported.log().size()).isEqualTo(4);
        assertThat(imported.report().skippedRecords())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record").containsExactly(
                new SkippedRecord("twitter/io-archive.csv", "line 7", "expected 31 fields, found 7"),
                new SkippedRecord("twitter/io-archive.csv", "line 8", "tweet_time: unreadable time 'yesterday'"));
    }

    @Test
    void unmappedColumnsAreListed() {
        assertThat(imported.report().unmappedFields()).containsKeys("column like_count", "column user_mentions",
                "column tweet_language").doesNotContainKey("column tweetid");
    }

    @Test
    void sniffingNeedsTheArchiveColumns() {
        assertThat(importer.sniff(null, "tweetid,userid,tweet_time,tweet_text\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(importer.sniff(null, "account,type,target,time\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
