package org.trollscope.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;

class OtherFormatsReadingTest {
    @TempDir
    Path dir;

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    ReadResult read(Path p, ReadOptions o) throws IOException {
        return ActivityReader.read(List.of(p), null, o, ProgressListener.NONE);
    }

    @Test
    void aCoortweetFileBecomesSharesAndKeepsRepeatedContentIds() throws IOException {
        // c1 shares two objects at once (as a quote of two tweets would): CooRTweet keeps both rows
        Path p = file("c.csv", "object_id,account_id,content_id,timestamp_share\no1,a,c1,1623881091\no2,a,c1,1623881091\no1,b,c2,1623881100\n");
        ReadResult r = read(p, ReadOptions.defaults());
        ActivityLog log = r.log();
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.type(2)).isEqualTo(ActionType.SHARE);
        assertThat(log.targets().get(log.target(1))).isEqualTo("o2");
        assertThat(log.actionIdText(1)).isEqualTo("c1");
        assertThat(log.time(2)).isEqualTo(1_623_881_100_000L);
        FileReport f = r.report().inputs().get(0);
        assertThat(f.format()).isEqualTo(InputFormat.COORTWEET);
        assertThat(f.repeatedIdsKept()).isEqualTo(1);
        assertThat(f.duplicateActionIds()).isZero();
    }

    @Test
    void aCoordinationNetworkToolkitFileGivesPostsSharesAndRepliesWithOrWithoutHeader() throws IOException {
        String rows = "m1,u1,alice,,,hello #tag https://a.org,1623881091,\n"
                + "m2,u2,bob,m1,,RT hello,1623881095,https://a.org\n"
                + "m3,u3,,,m1,\"hi, alice\",2021-06-16T22:05:00Z,\n";
        for (Path p : List.of(file("with.csv", String.join(",", CsvLayout.CNT) + "\n" + rows), file("without.csv", rows))) {
            ReadOptions o = p.getFileName().toString().startsWith("with.") ? ReadOptions.defaults()
                    : ReadOptions.defaults().withFormat(InputFormat.CNT);
            ReadResult r = read(p, o);
            ActivityLog log = r.log();
            assertThat(log.size()).as(p.toString()).isEqualTo(3);
            assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.CNT);
            assertThat(log.type(0)).isEqualTo(ActionType.POST);
            assertThat(log.target(0)).isEqualTo(ActivityLog.NONE);
            assertThat(log.hashtagDictionary().get(log.hashtags(0)[0])).isEqualTo("tag");
            assertThat(log.type(1)).isEqualTo(ActionType.SHARE);
            assertThat(log.targets().get(log.target(1))).isEqualTo("m1");
            assertThat(log.type(2)).isEqualTo(ActionType.REPLY);
            assertThat(log.text(2)).isEqualTo("hi, alice");
            assertThat(log.profile(log.account(0)).handle()).isEqualTo("alice");
            assertThat(log.profile(log.account(2))).isEqualTo(AccountProfile.UNKNOWN);
        }
    }

    @Test
    void aFileWithoutHeaderNeedsItsFormatNamed() throws IOException {
        Path p = file("noheader.csv", "m1,u1,alice,,,hello,1623881091,\n");
        assertThatThrownBy(() -> read(p, ReadOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageContaining("needs --format");
    }

    @Test
    void anyCsvReadsThroughAColumnMapAndTheTypeFollowsTheTarget() throws IOException {
        Path p = file("m.csv", "user,time,retweet_of,body\nu1,2021-06-16 10:00:00,,first\nu2,2021-06-16 10:00:05,t9,\n");
        ReadOptions o = ReadOptions.defaults()
                .withColumnMap(ReadOptions.parseColumnMap("account_id=user, created_at=time,target_id=retweet_of,text=body"))
                .withTimezone(ZoneId.of("Europe/Moscow"));
        ActivityLog log = read(p, o).log();
        assertThat(log.type(0)).isEqualTo(ActionType.POST);
        assertThat(log.text(0)).isEqualTo("first");
        assertThat(log.type(1)).isEqualTo(ActionType.SHARE);
        assertThat(log.targets().get(log.target(1))).isEqualTo("t9");
        // 10:00 in Moscow (UTC+3) is 07:00 UTC
        assertThat(log.time(0)).isEqualTo(Instant.parse("2021-06-16T07:00:00Z").toEpochMilli());
    }

    @Test
    void aMappedColumnThatIsNotInTheFileIsNamed() throws IOException {
        Path p = file("m.csv", "user,time\nu1,1\n");
        ReadOptions o = ReadOptions.defaults().withColumnMap(ReadOptions.parseColumnMap("account_id=user,created_at=when"));
        assertThatThrownBy(() -> read(p, o)).hasMessageContaining("column 'when' (mapped to created_at) is not in the header")
                .hasMessageContaining("found columns: user, time");
        assertThatThrownBy(() -> ReadOptions.parseColumnMap("acount_id=user"))
                .hasMessageContaining("unknown column 'acount_id'");
    }

    @Test
    void jsonLinesCarryTheSameColumnsWithArraysOrStringsForLists() throws IOException {
        Path p = file("a.jsonl", "{\"action_id\":\"a1\",\"account_id\":\"alice\",\"action_type\":\"retweet\",\"target_id\":\"p1\","
                + "\"hashtags\":[\"x\",\"y\"],\"created_at\":1623881091,\"extra\":{\"nested\":1}}\n"
                + "\n"
                + "{\"account_id\":\"bob\",\"action_type\":\"post\",\"text\":\"see #z\",\"created_at\":\"2021-06-16T20:04:51Z\"}\n");
        ReadResult r = read(p, ReadOptions.defaults());
        ActivityLog log = r.log();
        assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.JSONL);
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.type(0)).isEqualTo(ActionType.SHARE);
        assertThat(Arrays.stream(log.hashtags(0)).mapToObj(log.hashtagDictionary()::get)).containsExactly("x", "y");
        assertThat(log.hashtagDictionary().get(log.hashtags(1)[0])).isEqualTo("z");
        assertThat(log.time(1)).isEqualTo(1_623_873_891_000L);
    }

    @Test
    void theThreadedCsvPathAndTheSingleThreadedJsonPathGiveIdenticalLogs() throws IOException {
        // the same 3,000 seeded rows as CSV (parsed on its own thread) and as JSON Lines (one thread):
        // every dictionary must come out in the same order and every row with the same ids
        java.util.Random random = new java.util.Random(42);
        StringBuilder csv = new StringBuilder("action_id,platform,account_id,action_type,target_id,target_account_id,created_at\n");
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String id = "x" + random.nextInt(2500);
            String platform = random.nextInt(5) == 0 ? "vk" : "tg";
            String account = "a" + random.nextInt(300);
            String target = random.nextInt(4) == 0 ? "" : "t" + random.nextInt(700);
            String targetAccount = target.isEmpty() ? "" : "a" + random.nextInt(300);
            String type = target.isEmpty() ? "post" : "share";
            csv.append(String.join(",", id, platform, account, type, target, targetAccount, Integer.toString(1_600_000_000 + i))).append('\n');
            json.append("{\"action_id\":\"").append(id).append("\",\"platform\":\"").append(platform)
                    .append("\",\"account_id\":\"").append(account).append("\",\"action_type\":\"").append(type)
                    .append("\",\"target_id\":\"").append(target).append("\",\"target_account_id\":\"").append(targetAccount)
                    .append("\",\"created_at\":").append(1_600_000_000 + i).append("}\n");
        }
        ActivityLog a = read(file("d.csv", csv.toString()), ReadOptions.defaults()).log();
        ActivityLog b = read(file("d.jsonl", json.toString()), ReadOptions.defaults()).log();
        assertThat(a.size()).isEqualTo(b.size()).isLessThan(3000); // repeated ids were dropped
        for (int i = 0; i < a.accountCount(); i++) {
            assertThat(a.accountIdText(i)).isEqualTo(b.accountIdText(i));
        }
        for (int i = 0; i < a.targets().size(); i++) {
            assertThat(a.targets().get(i)).isEqualTo(b.targets().get(i));
        }
        for (int r = 0; r < a.size(); r++) {
            assertThat(new int[] {a.account(r), a.target(r), a.targetAccount(r), a.actionId(r), a.platform(r)})
                    .isEqualTo(new int[] {b.account(r), b.target(r), b.targetAccount(r), b.actionId(r), b.platform(r)});
        }
    }

    @Test
    void aBadJsonLineIsRejectedWithItsLine() throws IOException {
        Path p = file("a.jsonl", "{\"account_id\":\"a\",\"action_type\":\"post\",\"created_at\":1}\n{\"account_id\":\"b\",\n"
                + "{\"account_id\":\"c\",\"created_at\":1}\n");
        assertThatThrownBy(() -> read(p, ReadOptions.defaults())).hasMessageContaining("a.jsonl:2: invalid JSON");
        ReadResult r = read(p, ReadOptions.defaults().withOnError(OnError.SKIP, dir.resolve("rej.csv")));
        assertThat(r.log().size()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("rej.csv"))).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains(",3,\"missing required field action_type (found keys: account_id, created_at)\""));
    }

    @Test
    void parquetIsReadThroughDuckDbWithTimestampAndListColumns() throws Exception {
        Path p = dir.resolve("a.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM (VALUES "
                    + "('a1', 'alice', 'share', 'p1', ['x', 'y'], TIMESTAMP '2021-06-16 20:04:51'), "
                    + "('a2', 'bob', 'like', 'p1', [], TIMESTAMP '2021-06-16 20:04:52')) "
                    + "t(action_id, account_id, action_type, target_id, hashtags, created_at)) TO '"
                    + p.toString().replace("'", "''") + "' (FORMAT PARQUET)");
        }
        ReadResult r = read(p, ReadOptions.defaults());
        ActivityLog log = r.log();
        assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.PARQUET);
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.time(0)).isEqualTo(Instant.parse("2021-06-16T20:04:51Z").toEpochMilli());
        assertThat(Arrays.stream(log.hashtags(0)).mapToObj(log.hashtagDictionary()::get)).containsExactly("x", "y");
        assertThat(log.type(1)).isEqualTo(ActionType.LIKE);
        assertThat(log.target(1)).isEqualTo(log.target(0));
        assertThat(r.report().inputs().get(0).sha256()).hasSize(64);
    }

    @Test
    void anAccountsFileGivesProfilesAndAddsAccountsThatNeverAct() throws IOException {
        Path actions = file("a.csv", "account_id,platform,action_type,created_at\nalice,twitter,post,1\n");
        Path accounts = file("acc.csv", "account_id,platform,handle,display_name,created_at,followers,following,bio,avatar\n"
                + "alice,twitter,al,Alice A.,2020-01-01T00:00:00Z,10,20,\"bio, with comma\",abc123\n"
                + "ghost,twitter,gh,,,,,,\n");
        ReadResult r = ActivityReader.read(List.of(actions), accounts, ReadOptions.defaults(), ProgressListener.NONE);
        ActivityLog log = r.log();
        assertThat(log.accountCount()).isEqualTo(2);
        AccountProfile alice = log.profile(log.account(0));
        assertThat(alice).isEqualTo(new AccountProfile("al", "Alice A.", Instant.parse("2020-01-01T00:00:00Z"), 10, 20,
                "bio, with comma", "abc123"));
        assertThat(log.profile(1).handle()).isEqualTo("gh");
        assertThat(log.profile(1).followers()).isEqualTo(-1);
        assertThat(r.report().accounts().rowsAccepted()).isEqualTo(2);
    }

    @Test
    void aBadAccountsRowFailsWithFileAndLine() throws IOException {
        Path actions = file("a.csv", "account_id,action_type,created_at\nalice,post,1\n");
        Path accounts = file("acc.csv", "account_id,followers\nalice,many\n");
        assertThatThrownBy(() -> ActivityReader.read(List.of(actions), accounts, ReadOptions.defaults(), ProgressListener.NONE))
                .hasMessageContaining("acc.csv:2: followers and following must be whole numbers");
    }
}
