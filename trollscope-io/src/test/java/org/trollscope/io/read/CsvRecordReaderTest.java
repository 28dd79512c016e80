package org.trollscope.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
    /** Each record as "line: field|field|..." (with "!" and the problem when malformed). */
    private static List<String> records(byte[] csv, int bufferSize) throws IOException {
        CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(csv), Path.of("t.csv"), bufferSize);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            List<String> f = new ArrayList<>();
            for (int i = 0; i < r.count(); i++) {
                f.add(r.string(i));
            }
            out.add(r.line() + ": " + String.join("|", f) + (r.problem() != null ? " ! " + r.problem() : ""));
        }
        return out;
    }

    private static List<String> records(String csv) throws IOException {
        return records(csv.getBytes(StandardCharsets.UTF_8), 1 << 16);
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaksAndLinesStayExact() throws IOException {
        String csv = "a,b\n1,\"x, \"\"y\"\"\"\n2,\"two\nlines\"\n3,z\n";
        assertThat(records(csv)).containsExactly("1: a|b", "2: 1|x, \"y\"", "3: 2|two\nlines", "5: 3|z");
    }

    @Test
    void crlfLineEndsAByteOrderMarkAndBlankLinesAreHandled() throws IOException {
        String csv = "\uFEFFa,b\r\n1,2\r\n\r\n3,\"q\r\nr\"\r\n";
        assertThat(records(csv)).containsExactly("1: a|b", "2: 1|2", "4: 3|q\r\nr");
    }

    @Test
    void aTrailingCommaIsAnEmptyLastFieldAndTheLastLineNeedsNoLineEnd() throws IOException {
        assertThat(records("a,b,\n1,,")).containsExactly("1: a|b|", "2: 1||");
    }

    @Test
    void recordsLongerThanTheBufferAreReadWholeAtEveryBufferSize() throws IOException {
        String csv = "id,text\n1,\"" + "long text, ".repeat(20) + "\"\n2,\"ж\nё\"\n3,short\n";
        List<String> expected = records(csv);
        for (int size = 16; size < 64; size += 5) {
            assertThat(records(csv.getBytes(StandardCharsets.UTF_8), size)).as("buffer %d", size).isEqualTo(expected);
        }
        assertThat(expected).hasSize(4).last().isEqualTo("5: 3|short");
    }

    @Test
    void invalidUtf8MarksTheRecordWithItsLineAndReadingGoesOn() throws IOException {
        byte[] latin1 = "a,b\n1,caf\u00e9\n2,ok\n".getBytes(StandardCharsets.ISO_8859_1);
        List<String> r = records(latin1, 1 << 16);
        assertThat(r.get(1)).startsWith("2: ").contains("byte 0xE9 on line 2 is not valid UTF-8");
        assertThat(r.get(2)).isEqualTo("3: 2|ok");
    }

    @Test
    void textAfterAClosingQuoteIsReported() throws IOException {
        assertThat(records("a,b\n\"x\"y,2\n")).element(1).asString()
                .contains("unexpected text after a closing quote in field 1");
    }

    @Test
    void aQuoteLeftOpenAtTheEndIsFatalAndNamesWhereItOpened() {
        assertThatThrownBy(() -> records("a,b\n1,2\n3,\"open\nstill open\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("t.csv:3")
                .hasMessageContaining("not closed");
    }
}
