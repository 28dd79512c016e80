package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    static final String HOSTILE = "</script><script>alert(1)</script><!-- \u2028\u2029 & <b>";

    @Test
    void noTextInTheDataCanCloseTheDataBlock() {
        String html = ReportWriter.render(TinyCaseFile.create(HOSTILE));
        // six script elements (data + 4 libraries + page script), so exactly six closing tags
        assertThat(count(html, "</script")).isEqualTo(6);
        assertThat(count(html, "<script")).isEqualTo(6);
        String json = ReportWriter.dataJson(TinyCaseFile.create(HOSTILE));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    }

    @Test
    void theEscapedDataReadsBackAsTheOriginalText() throws IOException {
        JsonNode data = new ObjectMapper().readTree(ReportWriter.dataJson(TinyCaseFile.create(HOSTILE)));
        assertThat(data.at("/network/nodes/1/label").asText()).isEqualTo(HOSTILE);
        assertThat(data.at("/accounts/1/handle").asText()).isEqualTo(HOSTILE);
        assertThat(data.at("/accounts/0/created").asText()).isEqualTo("2024-01-01T12:00:00Z");
        assertThat(data.at("/timeline/bin").asText()).isEqualTo("HOUR");
        assertThat(data.at("/hourOfWeek/coordinated").size()).isEqualTo(168);
    }

    @Test
    void missingOptionalValuesAreLeftOutOfTheData() throws IOException {
        CaseFile c = TinyCaseFile.create("@bob");
        CaseFile bare = new CaseFile(c.summary(), c.network(), null, null, List.of(), List.of(), c.provenance());
        JsonNode data = new ObjectMapper().readTree(ReportWriter.dataJson(bare));
        assertThat(data.has("timeline")).isFalse();
        assertThat(data.has("hourOfWeek")).isFalse();
        assertThat(data.at("/summary").has("operators")).isFalse();
        assertThat(data.at("/network/nodes/0").has("x")).isFalse();
    }

    @Test
    void theSameCaseFileGivesByteIdenticalReports(@TempDir Path dir) throws IOException {
        ReportWriter.write(TinyCaseFile.create("@bob"), dir.resolve("a.html"));
        ReportWriter.write(TinyCaseFile.create("@bob"), dir.resolve("b.html"));
        assertThat(Files.readAllBytes(dir.resolve("a.html"))).isEqualTo(Files.readAllBytes(dir.resolve("b.html")));
    }

    @Test
    void theReportReferencesNoOutsideResource() {
        String html = ReportWriter.render(TinyCaseFile.create("@bob"));
        // every src/href attribute in the markup is a data: URL or an in-page anchor
        Matcher m = Pattern.compile("<[a-zA-Z][^>]*\\s(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(markupOnly(html));
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r).matches("data:.*|#[a-z-]+"));
        assertThat(html).doesNotContain("sourceMappingURL");
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyThePagesOwnScriptsAndNoNetwork() throws Exception {
        String html = ReportWriter.render(TinyCaseFile.create("@bob"));
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        assertThat(policy).startsWith("default-src 'none';").doesNotContain("unsafe-eval").doesNotContain("http");
        List<String> allowed = new ArrayList<>();
        Matcher h = Pattern.compile("'sha256-([A-Za-z0-9+/=]+)'").matcher(policy);
        while (h.find()) {
            allowed.add(h.group(1));
        }
        List<String> actual = new ArrayList<>();
        Matcher s = Pattern.compile("<script data-lib=\"[a-z0-9-]+\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        while (s.find()) {
            actual.add(Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.group(1).getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(actual).hasSize(5).containsExactlyElementsOf(allowed);
    }

    @Test
    void everyVendoredLibraryIsPrecededByItsLicence() {
        String html = ReportWriter.render(TinyCaseFile.create("@bob"));
        assertThat(html).contains("/*! sigma 3.0.3\n", "/*! graphology 0.26.0\n", "/*! uPlot 1.6.32\n",
                "/*! graphology-layout-forceatlas2 0.10.1").contains("Permission is hereby granted");
    }

    /** The page without the contents of its script and style elements. */
    private static String markupOnly(String html) {
        return html.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>")
                .replaceAll("(?s)<style>.*?</style>", "<style></style>");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
