package org.trollscope.io.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link CaseFile} as one self-contained {@code report.html}: the page skeleton, its CSS,
 * the vendored libraries (sigma, graphology, ForceAtlas2, uPlot; {@code vendor/VENDORED.md}), the
 * page script and the case data, all inline, so the file opens offline and makes no requests.
 *
 * <p>Safety: the data goes in a {@code <script type="application/json">} block as JSON in which
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \\uXXXX} escapes (those
 * characters only occur inside JSON strings, where the escapes are equivalent), so no text can close
 * the block or open markup; the page renders data only through {@code textContent} and attribute
 * setters. A Content-Security-Policy allows exactly the page's own scripts (by SHA-256 hash), a
 * layout worker from a {@code blob:} URL the page builds from its own libraries, and no network
 * source, so even a payload that slipped into the markup could neither run nor call home.
 *
 * <p>Determinism: the output depends only on the case file (no clock, no random layout: the page
 * computes the ForceAtlas2 layout when opened, from deterministic start positions, unless every
 * node carries precomputed coordinates). Cost: linear in the size of the case file; about 100 bytes
 * per edge and 330 kB of inlined libraries.
 */
public final class ReportWriter {
    private static final String BASE = "/org/trollscope/io/report/";
    private static final Pattern PLACEHOLDER = Pattern.compile("@@(CSP|STYLE|DATA|SCRIPTS)@@");

    /** Vendored scripts in load order. */
    private static final List<Vendored> VENDORED = List.of(
            new Vendored("graphology", "graphology.umd.min.js", "graphology 0.26.0", "graphology.txt"),
            new Vendored("sigma", "sigma.min.js", "sigma 3.0.3", "sigma.txt"),
            new Vendored("graphology-layout-forceatlas2", "graphology-layout-forceatlas2.min.js",
                    "graphology-layout-forceatlas2 0.10.1 with graphology-utils 2.5.2 (bundled with esbuild)",
                    "graphology-layout-forceatlas2.txt"),
            new Vendored("uplot", "uPlot.iife.min.js", "uPlot 1.6.32", "uplot.txt"));

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(Instant.class, new InstantSerializer()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private ReportWriter() {
    }

    /** Writes the report to {@code file} (replacing it), UTF-8. */
    public static void write(CaseFile caseFile, Path file) throws IOException {
        Files.writeString(file, render(caseFile), StandardCharsets.UTF_8);
    }

    /** The whole HTML page. */
    public static String render(CaseFile caseFile) {
        List<String[]> scripts = new ArrayList<>();   // {name, source}
        for (Vendored v : VENDORED) {
            scripts.add(new String[] {v.name(), "/*! " + v.title() + "\n"
                    + resource("vendor/licenses/" + v.licence()).replace("*/", "* /") + "*/\n" + resource("vendor/" + v.file())});
        }
        scripts.add(new String[] {"report", resource("report.js")});
        StringBuilder csp = new StringBuilder("default-src 'none'; script-src");
        StringBuilder scriptTags = new StringBuilder();
        for (String[] s : scripts) {
            csp.append(" 'sha256-").append(sha256Base64(s[1])).append('\'');
            scriptTags.append("<script data-lib=\"").append(s[0]).append("\">").append(s[1]).append("</script>\n");
        }
        // the layout worker is built from the page's own graphology and ForceAtlas2 sources (a blob: URL)
        csp.append("; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'");
        String style = resource("report.css") + "\n" + resource("vendor/uPlot.min.css");

        String template = resource("report-template.html");
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + style.length() + 400_000);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            switch (m.group(1)) {
                case "CSP" -> out.append(csp);
                case "STYLE" -> out.append(style);
                case "DATA" -> out.append(dataJson(caseFile));
                case "SCRIPTS" -> out.append(scriptTags);
                default -> throw new IllegalStateException(m.group());
            }
            last = m.end();
        }
        return out.append(template, last, template.length()).toString();
    }

    /**
     * The case file as JSON safe to place inside a {@code <script>} element: {@code < > &} and
     * the JavaScript line separators are escaped.
     */
    public static String dataJson(CaseFile caseFile) {
        String json;
        try {
            json = JSON.writeValueAsString(caseFile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the case file: " + e.getOriginalMessage(), e);
        }
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ReportWriter.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing from the jar: " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + BASE + name, e);
        }
    }

    private static String sha256Base64(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** A vendored script: page name, resource file under {@code vendor/}, package and version, licence file. */
    private record Vendored(String name, String file, String title, String licence) {
    }

    /** ISO-8601 UTC ({@link Instant#toString()}), which the page's {@code Date.parse} reads. */
    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
