package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class YouTubeImporterTest {
    private final YouTubeImporter importer = new YouTubeImporter();
    // commentThreads.json: thread 1 (anna on the video, replies by boris and by a hidden author), thread 2 (boris)
    private final Imported threads = Imported.read(importer, "youtube/commentThreads.json");

    @Test
    void aTopLevelCommentRepliesToTheVideoAndItsChannelWithUrlsAndHashtagsFromTheText() {
        assertThat(threads.action("UgzThread1")).isEqualTo(new Action("UgzThread1", "youtube", "UCanna",
                ActionType.REPLY, "vid00000001", "UCowner", "Watch & share https://example.com/x #truth",
                List.of("https://example.com/x"), List.of("truth"), List.of(), Instant.parse("2024-03-10T08:00:00Z")));
    }

    @Test
    void aReplyInAThreadRepliesToTheTopLevelCommentAndItsAuthor() {
        Action reply = threads.action("UgzThread1.reply1");
        assertThat(List.of(reply.account(), reply.target(), reply.targetAccount()))
                .containsExactly("UCboris", "UgzThread1", "UCanna");
        assertThat(reply.time()).isEqualTo(Instant.parse("2024-03-10T08:00:40.123Z"));
    }

    @Test
    void anOffsetTimeIsConvertedToUtc() {
        // 10:00:05+02:00
        assertThat(threads.action("UgzThread2").time()).isEqualTo(Instant.parse("2024-03-10T08:00:05Z"));
    }

    @Test
    void aCommentWithoutAuthorChannelIsSkippedWithItsJsonPath() {
        assertThat(threads.log().size()).isEqualTo(3);
        assertThat(threads.report().skippedRecords())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record").containsExactly(new SkippedRecord("youtube/commentThreads.json",
                "line 1, items[0].replies.comments[1]", "comment without snippet.authorChannelId"));
        // thread 1 says 3 replies, the response carries 2; likeCount is counted on the 3 imported comments
        assertThat(threads.report().unmappedFields()).containsEntry("totalReplyCount (replies not in the response)", 1L)
                .containsEntry("snippet.likeCount", 3L);
    }

    @Test
    void authorsBecomeProfilesWithTheirHandle() {
        assertThat(threads.log().profile(threads.account("youtube", "UCanna"))).isEqualTo(
                new AccountProfile("anna", "@anna", null, -1, -1, null, "https://yt3.ggpht.com/a.jpg"));
    }

    @Test
    void commentsListResponsesInJsonLinesAreRead() {
        Imported comments = Imported.read(importer, "youtube/comments.jsonl");
        // no thread around it: the parent's author is unknown
        assertThat(comments.actions()).containsExactly(new Action("UgzThread2.reply9", "youtube", "UCcarl",
                ActionType.REPLY, "UgzThread2", null, "late reply", List.of(), List.of(), List.of(),
                Instant.parse("2024-03-11T00:00:00Z")));
        assertThat(comments.report().skippedRecords()).isEmpty();
    }
}
