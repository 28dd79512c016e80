package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Large inputs are read as streams: the inputs here are generated on the fly (never held whole,
 * neither by the test nor, as the tests show, by the importers), and the builder must already hold
 * actions when only the first fifth of the bytes has been handed out. An importer that parsed the
 * whole document into a tree first would have added nothing at that point.
 */
class StreamingImportTest {
    private static final int RECORDS = 15_000;

    @Test
    void aMultiMegabyteTelegramExportIsImportedWhileItIsBeingRead() throws IOException {
        ActivityLogBuilder builder = new ActivityLogBuilder();
        GeneratedInput in = new GeneratedInput(
                "{\"name\":\"Big\",\"type\":\"public_supergroup\",\"id\":42,\"messages\":[\n",
                i -> (i > 0 ? ",\n" : "") + "{\"id\":" + (i + 1) + ",\"type\":\"message\",\"date\":\"2024-01-01T00:00:00\","
                        + "\"date_unixtime\":\"" + (1704067200 + i) + "\",\"from\":\"User " + (i % 100) + "\",\"from_id\":\"user"
                        + (i % 100) + "\"," + (i % 2 == 1 ? "\"reply_to_message_id\":" + i + "," : "")
                        + "\"text\":[\"message number " + i + " with some padding text to make it longer \","
                        + "{\"type\":\"hashtag\",\"text\":\"#tag" + (i % 7) + "\"},\" \","
                        + "{\"type\":\"link\",\"text\":\"https://example.org/" + (i % 13) + "\"}]}",
                "\n]}\n", builder);
        ImportReport report = new ImportReport(ErrorPolicy.FAIL);
        new TelegramImporter().read(in, "generated.json", builder, report);

        assertThat(in.total).isGreaterThan(3_000_000);
        assertThat(in.rowsWhenFifthWasRead).isGreaterThan(500);
        assertThat(builder.size()).isEqualTo(RECORDS);
        assertThat(report.actionsByPlatform()).containsEntry("telegram", (long) RECORDS);
        // every odd message replies to the one before it, whose author is (i - 1) % 100
        var log = builder.build();
        assertThat(log.accountIdText(log.targetAccount(1))).isEqualTo("user0");
    }

    @Test
    void aMultiMegabyteTweetJsonLinesFileIsImportedWhileItIsBeingRead() throws IOException {
        ActivityLogBuilder builder = new ActivityLogBuilder();
        GeneratedInput in = new GeneratedInput("",
                i -> "{\"id\":\"" + (5_000_000 + i) + "\",\"author_id\":\"" + (i % 500) + "\",\"created_at\":\"2024-01-01T00:00:"
                        + String.format("%02d", i % 60) + ".000Z\",\"text\":\"" + "padding ".repeat(20) + i + "\","
                        + "\"entities\":{\"hashtags\":[{\"start\":0,\"end\":4,\"tag\":\"t" + (i % 9) + "\"}]}}\n",
                "", builder);
        ImportReport report = new ImportReport(ErrorPolicy.FAIL);
        new TwitterV2Importer().read(in, "generated.jsonl", builder, report);

        assertThat(in.total).isGreaterThan(3_000_000);
        assertThat(in.rowsWhenFifthWasRead).isGreaterThan(500);
        assertThat(builder.size()).isEqualTo(RECORDS);
    }

    /** Produces head + record(0..RECORDS-1) + tail lazily, noting the builder's size at a fifth of the bytes. */
    private static final class GeneratedInput extends InputStream {
        private final IntFunction<String> record;
        private final byte[] tail;
        private final ActivityLogBuilder builder;
        private byte[] current;
        private int pos;
        private int next;
        private boolean tailDone;
        long total;
        int rowsWhenFifthWasRead = -1;
        private final long fifth;

        GeneratedInput(String head, IntFunction<String> record, String tail, ActivityLogBuilder builder) {
            this.record = record;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.builder = builder;
            this.current = head.getBytes(StandardCharsets.UTF_8);
            // estimated from the first record's length
            this.fifth = (long) record.apply(RECORDS / 2).length() * RECORDS / 5;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos == current.length) {
                if (next < RECORDS) {
                    current = record.apply(next++).getBytes(StandardCharsets.UTF_8);
                } else if (!tailDone) {
                    current = tail;
                    tailDone = true;
                } else {
                    return -1;
                }
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            total += n;
            if (rowsWhenFifthWasRead < 0 && total >= fifth) {
                rowsWhenFifthWasRead = builder.size();
            }
            return n;
        }
    }

    @Test
    void theGeneratorItselfIsCheckedOnATinyInput() throws IOException {
        // guards the test above: a generated export of the same shape parses as ordinary JSON
        String small = "{\"name\":\"x\",\"type\":\"private_group\",\"id\":1,\"messages\":[{\"id\":1,\"type\":\"message\","
                + "\"date_unixtime\":\"1\",\"from_id\":\"user1\",\"text\":\"a\"}]}";
        ActivityLogBuilder builder = new ActivityLogBuilder();
        new TelegramImporter().read(new ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8)), "small",
                builder, new ImportReport(ErrorPolicy.FAIL));
        assertThat(builder.size()).isEqualTo(1);
    }
}
