package org.trollscope.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter w = CsvWriter.of(bytes)) {
            w.row("id", "text", "n");
            w.row("a", "say \"hi\", then\nleave", 3);
            w.row(null, " padded", -1L);
            w.field("ҷ").field(7L).endRow();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "id,text,n\na,\"say \"\"hi\"\", then\nleave\",3\n,\" padded\",-1\nҷ,7\n");
    }
}
