package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class TelegramImporterTest {
    private final TelegramImporter importer = new TelegramImporter();

    @Test
    void aTextArrayOfStringsAndEntitiesGivesPlainTextLinksAndHashtags() {
        Imported channel = Imported.read(importer, "telegram/channel.json");
        // the pieces of message 2 concatenated; link and text_link give urls, hashtag a tag without '#'
        assertThat(channel.action("1500000001/2")).isEqualTo(new Action("1500000001/2", "telegram",
                "channel1500000001", ActionType.POST, null, null,
                "Breaking: #Kyiv more at https://news.example/1 and here via @someone!",
                List.of("https://news.example/1", "https://news.example/2"), List.of("Kyiv"), List.of(),
                Instant.ofEpochSecond(1700000000)));
        assertThat(channel.report().unmappedFields()).containsEntry("text.mention", 1L).containsEntry("photo", 1L);
    }

    @Test
    void serviceMessagesAreCountedNotImported() {
        Imported channel = Imported.read(importer, "telegram/channel.json");
        assertThat(channel.report().ignoredRecords()).containsEntry("telegram service message", 1L);
        assertThat(channel.actions()).noneMatch(a -> "1500000001/1".equals(a.actionId()));
    }

    @Test
    void listedReactorsLikeTheMessageAndUnlistedOnesAreCounted() {
        Imported channel = Imported.read(importer, "telegram/channel.json");
        // count 3, one reactor listed with a zone-less date read as UTC
        assertThat(channel.actions()).filteredOn(a -> a.type() == ActionType.LIKE).containsExactly(new Action(null,
                "telegram", "user201", ActionType.LIKE, "1500000001/2", "channel1500000001", null, null, null, null,
                Instant.parse("2023-11-15T00:20:00Z")));
        assertThat(channel.report().unmappedFields()).containsEntry("reactions.count (reactor not listed)", 2L);
    }

    @Test
    void aChannelPostWithoutFromIdIsTheChannelsAndAZonelessDateIsReadAsUtc() {
        Imported channel = Imported.read(importer, "telegram/channel.json");
        Action old = channel.action("1500000001/3");
        assertThat(old.account()).isEqualTo("channel1500000001");
        assertThat(old.time()).isEqualTo(Instant.parse("2023-11-15T01:00:00Z"));
        // a plain string text yields no entities: a hashtag is only what Telegram marked as one
        assertThat(old.hashtags()).isEmpty();
        // one message and one reaction had only the zone-less date
        assertThat(channel.report().unmappedFields()).containsEntry("date (local time without zone, read as UTC)", 2L);
    }

    @Test
    void forwardsOfTheSameMessageFromTheSameChannelShareOneTarget() {
        Imported group = Imported.read(importer, "telegram/group.json");
        Action vera = group.action("1700000002/11");
        Action gleb = group.action("1700000002/12");
        assertThat(vera.type()).isEqualTo(ActionType.SHARE);
        assertThat(vera.targetAccount()).isEqualTo("channel1500000001");
        assertThat(vera.target()).startsWith("fwd:channel1500000001:").isEqualTo(gleb.target());
        assertThat(vera.hashtags()).containsExactly("Kyiv");
    }

    @Test
    void deletedAccountsKeepTheirIdAndRepliesFindTheRepliedAuthor() {
        Imported group = Imported.read(importer, "telegram/group.json");
        // message 13: "from": null (deleted account) replying to message 10 by user301
        assertThat(group.action("1700000002/13")).isEqualTo(new Action("1700000002/13", "telegram", "user304",
                ActionType.REPLY, "1700000002/10", "user301", "who is this?", List.of(), List.of(), List.of(),
                Instant.ofEpochSecond(1700042520)));
        assertThat(group.log().profile(group.account("telegram", "user304")).displayName()).isNull();
        assertThat(group.log().profile(group.account("telegram", "user305")).displayName()).isEqualTo("Deleted Account");
    }

    @Test
    void aForwardNamingOnlyTheSourceAndAReplyToAMissingMessageHaveNoTargetAccount() {
        Imported group = Imported.read(importer, "telegram/group.json");
        Action byName = group.action("1700000002/14");
        assertThat(byName.target()).startsWith("fwd:name:Somebody:");
        assertThat(byName.targetAccount()).isNull();
        assertThat(byName.text()).isNull();
        Action orphan = group.action("1700000002/15");
        assertThat(orphan.target()).isEqualTo("1700000002/5");
        assertThat(orphan.targetAccount()).isNull();
        assertThat(group.report().unmappedFields())
                .containsEntry("forwarded_from (name only, source account unknown)", 1L)
                .containsEntry("reply_to_message_id (replied message not in export)", 1L);
    }

    @Test
    void messagesWithoutDateOrSenderAreSkippedWithTheirPosition() {
        Imported group = Imported.read(importer, "telegram/group.json");
        // 8 messages, 2 unreadable; a position is the line of the message's opening brace
        assertThat(group.log().size()).isEqualTo(6);
        assertThat(group.report().skippedRecords()).extracting(SkippedRecord::position, SkippedRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("line 73, messages[6] (message 16)",
                                "message without date_unixtime or date"),
                        org.assertj.core.groups.Tuple.tuple("line 80, messages[7] (message 17)",
                                "message without from_id"));
    }

    @Test
    void aFullAccountExportReadsEveryChatAndKeepsMessageIdsApartPerChat() {
        Imported account = Imported.read(importer, "telegram/account.json");
        // message id 1 exists in Alpha, Beta and Gamma: three actions, not one
        assertThat(account.actions()).extracting(Action::actionId).containsExactly(
                "1800000001/1", "1800000001/2", "1800000002/1", "1800000003/1");
        assertThat(account.action("1800000001/2").targetAccount()).isEqualTo("user401");
        assertThat(account.report().skippedRecords()).isEmpty();
    }

    @Test
    void sniffingAcceptsSingleChatAndAccountExports() throws IOException {
        try (var in = getClass().getResourceAsStream("/platform/telegram/group.json")) {
            assertThat(importer.sniff(null, in.readNBytes(PlatformImporter.HEAD_BYTES))).isTrue();
        }
        try (var in = getClass().getResourceAsStream("/platform/telegram/account.json")) {
            assertThat(PlatformImporters.detect(null, in.readNBytes(PlatformImporter.HEAD_BYTES)))
                    .map(PlatformImporter::id).contains("telegram-json");
        }
        assertThat(importer.sniff(null, "{\"response\":{\"items\":[]}}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void underTheFailPolicyAMessageWithoutDateStopsTheImportNamingItsPosition() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Imported.read(ErrorPolicy.FAIL, importer, "telegram/group.json"))
                .isInstanceOf(PlatformImportException.class)
                .hasMessage("telegram/group.json: line 73, messages[6] (message 16): message without date_unixtime or date");
    }

    @Test
    void aTruncatedExportKeepsWhatCameBeforeAndReportsWhereItBroke() throws IOException {
        String cut = "{\"name\":\"x\",\"type\":\"private_group\",\"id\":5,\"messages\":[\n"
                + "{\"id\":1,\"type\":\"message\",\"date_unixtime\":\"10\",\"from_id\":\"user1\",\"text\":\"a\"},\n"
                + "{\"id\":2,\"type\":\"mess";
        var builder = new org.trollscope.core.model.ActivityLogBuilder();
        ImportReport report = new ImportReport(ErrorPolicy.SKIP);
        importer.read(new java.io.ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), "cut.json", builder, report);
        assertThat(builder.size()).isEqualTo(1);
        assertThat(report.skippedRecords()).hasSize(1);
        assertThat(report.skippedRecords().get(0).reason()).startsWith("malformed JSON, rest of the file not read");
    }
}
