package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class TikTokImporterTest {
    private final TikTokImporter importer = new TikTokImporter();

    @Test
    void aVideoIsAPostWithItsHashtagNamesAndSoundAsMediaAndExactSixtyFourBitIds() {
        Imported videos = Imported.read(importer, "tiktok/videos.json");
        assertThat(videos.action("7200000000000000001")).isEqualTo(new Action("7200000000000000001", "tiktok",
                "user_a", ActionType.POST, null, null, "dance along #fyp #trend https://shop.example/item",
                List.of("https://shop.example/item"), List.of("fyp", "trend"), List.of("music:7100000000000000009"),
                Instant.ofEpochSecond(1680000000)));
        // both videos use the same sound
        assertThat(videos.action("7200000000000000002").media()).containsExactly("music:7100000000000000009");
    }

    @Test
    void aVideoWithoutUsernameIsSkippedAndCountsAreReportedUnmapped() {
        Imported videos = Imported.read(importer, "tiktok/videos.json");
        assertThat(videos.log().size()).isEqualTo(2);
        assertThat(videos.report().skippedRecords()).extracting(SkippedRecord::position, SkippedRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 1, data.videos[2]", "video without username"));
        assertThat(videos.report().unmappedFields()).containsEntry("video.like_count", 2L)
                .containsEntry("video.region_code", 2L).containsEntry("video.effect_ids", 1L);
    }

    @Test
    void commentsReplyToTheVideoOrParentCommentAndAuthorlessOnesAreCountedAsIgnored() {
        Imported comments = Imported.read(importer, "tiktok/comments.jsonl");
        // the Research API comment has no author: the first comment (line 1) cannot be attributed
        assertThat(comments.report().ignoredRecords())
                .containsEntry("tiktok comment without author (the Research API gives none)", 1L);
        Action reply = comments.action("7300000000000000002");
        assertThat(List.of(reply.account(), reply.target())).containsExactly("user_c", "7300000000000000001");
        assertThat(reply.hashtags()).containsExactly("fyp");
        // parent_comment_id equal to video_id marks a top-level comment
        assertThat(comments.action("7300000000000000003").target()).isEqualTo("7200000000000000001");
        assertThat(comments.log().size()).isEqualTo(2);
    }
}
