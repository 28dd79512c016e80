package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class VkImporterTest {
    private final VkImporter importer = new VkImporter();

    @Test
    void aCommunityPostHasLinkAndTextUrlsPhotoMediaAndTextHashtags() {
        Imported wall = Imported.read(importer, "vk/wall.json");
        assertThat(wall.action("wall-1_100")).isEqualTo(new Action("wall-1_100", "vk", "-1", ActionType.POST, null,
                null, "Official statement #news https://vk.example/read",
                List.of("https://vk.example/read", "https://news.example/statement"), List.of("news"),
                List.of("photo-1_457239017"), Instant.ofEpochSecond(1690000000)));
        assertThat(wall.report().unmappedFields()).containsEntry("attachments.poll", 1L).containsEntry("post.likes", 2L);
    }

    @Test
    void aRepostIsAShareOfTheCopiedPostByItsAuthor() {
        Imported wall = Imported.read(importer, "vk/wall.json");
        Action repost = wall.action("wall11_5");
        assertThat(List.of(repost.type(), repost.account(), repost.target(), repost.targetAccount()))
                .containsExactly(ActionType.SHARE, "11", "wall-1_100", "-1");
        assertThat(repost.text()).isNull();
    }

    @Test
    void profilesAndCommunitiesBecomeProfilesAndAPostWithoutDateIsSkipped() {
        Imported wall = Imported.read(importer, "vk/wall.json");
        assertThat(wall.log().profile(wall.account("vk", "11"))).isEqualTo(
                new AccountProfile("ipetrov", "Ivan Petrov", null, -1, -1, null, "https://vk.example/i.jpg"));
        assertThat(wall.log().profile(wall.account("vk", "-1")).displayName()).isEqualTo("Official Group");
        assertThat(wall.report().skippedRecords()).extracting(SkippedRecord::position)
                .containsExactly("line 1, response.items[2]");
    }

    @Test
    void commentsAndThreadRepliesAreRepliesAndDeletedCommentsAreIgnored() {
        Imported comments = Imported.read(importer, "vk/comments.json");
        assertThat(comments.actions()).containsExactly(
                new Action("wall-1_100?reply=501", "vk", "11", ActionType.REPLY, "wall-1_100", "-1", "Agreed! #news",
                        List.of(), List.of("news"), List.of(), Instant.ofEpochSecond(1690000200)),
                new Action("wall-1_100?reply=502", "vk", "12", ActionType.REPLY, "wall-1_100?reply=501", "11", "Me too",
                        List.of(), List.of(), List.of(), Instant.ofEpochSecond(1690000260)));
        assertThat(comments.report().ignoredRecords()).containsEntry("vk deleted comment", 1L);
    }

    @Test
    void likesTakeObjectAndTimeFromTheRequestWrapperAndAreRefusedWithoutIt() {
        Imported likes = Imported.read(importer, "vk/likes.jsonl");
        assertThat(likes.actions()).extracting(Action::account, Action::type, Action::target, Action::time)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("11", ActionType.LIKE, "wall-1_100", Instant.ofEpochSecond(1690000000)),
                        org.assertj.core.groups.Tuple.tuple("12", ActionType.LIKE, "wall-1_100", Instant.ofEpochSecond(1690000000)));
        assertThat(likes.report().skippedRecords()).hasSize(1);
        assertThat(likes.report().skippedRecords().get(0).position()).isEqualTo("line 2, response.items[0]");
        assertThat(likes.report().skippedRecords().get(0).reason()).startsWith("likes.getList needs the request");
    }
}
