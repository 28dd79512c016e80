package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class PlatformImportersTest {

    @ParameterizedTest(name = "{0} is detected as {1}")
    @CsvSource({
        "twitter/v2.jsonl, twitter-v2-jsonl",
        "twitter/io-archive.csv, twitter-io-archive-csv",
        "telegram/channel.json, telegram-json",
        "telegram/group.json, telegram-json",
        "telegram/account.json, telegram-json",
        "meta/facebook.csv, meta-content-library-csv",
        "meta/instagram.csv, meta-content-library-csv",
        "youtube/commentThreads.json, youtube-comments-json",
        "youtube/comments.jsonl, youtube-comments-json",
        "vk/wall.json, vk-api-json",
        "vk/comments.json, vk-api-json",
        "vk/likes.jsonl, vk-api-json",
        "tiktok/videos.json, tiktok-research-json",
        "tiktok/comments.jsonl, tiktok-research-json",
    })
    void everyFixtureIsRecognisedByExactlyItsOwnImporter(String resource, String expected) throws IOException {
        byte[] head;
        try (InputStream in = getClass().getResourceAsStream("/platform/" + resource)) {
            head = in.readNBytes(PlatformImporter.HEAD_BYTES);
        }
        Path file = Path.of(resource);
        assertThat(PlatformImporters.detect(file, head)).map(PlatformImporter::id).contains(expected);
        assertThat(PlatformImporters.all()).filteredOn(i -> i.sniff(file, head)).extracting(PlatformImporter::id)
                .containsExactly(expected);
    }

    @Test
    void ownFormatsAndUnrelatedFilesAreNotClaimed() {
        byte[] own = "account,platform,type,target,time\nalice,twitter,share,p1,2024-01-01T00:00:00Z\n".getBytes();
        byte[] coortweet = "object_id,account_id,content_id,timestamp_share\n".getBytes();
        assertThat(PlatformImporters.detect(Path.of("a.csv"), own)).isEmpty();
        assertThat(PlatformImporters.detect(Path.of("b.csv"), coortweet)).isEqualTo(Optional.empty());
    }

    @Test
    void idsAreUniqueAndResolvable() {
        assertThat(PlatformImporters.all()).extracting(PlatformImporter::id).doesNotHaveDuplicates();
        for (PlatformImporter i : PlatformImporters.all()) {
            assertThat(PlatformImporters.byId(i.id())).containsSame(i);
            assertThat(i.description()).isNotBlank();
        }
    }

    @Test
    void mixedPlatformsInOneRunKeepTheSameIdOnTwoPlatformsAsTwoAccounts() throws IOException {
        Imported mixed = Imported.read(ErrorPolicy.SKIP, new TwitterV2Importer(), "twitter/v2.jsonl",
                new VkImporter(), "vk/wall.json", new TelegramImporter(), "telegram/group.json");
        int twitter11 = mixed.account("twitter", "11");
        int vk11 = mixed.account("vk", "11");
        assertThat(twitter11).isNotNegative();
        assertThat(vk11).isNotNegative().isNotEqualTo(twitter11);
        assertThat(mixed.log().accountPlatform(vk11)).isEqualTo("vk");
        assertThat(mixed.log().profile(twitter11).handle()).isEqualTo("alice");
        assertThat(mixed.log().profile(vk11).handle()).isEqualTo("ipetrov");
        // 7 tweets, 2 VK posts, 6 Telegram messages (see the per-format tests)
        assertThat(mixed.report().actionsByPlatform()).containsExactly(
                java.util.Map.entry("telegram", 6L), java.util.Map.entry("twitter", 7L), java.util.Map.entry("vk", 2L));
        Action vkShare = mixed.action("wall11_5");
        assertThat(vkShare.type()).isEqualTo(ActionType.SHARE);
        // skipped records keep the file they came from
        assertThat(mixed.report().skippedRecords()).extracting(SkippedRecord::source)
                .containsExactly("twitter/v2.jsonl", "twitter/v2.jsonl", "vk/wall.json", "telegram/group.json",
                        "telegram/group.json");
    }
}
