package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class TwitterV2ImporterTest {
    private final TwitterV2Importer importer = new TwitterV2Importer();
    // v2.jsonl: line 1 is a twarc2 page with six tweets, line 2 a flattened tweet, line 3 is cut off,
    // line 4 lacks created_at
    private final Imported imported = Imported.read(importer, "twitter/v2.jsonl");

    @Test
    void anOriginalTweetIsAPostWithExpandedUrlsHashtagsAndMediaButNotTheMediaUrl() {
        assertThat(imported.action("1001")).isEqualTo(new Action("1001", "twitter", "11", ActionType.POST, null, null,
                "Read this https://t.co/a #Vote https://t.co/m", List.of("https://example.org/story"),
                List.of("Vote"), List.of("3_1"), Instant.parse("2023-03-01T10:00:00Z")));
    }

    @Test
    void aRetweetIsAShareOfTheOriginalByItsAuthorFromIncludesPreferringTheUnwoundUrl() {
        assertThat(imported.action("1002")).isEqualTo(new Action("1002", "twitter", "12", ActionType.SHARE, "1001",
                "11", "RT @alice: Read this https://t.co/a #Vote", List.of("https://example.org/story?full=1"),
                List.of("Vote"), List.of(), Instant.parse("2023-03-01T10:00:30Z")));
    }

    @Test
    void quotesAndRepliesTargetTheReferencedTweetAndItsAuthor() {
        Action quote = imported.action("1003");
        assertThat(quote.type()).isEqualTo(ActionType.QUOTE);
        assertThat(quote.target()).isEqualTo("1001");
        assertThat(quote.targetAccount()).isEqualTo("11");
        // 1003 is not in includes.tweets: the reply's target account comes from in_reply_to_user_id
        Action reply = imported.action("1004");
        assertThat(reply.type()).isEqualTo(ActionType.REPLY);
        assertThat(reply.target()).isEqualTo("1003");
        assertThat(reply.targetAccount()).isEqualTo("13");
    }

    @Test
    void aRetweetOfADeletedTweetKeepsItsTargetAndFindsTheAuthorFromTheRtPrefixWhenIncluded() {
        // 999 is absent from includes.tweets, but @dave is in includes.users as 14
        assertThat(imported.action("1005").target()).isEqualTo("999");
        assertThat(imported.action("1005").targetAccount()).isEqualTo("14");
        // @ghost is nowhere: the author stays unknown and is counted once
        assertThat(imported.action("1006").target()).isEqualTo("998");
        assertThat(imported.action("1006").targetAccount()).isNull();
        assertThat(imported.report().unmappedFields())
                .containsEntry("referenced_tweets (author unknown: tweet absent from includes)", 1L);
    }

    @Test
    void aFlattenedTweetTakesTheReferencedAuthorInlineAndItsAuthorProfile() {
        Action quote = imported.action("1007");
        assertThat(quote.type()).isEqualTo(ActionType.QUOTE);
        assertThat(quote.account()).isEqualTo("15");
        assertThat(quote.targetAccount()).isEqualTo("11");
        assertThat(quote.hashtags()).containsExactly("Again");
        int erin = imported.account("twitter", "15");
        assertThat(imported.log().profile(erin).handle()).isEqualTo("erin");
    }

    @Test
    void includedUsersBecomeProfiles() {
        AccountProfile alice = imported.log().profile(imported.account("twitter", "11"));
        assertThat(alice).isEqualTo(new AccountProfile("alice", "Alice A", Instant.parse("2020-01-02T03:04:05Z"), 100,
                10, "news", "https://pbs.twimg.com/a.jpg"));
        // dave posted nothing here but is an included user
        assertThat(imported.log().profile(imported.account("twitter", "14")).handle()).isEqualTo("dave");
    }

    @Test
    void badLinesAreSkippedWithLineAndReasonAndEverythingElseIsRead() {
        assertThat(imported.log().size()).isEqualTo(7);
        assertThat(imported.report().actionsByPlatform()).containsEntry("twitter", 7L);
        assertThat(imported.report().skippedRecords()).extracting(SkippedRecord::position)
                .containsExactly("line 3", "line 4");
        assertThat(imported.report().skippedRecords().get(0).reason()).startsWith("malformed JSON");
        assertThat(imported.report().skippedRecords().get(1).reason()).isEqualTo("tweet without created_at");
    }

    @Test
    void fieldsWithoutAPlaceInTheModelAreCounted() {
        // mentions appear in 1002 and 1004; public_metrics only on 1001; lang only on 1001
        assertThat(imported.report().unmappedFields()).containsEntry("entities.mentions", 2L)
                .containsEntry("public_metrics", 1L).containsEntry("lang", 1L);
    }

    @Test
    void underTheFailPolicyTheFirstBadLineStopsTheImportNamingFileAndLine() {
        assertThatThrownBy(() -> Imported.read(ErrorPolicy.FAIL, importer, "twitter/v2.jsonl"))
                .isInstanceOf(PlatformImportException.class)
                .hasMessageStartingWith("twitter/v2.jsonl: line 3: malformed JSON");
    }

    @Test
    void sniffingRecognisesTweetsAndRejectsOtherJson() {
        byte[] tweet = "{\"data\":[{\"id\":\"1\",\"text\":\"x\",\"author_id\":\"2\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] tiktok = "{\"data\":{\"videos\":[{\"id\":1,\"create_time\":2}]}}".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.sniff(null, tweet)).isTrue();
        assertThat(importer.sniff(null, tiktok)).isFalse();
        assertThat(PlatformImporters.detect(null, tweet)).containsSame(importer.getClass().cast(
                PlatformImporters.byId("twitter-v2-jsonl").orElseThrow()));
    }
}
