package org.trollscope.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.io.platform.PlatformImporter;
import org.trollscope.io.platform.PlatformImporters;

/**
 * Platform exports read through the normal input path: detection, mixed runs, errors and counts.
 * Expected counts come from the fixtures as the per-importer tests describe them (twitter/v2.jsonl:
 * 7 tweets, a malformed line 3 and a line 4 without created_at; telegram/group.json: 6 messages,
 * message 16 without a date at line 73, message 17 without a sender at line 80).
 */
class PlatformExportsReadingTest {
    @TempDir
    Path dir;

    static Path fixture(String resource) {
        try {
            return Path.of(PlatformExportsReadingTest.class.getResource("/platform/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    ReadOptions skip() {
        return ReadOptions.defaults().withOnError(OnError.SKIP, dir.resolve("rejects.csv"));
    }

    static ReadResult read(ReadOptions o, Path... inputs) throws IOException {
        return ActivityReader.read(List.of(inputs), null, o, ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0} is read as {1} on platform {2}")
    @CsvSource({
        "twitter/v2.jsonl, twitter-v2-jsonl, twitter",
        "twitter/io-archive.csv, twitter-io-archive-csv, twitter",
        "telegram/channel.json, telegram-json, telegram",
        "telegram/group.json, telegram-json, telegram",
        "telegram/account.json, telegram-json, telegram",
        "meta/facebook.csv, meta-content-library-csv, facebook",
        "meta/instagram.csv, meta-content-library-csv, instagram",
        "youtube/commentThreads.json, youtube-comments-json, youtube",
        "youtube/comments.jsonl, youtube-comments-json, youtube",
        "vk/wall.json, vk-api-json, vk",
        "vk/comments.json, vk-api-json, vk",
        "vk/likes.jsonl, vk-api-json, vk",
        "tiktok/videos.json, tiktok-research-json, tiktok",
        "tiktok/comments.jsonl, tiktok-research-json, tiktok",
    })
    void everyPlatformFixtureIsDetectedAndReadIntoThePlatformColumn(String resource, String format, String platform)
            throws IOException {
        ReadResult r = read(skip(), fixture(resource));
        FileReport f = r.report().inputs().get(0);
        assertThat(f.format().wireName()).isEqualTo(format);
        assertThat(f.rowsAccepted()).isPositive().isEqualTo(r.log().size());
        assertThat(f.rowsRead()).isEqualTo(f.rowsAccepted() + f.rowsRejected() + f.duplicateActionIds() + f.rowsIgnored());
        assertThat(f.sha256()).hasSize(64);
        ActivityLog log = r.log();
        for (int row = 0; row < log.size(); row++) {
            assertThat(log.platforms().get(log.platform(row))).isEqualTo(platform);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // trollscope JSON Lines with extra keys that a platform sniffer would also claim
        "jsonl with author_id and text | a.jsonl | jsonl | {\"account_id\":\"a\",\"action_type\":\"post\",\"created_at\":\"2024-01-01T00:00:00Z\",\"author_id\":\"x\",\"text\":\"t\"}",
        "jsonl with response and from_id | b.jsonl | jsonl | {\"account_id\":\"a\",\"action_type\":\"post\",\"created_at\":1,\"response\":{\"first_name\":\"x\"},\"from_id\":\"a\",\"owner_id\":1}",
        "jsonl with messages and date_unixtime | c.jsonl | jsonl | {\"action_type\":\"post\",\"account_id\":\"a\",\"created_at\":1,\"messages\":[],\"date_unixtime\":\"1\"}",
        "jsonl with video fields | d.jsonl | jsonl | {\"account_id\":\"a\",\"action_type\":\"post\",\"created_at\":1,\"video_description\":\"v\",\"create_time\":1}",
        "jsonl with YouTube fields | e.jsonl | jsonl | {\"account_id\":\"a\",\"action_type\":\"post\",\"created_at\":1,\"authorChannelId\":\"c\",\"publishedAt\":\"p\"}",
        "csv with archive columns | f.csv | csv | account_id,action_type,created_at,tweetid,userid,tweet_time\\na,post,1,t,u,2024-01-01 00:00",
        "csv with Meta columns | g.csv | csv | account_id,action_type,created_at,id,creation_time,post_owner.id\\na,post,1,i,2024-01-01,o",
        "CooRTweet with archive columns | h.csv | coortweet | object_id,account_id,content_id,timestamp_share,tweetid,userid,tweet_time\\no,a,c,1,t,u,x",
    })
    void trollscopesOwnFormatsAreNeverTakenForAPlatformExport(String what, String name, String format, String content)
            throws IOException {
        byte[] bytes = content.replace("\\n", "\n").concat("\n").getBytes(StandardCharsets.UTF_8);
        // the trap is real: some platform sniffer claims these bytes on its own
        assertThat(PlatformImporters.detect(Path.of(name), bytes)).as(what).isPresent();
        Path p = Files.write(dir.resolve(name), bytes);
        ReadResult r = read(ReadOptions.defaults(), p);
        assertThat(r.report().inputs().get(0).format().wireName()).isEqualTo(format);
        assertThat(r.log().size()).isEqualTo(1);
    }

    @Test
    void aFileNoFormatMatchesIsRejectedNamingTheFileWhatWasFoundAndTheFormatsTried() throws IOException {
        Path lines = file("odd.jsonl", "{\"foo\":1}\n{\"foo\":2}\n");
        Path document = file("odd.json", "{\n  \"foo\": [1, 2]\n}\n");
        Path array = file("odd-array.json", "[{\"foo\":1}]\n");
        Path csv = file("odd.csv", "who,what\nalice,post\n");
        for (Path p : List.of(lines, document, array, csv)) {
            assertThatThrownBy(() -> read(ReadOptions.defaults(), p)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(p + ":1: cannot tell the format")
                    .hasMessageContaining("coortweet").hasMessageContaining("cnt")
                    .hasMessageContaining("twitter-v2-jsonl").hasMessageContaining("telegram-json")
                    .hasMessageContaining("tiktok-research-json").hasMessageContaining("--format");
        }
        assertThatThrownBy(() -> read(ReadOptions.defaults(), lines)).hasMessageContaining("keys of the first record: foo");
        assertThatThrownBy(() -> read(ReadOptions.defaults(), csv)).hasMessageContaining("found columns: who, what");
        assertThatThrownBy(() -> read(ReadOptions.defaults(), array)).hasMessageContaining("a JSON array");
    }

    @Test
    void aBrokenFirstLineOfJsonLinesIsReportedAtItsLineNotAsAnUnknownFormat() throws IOException {
        Path p = file("broken.jsonl", "{\"account_id\":\"a\", oops}\n"
                + "{\"account_id\":\"b\",\"action_type\":\"post\",\"created_at\":1}\n");
        assertThatThrownBy(() -> read(ReadOptions.defaults(), p)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(p + ":1: ").hasMessageNotContaining("cannot tell");
        ReadResult r = read(skip(), p);
        assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.JSONL);
        assertThat(r.report().inputs().get(0).rowsRejected()).isEqualTo(1);
        assertThat(r.log().size()).isEqualTo(1);
    }

    @Test
    void everyPlatformImporterHasAFormatNameThatRoundTrips() {
        for (PlatformImporter i : PlatformImporters.all()) {
            InputFormat f = InputFormat.parse(i.id());
            assertThat(f.isPlatformExport()).isTrue();
            assertThat(f.importer().id()).isEqualTo(i.id());
        }
        assertThat(InputFormat.CSV.isPlatformExport()).isFalse();
        assertThatThrownBy(() -> InputFormat.parse("myspace")).hasMessageContaining("telegram-json");
    }

    @Test
    void mixedPlatformsInOneRunShareTheLogWithAccountsTargetsAndActionIdsScopedByPlatform() throws IOException {
        // row 1 repeats tweet 1001 on twitter: dropped; row 2 is id 1001 on vk: a different action;
        // row 3 is a share by Telegram's user301 of message 10 of the exported group
        Path own = file("own.csv", "action_id,platform,account_id,action_type,target_id,created_at\n"
                + "1001,twitter,11,share,1001,2023-03-01T12:00:00Z\n"
                + "1001,vk,11,share,1001,2023-03-01T12:00:00Z\n"
                + "x1,telegram,user301,share,1700000002/10,2023-11-15T11:00:00Z\n");
        ReadResult r = read(skip(), fixture("telegram/group.json"), fixture("twitter/v2.jsonl"), own);
        ActivityLog log = r.log();
        assertThat(r.report().inputs()).extracting(f -> f.format().wireName())
                .containsExactly("telegram-json", "twitter-v2-jsonl", "csv");
        assertThat(r.report().inputs()).extracting(FileReport::rowsAccepted).containsExactly(6L, 7L, 2L);
        assertThat(r.report().inputs()).extracting(FileReport::rowsRejected).containsExactly(2L, 2L, 0L);
        assertThat(r.report().inputs().get(2).duplicateActionIds()).isEqualTo(1);
        assertThat(log.size()).isEqualTo(15);
        assertThat(log.platforms()).containsExactly("telegram", "twitter", "vk");
        int telegram = 0;
        int twitter = 1;
        int vk = 2;
        // accounts: twitter 11 and vk 11 are two; user301 of the CSV is the export's user301
        int twitter11 = log.accounts().find(twitter, "11");
        int vk11 = log.accounts().find(vk, "11");
        assertThat(twitter11).isNotNegative();
        assertThat(vk11).isNotNegative().isNotEqualTo(twitter11);
        assertThat(log.account(14)).isEqualTo(log.accounts().find(telegram, "user301"));
        assertThat(log.profile(twitter11).handle()).isEqualTo("alice");
        // targets: 1001 on twitter (quoted twice) and 1001 on vk are two objects
        assertThat(log.targets().find(vk, "1001")).isNotNegative().isNotEqualTo(log.targets().find(twitter, "1001"));
        assertThat(log.target(14)).isEqualTo(log.targets().find(telegram, "1700000002/10"));
        // action ids: 1001 exists once on twitter and once on vk
        assertThat(log.actionIds().find(twitter, "1001")).isNotNegative();
        assertThat(log.actionIds().find(vk, "1001")).isNotNegative();
        assertThat(log.actionIdText(13)).isEqualTo("1001");
        assertThat(log.platform(13)).isEqualTo(vk);
    }

    @Test
    void unreadableRecordsUnderSkipGoToTheRejectsFileWithLinePositionReasonAndTheRecord() throws IOException {
        ReadResult r = read(skip(), fixture("telegram/group.json"), fixture("twitter/v2.jsonl"));
        assertThat(r.report().rejectsFile()).isEqualTo(dir.resolve("rejects.csv"));
        assertThat(r.report().rowsRejected()).isEqualTo(4);
        List<String> lines = Files.readAllLines(dir.resolve("rejects.csv"));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("file,line,reason,row");
        // message 16 of the group (lines 73-78 of the fixture), as compact JSON
        assertThat(lines.get(1)).isEqualTo(fixture("telegram/group.json")
                + ",73,messages[6] (message 16): message without date_unixtime or date,"
                + "\"{\"\"id\"\":16,\"\"type\"\":\"\"message\"\",\"\"from\"\":\"\"Boris\"\",\"\"from_id\"\":\"\"user301\"\","
                + "\"\"text\"\":\"\"no date at all\"\"}\"");
        assertThat(lines.get(2)).startsWith(fixture("telegram/group.json")
                + ",80,messages[7] (message 17): message without from_id,\"{\"\"id\"\":17,");
        // the malformed line as it stands in the file
        assertThat(lines.get(3)).startsWith(fixture("twitter/v2.jsonl") + ",3,malformed JSON")
                .endsWith(",\"{\"\"data\"\": [{\"\"id\"\": \"\"1008\"\", \"\"text\"\": \"\"cut off\"");
        assertThat(lines.get(4)).isEqualTo(fixture("twitter/v2.jsonl") + ",4,tweet without created_at,"
                + "\"{\"\"id\"\":\"\"1009\"\",\"\"text\"\":\"\"no time\"\",\"\"author_id\"\":\"\"11\"\"}\"");
    }

    @Test
    void aCsvExportRowWithTheWrongFieldCountIsRejectedAsItStood() throws IOException {
        Path archive = file("io.csv", "tweetid,userid,tweet_time,tweet_text\n"
                + "1,u1,2020-01-01 10:00,fine\n"
                + "2,u2,2020-01-01 10:01,\"a, b\",extra\n"
                + "3,,2020-01-01 10:02,no user\n");
        ReadResult r = read(skip(), archive);
        assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.TWITTER_IO_ARCHIVE_CSV);
        assertThat(r.log().size()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).containsExactly("file,line,reason,row",
                archive + ",3,\"expected 4 fields, found 5\",\"2,u2,2020-01-01 10:01,\"\"a, b\"\",extra\"",
                archive + ",4,empty userid,\"3,,2020-01-01 10:02,no user\"");
    }

    @Test
    void underFailTheFirstUnreadableRecordStopsTheReadNamingFileLinePositionAndReason() {
        Path group = fixture("telegram/group.json");
        assertThatThrownBy(() -> read(ReadOptions.defaults(), group)).isInstanceOf(InputException.class)
                .hasMessage(group + ":73: messages[6] (message 16): message without date_unixtime or date"
                        + " (use --on-error skip to skip bad records)")
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.line()).isEqualTo(73);
                    assertThat(ie.file()).isEqualTo(group);
                    assertThat(ie.position()).isEqualTo("line 73, messages[6] (message 16)");
                });
        Path tweets = fixture("twitter/v2.jsonl");
        assertThatThrownBy(() -> read(ReadOptions.defaults(), tweets))
                .hasMessageStartingWith(tweets + ":3: malformed JSON");
    }

    @Test
    void theFileReportCarriesUnmappedFieldsAndRecordsNotImported() throws IOException {
        FileReport tweets = read(skip(), fixture("twitter/v2.jsonl")).report().inputs().get(0);
        // mentions in tweets 1002 and 1004; lang on 1001 only (see TwitterV2ImporterTest)
        assertThat(tweets.unmappedFields()).containsEntry("entities.mentions", 2L).containsEntry("lang", 1L);
        assertThat(tweets.rowsRead()).isEqualTo(9); // 7 tweets + 2 unreadable lines
        FileReport channel = read(skip(), fixture("telegram/channel.json")).report().inputs().get(0);
        assertThat(channel.ignoredRecords()).containsEntry("telegram service message", 1L);
        assertThat(channel.rowsIgnored()).isEqualTo(1);
        FileReport own = read(skip(), file("own.csv", "account_id,action_type,created_at\na,post,1\n")).report().inputs().get(0);
        assertThat(own.unmappedFields()).isEmpty();
    }

    @Test
    void compressedExportsAndOnesWithAByteOrderMarkAreDetectedToo() throws IOException {
        Path gz = dir.resolve("result.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(fixture("telegram/group.json")));
        }
        Path bom = dir.resolve("bom.json");
        try (OutputStream out = Files.newOutputStream(bom)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(Files.readAllBytes(fixture("telegram/channel.json")));
        }
        ReadResult r = read(skip(), gz, bom);
        assertThat(r.report().inputs()).extracting(FileReport::format)
                .containsExactly(InputFormat.TELEGRAM_JSON, InputFormat.TELEGRAM_JSON);
        assertThat(r.report().inputs().get(0).rowsAccepted()).isEqualTo(6);
        assertThat(r.report().inputs().get(1).rowsAccepted())
                .isEqualTo(read(skip(), fixture("telegram/channel.json")).report().inputs().get(0).rowsAccepted());
    }

    @Test
    void exportsLargerThanTheReadAheadBlocksAreReadToTheEndAndHashedWhole() throws Exception {
        // 10,000 messages of ~170 bytes: about 1.7 MB, more than the detection head (64 KiB) and
        // a read-ahead block (1 MiB); the importer closes its parser before the file is hashed
        Path telegram = dir.resolve("result.json");
        try (java.io.Writer w = Files.newBufferedWriter(telegram)) {
            w.write("{\n \"name\": \"Big\",\n \"type\": \"public_supergroup\",\n \"id\": 42,\n \"messages\": [\n");
            for (int i = 1; i <= 10_000; i++) {
                w.write((i > 1 ? ",\n" : "") + "  {\"id\": " + i + ", \"type\": \"message\", \"date_unixtime\": \""
                        + (1_700_000_000 + i) + "\", \"from\": \"User\", \"from_id\": \"user" + (i % 100)
                        + "\", \"text\": \"message " + i + " with padding to make the export bigger\"}");
            }
            w.write("\n ]\n}\n");
        }
        Path tweets = dir.resolve("tweets.jsonl");
        try (java.io.Writer w = Files.newBufferedWriter(tweets)) {
            for (int i = 0; i < 10_000; i++) {
                w.write("{\"id\":\"" + (5_000_000 + i) + "\",\"author_id\":\"" + (i % 500)
                        + "\",\"created_at\":\"2024-01-01T00:00:00.000Z\",\"text\":\"tweet number " + i
                        + " with some padding text\"}\n");
            }
        }
        assertThat(Files.size(telegram)).isGreaterThan(1_200_000);
        ReadResult r = read(ReadOptions.defaults(), telegram, tweets);
        assertThat(r.report().inputs()).extracting(FileReport::format)
                .containsExactly(InputFormat.TELEGRAM_JSON, InputFormat.TWITTER_V2_JSONL);
        assertThat(r.report().inputs()).extracting(FileReport::rowsAccepted).containsExactly(10_000L, 10_000L);
        assertThat(r.log().size()).isEqualTo(20_000);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        assertThat(r.report().inputs().get(0).sha256())
                .isEqualTo(java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(telegram))));
    }

    @Test
    void aNamedPlatformFormatSkipsDetection() throws IOException {
        // the same tweets under a name no sniffer looks at, and with --format given
        Path renamed = Files.copy(fixture("twitter/v2.jsonl"), dir.resolve("tweets.txt"));
        ReadResult r = read(skip().withFormat(InputFormat.TWITTER_V2_JSONL), renamed);
        assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.TWITTER_V2_JSONL);
        assertThat(r.log().size()).isEqualTo(7);
        assertThatThrownBy(() -> ReadOptions.defaults().withFormat(InputFormat.TELEGRAM_JSON)
                .withColumnMap(java.util.Map.of(Column.ACCOUNT_ID, "user")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMappedCsvOrJsonLinesFileIsStillReadThroughItsMap() throws IOException {
        ReadOptions mapped = ReadOptions.defaults().withColumnMap(java.util.Map.of(Column.ACCOUNT_ID, "user",
                Column.CREATED_AT, "time"));
        ReadResult r = read(mapped, file("m.csv", "user,time\nu1,1\n"), file("m.jsonl", "{\"user\":\"u2\",\"time\":2}\n"));
        assertThat(r.report().inputs()).extracting(FileReport::format).containsExactly(InputFormat.CSV, InputFormat.JSONL);
        assertThat(r.log().size()).isEqualTo(2);
    }
}
