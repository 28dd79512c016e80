package org.trollscope.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import com.github.luben.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;

class ActionsCsvReadingTest {
    @TempDir
    Path dir;

    static final String HEADER = "action_id,platform,account_id,action_type,target_id,target_account_id,text,urls,hashtags,media,created_at\n";

    Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    ReadResult read(Path p) throws IOException {
        return ActivityReader.read(List.of(p), null, ReadOptions.defaults(), ProgressListener.NONE);
    }

    ReadResult readSkipping(Path p) throws IOException {
        return ActivityReader.read(List.of(p), null,
                ReadOptions.defaults().withOnError(OnError.SKIP, dir.resolve("rejects.csv")), ProgressListener.NONE);
    }

    static List<String> strings(int[] ids, org.trollscope.core.model.Interner dict) {
        return Arrays.stream(ids).mapToObj(dict::get).toList();
    }

    @Test
    void everyColumnOfAnActionsFileReachesTheLog() throws IOException {
        Path p = file("a.csv", HEADER
                + "a1,twitter,alice,share,p1,bob,,https://x.org/1 https://y.org/2,vote elections,m1,2021-06-16T20:04:51Z\n"
                + "a2,telegram,bob,post,,,hello,,,,1623881092\n");
        ReadResult r = read(p);
        ActivityLog log = r.log();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.actionIdText(0)).isEqualTo("a1");
        assertThat(log.platforms().get(log.platform(0))).isEqualTo("twitter");
        assertThat(log.accountIdText(log.account(0))).isEqualTo("alice");
        assertThat(log.type(0)).isEqualTo(ActionType.SHARE);
        assertThat(log.targets().get(log.target(0))).isEqualTo("p1");
        assertThat(log.accountIdText(log.targetAccount(0))).isEqualTo("bob");
        assertThat(strings(log.urls(0), log.urlDictionary())).containsExactly("https://x.org/1", "https://y.org/2");
        assertThat(strings(log.hashtags(0), log.hashtagDictionary())).containsExactly("vote", "elections");
        assertThat(strings(log.media(0), log.mediaDictionary())).containsExactly("m1");
        assertThat(log.time(0)).isEqualTo(Instant.parse("2021-06-16T20:04:51Z").toEpochMilli());
        assertThat(log.text(0)).isNull();
        // bob on twitter (a target account) and bob on telegram (an actor) are two accounts
        assertThat(log.accountPlatform(log.account(1))).isEqualTo("telegram");
        assertThat(log.accountCount()).isEqualTo(3);
        assertThat(log.text(1)).isEqualTo("hello");
        assertThat(log.time(1)).isEqualTo(1_623_881_092_000L);
        assertThat(r.report().inputs().get(0).format()).isEqualTo(InputFormat.CSV);
    }

    @Test
    void columnsMayComeInAnyOrderUnknownOnesAreIgnoredAndOnlyThreeAreRequired() throws IOException {
        Path p = file("a.csv", "created_at,note,action_type,account_id\n2021-01-01 00:00:00,ignored,like,carol\n");
        ActivityLog log = read(p).log();
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.type(0)).isEqualTo(ActionType.LIKE);
        assertThat(log.accountIdText(log.account(0))).isEqualTo("carol");
        assertThat(log.target(0)).isEqualTo(ActivityLog.NONE);
        assertThat(log.platforms().get(log.platform(0))).isEmpty();
    }

    @Test
    void hashtagsAndUrlsMissingFromTheirColumnsAreTakenFromTheText() throws IOException {
        // row 1: no hashtags/urls in the columns → from the text; row 2: the columns win over the text
        Path p = file("a.csv", "account_id,action_type,created_at,text,hashtags,urls\n"
                + "u1,post,1,\"Vote! #Выборы2021, see https://ex.org/a?b=1. #1 not a tag, mail a#b\",,\n"
                + "u2,post,2,#ignored http://ignored.org,kept,http://kept.org\n");
        ActivityLog log = read(p).log();
        assertThat(strings(log.hashtags(0), log.hashtagDictionary())).containsExactly("Выборы2021");
        assertThat(strings(log.urls(0), log.urlDictionary())).containsExactly("https://ex.org/a?b=1");
        assertThat(strings(log.hashtags(1), log.hashtagDictionary())).containsExactly("kept");
        assertThat(strings(log.urls(1), log.urlDictionary())).containsExactly("http://kept.org");
    }

    @Test
    void aRepeatedActionIdIsKeptOnceAndCountedInTheReport() throws IOException {
        Path p = file("a.csv", "action_id,account_id,action_type,created_at\nx1,a,share,1\nx2,b,share,2\nx1,a,share,1\n");
        ReadResult r = read(p);
        assertThat(r.log().size()).isEqualTo(2);
        FileReport f = r.report().inputs().get(0);
        assertThat(f.rowsRead()).isEqualTo(3);
        assertThat(f.rowsAccepted()).isEqualTo(2);
        assertThat(f.duplicateActionIds()).isEqualTo(1);
        assertThat(r.report().duplicateActionIds()).isEqualTo(1);
    }

    @Test
    void aMissingRequiredColumnIsNamedWithTheColumnsFound() throws IOException {
        Path p = file("a.csv", "account_id,action_type,when\nalice,post,1\n");
        assertThatThrownBy(() -> read(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("missing required column created_at")
                .hasMessageContaining("found columns: account_id, action_type, when");
    }

    @Test
    void aHeaderNoFormatKnowsIsRejectedWithAHint() throws IOException {
        Path p = file("a.csv", "who,what\nalice,post\n");
        assertThatThrownBy(() -> read(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("cannot tell the format").hasMessageContaining("who, what")
                .hasMessageContaining("--map");
    }

    @Test
    void eachKindOfBadRowFailsWithFileLineAndReason() throws IOException {
        String head = "account_id,action_type,created_at\n";
        assertThatThrownBy(() -> read(file("t.csv", head + "a,post,1\nb,teleport,1\n")))
                .hasMessageContaining("t.csv:3: unknown action type 'teleport' (allowed: post, share, quote, reply, like, follow)");
        assertThatThrownBy(() -> read(file("t.csv", head + "a,post,tomorrow\n")))
                .hasMessageContaining("t.csv:2: bad timestamp 'tomorrow' in created_at");
        assertThatThrownBy(() -> read(file("t.csv", head + "a,post\n")))
                .hasMessageContaining("t.csv:2: wrong column count: expected 3 fields, found 2");
        assertThatThrownBy(() -> read(file("t.csv", head + ",post,1\n")))
                .hasMessageContaining("t.csv:2: missing required field account_id");
        // a quoted line break moves the count on: the bad row starts on line 4
        assertThatThrownBy(() -> read(file("t.csv", "account_id,action_type,created_at,text\na,post,1,\"x\ny\"\nb,post,never,z\n")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(4));
    }

    @Test
    void skippingWritesEveryRejectedRowWithFileLineReasonAndRawRow() throws IOException {
        Path p = file("t.csv", "account_id,action_type,created_at\na,post,1\nb,teleport,2\n\"c\nd\",post,xx\ne,like,3\n");
        ReadResult r = readSkipping(p);
        assertThat(r.log().size()).isEqualTo(2);
        assertThat(r.report().rowsRejected()).isEqualTo(2);
        assertThat(r.report().inputs().get(0).rowsRead()).isEqualTo(4);
        assertThat(r.report().rejectsFile()).isEqualTo(dir.resolve("rejects.csv"));
        // rejected rows leave no trace in the dictionaries: only a and e are accounts
        assertThat(r.log().accountCount()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("rejects.csv"))).isEqualTo("file,line,reason,row\n"
                + p + ",3,\"unknown action type 'teleport' (allowed: post, share, quote, reply, like, follow)\",\"b,teleport,2\"\n"
                + p + ",4,\"bad timestamp 'xx' in created_at (expected ISO-8601 with Z or an offset, YYYY-MM-DD HH:MM:SS, "
                + "or epoch seconds or milliseconds)\",\"\"\"c\nd\"\",post,xx\"\n");
    }

    @Test
    void aCleanReadWritesNoRejectsFile() throws IOException {
        ReadResult r = readSkipping(file("t.csv", "account_id,action_type,created_at\na,post,1\n"));
        assertThat(r.report().rejectsFile()).isNull();
        assertThat(dir.resolve("rejects.csv")).doesNotExist();
    }

    @Test
    void anEmptyFileIsAnErrorAndAHeaderOnlyFileHasNoRows() throws IOException {
        assertThatThrownBy(() -> read(file("empty.csv", ""))).isInstanceOf(InputException.class)
                .hasMessageContaining("empty.csv: the file is empty");
        assertThatThrownBy(() -> read(file("blank.csv", "\n\n"))).hasMessageContaining("the file is empty");
        ReadResult r = read(file("h.csv", "account_id,action_type,created_at\n"));
        assertThat(r.log().size()).isZero();
        assertThat(r.report().rowsRead()).isZero();
    }

    @Test
    void nonUtf8InputFailsWithFileAndLine() throws IOException {
        Path p = dir.resolve("latin1.csv");
        Files.write(p, "account_id,action_type,created_at,text\na,post,1,ok\nb,post,2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("latin1.csv:3: byte 0xE9 on line 3 is not valid UTF-8");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadLikePlainUtf8() throws IOException {
        Path p = file("bom.csv", "\uFEFFaccount_id,action_type,created_at\r\nalice,post,1\r\n");
        ActivityLog log = read(p).log();
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.accountIdText(0)).isEqualTo("alice");
    }

    @Test
    void gzipAndZstdFilesReadLikeTheirContentAndAreHashedAsStored() throws Exception {
        byte[] csv = "account_id,action_type,created_at\na,post,1\nb,share,2\n".getBytes(StandardCharsets.UTF_8);
        Path gz = dir.resolve("a.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(csv);
        }
        Path zst = dir.resolve("a.csv.zst");
        try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(zst))) {
            o.write(csv);
        }
        for (Path p : List.of(gz, zst)) {
            ReadResult r = read(p);
            assertThat(r.log().size()).isEqualTo(2);
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
            assertThat(r.report().inputs().get(0).sha256()).isEqualTo(expected);
        }
    }

    @Test
    void severalInputsAreReadInOrderIntoOneLog() throws IOException {
        Path a = file("a.csv", "account_id,action_type,created_at\nx,post,1\n");
        Path b = file("b.csv", "account_id,action_type,created_at\ny,post,2\nx,like,3\n");
        ReadResult r = ActivityReader.read(List.of(a, b), null, ReadOptions.defaults(), ProgressListener.NONE);
        assertThat(r.log().size()).isEqualTo(3);
        assertThat(r.log().accountCount()).isEqualTo(2);
        assertThat(r.report().inputs()).extracting(FileReport::rowsRead).containsExactly(1L, 2L);
    }

    @Test
    void rowsSpanningSeveralBatchesKeepTheirOrderDuplicatesAndRejects() throws IOException {
        // 1,000 rows (several batches); row i has action id i, except that rows 600..609 repeat ids 0..9
        // and row 700 has a bad type: 1,000 read, 989 stored, 10 duplicates, 1 rejected
        StringBuilder sb = new StringBuilder("action_id,account_id,action_type,target_id,created_at\n");
        for (int i = 0; i < 1000; i++) {
            int id = i >= 600 && i < 610 ? i - 600 : i;
            sb.append(id).append(",acc").append(i % 37).append(',').append(i == 700 ? "jump" : "share")
                    .append(",t").append(i % 11).append(',').append(1_600_000_000L + i).append('\n');
        }
        ReadResult r = readSkipping(file("big.csv", sb.toString()));
        FileReport f = r.report().inputs().get(0);
        assertThat(f.rowsRead()).isEqualTo(1000);
        assertThat(f.rowsAccepted()).isEqualTo(989);
        assertThat(f.duplicateActionIds()).isEqualTo(10);
        assertThat(f.rowsRejected()).isEqualTo(1);
        ActivityLog log = r.log();
        assertThat(log.size()).isEqualTo(989);
        assertThat(log.accountCount()).isEqualTo(37);
        assertThat(log.targets().size()).isEqualTo(11);
        // stored rows keep input order: row 600 of the file (a duplicate) is skipped, so log row 600 is file row 610
        assertThat(log.actionIdText(600)).isEqualTo("610");
        assertThat(log.time(600)).isEqualTo((1_600_000_000L + 610) * 1000);
        assertThat(log.accountIdText(log.account(988))).isEqualTo("acc" + (999 % 37));
    }

    @Test
    void progressIsReportedInStoredBytesPerFile() throws IOException {
        Path p = file("a.csv", "account_id,action_type,created_at\na,post,1\n");
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicLong advanced = new java.util.concurrent.atomic.AtomicLong();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void start(String stage, long total) {
                events.add("start " + stage + " " + total);
            }

            @Override
            public void advance(long amount) {
                advanced.addAndGet(amount);
            }

            @Override
            public void finish() {
                events.add("finish");
            }
        };
        ActivityReader.read(List.of(p), null, ReadOptions.defaults(), listener);
        assertThat(events).containsExactly("start reading a.csv " + Files.size(p), "finish");
        assertThat(advanced.get()).isEqualTo(Files.size(p));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> read(dir.resolve("nope.csv"))).isInstanceOf(InputException.class)
                .hasMessageContaining("nope.csv: no such file");
    }
}
