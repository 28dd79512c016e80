package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
    private final List<String> seen = new ArrayList<>();
    private final ImportReport report = new ImportReport(ErrorPolicy.SKIP);

    private void read(String input) throws IOException {
        JsonRecords.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in", report,
                (node, position) -> seen.add(position + " " + node.path("n").asText()));
    }

    @Test
    void jsonLinesResumeAfterAMalformedLineEvenTheFirst() throws IOException {
        read("{\"n\":1,}\n{\"n\":2}\n\n{\"n\":3}\n");
        assertThat(seen).containsExactly("line 2 2", "line 4 3");
        assertThat(report.skippedRecords()).extracting(SkippedRecord::position).containsExactly("line 1");
    }

    @Test
    void aPrettyPrintedArrayIsStreamedElementByElementWithTheLineOfEach() throws IOException {
        read("[\n  {\"n\": 1},\n  {\n    \"n\": 2\n  }\n]\n");
        assertThat(seen).containsExactly("line 2, [0] 1", "line 3, [1] 2");
    }

    @Test
    void aSingleDocumentIsOneRecordAndAMalformedOneIsReportedAtItsLine() throws IOException {
        read("{\n \"n\": 7\n}\n");
        assertThat(seen).containsExactly("line 1 7");
        read("{\n \"n\": 8,\n \"x\": ]\n}\n");
        assertThat(report.skippedRecords()).extracting(SkippedRecord::position).containsExactly("line 3");
        assertThat(report.skippedRecords().get(0).reason()).startsWith("malformed JSON, rest of the file not read");
    }
}
