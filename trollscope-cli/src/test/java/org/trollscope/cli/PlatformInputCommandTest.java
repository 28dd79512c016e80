package org.trollscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.io.read.InputFormat;

/**
 * Platform exports through {@code inspect} and {@code detect}. The fixtures are copies of the
 * importer fixtures of trollscope-io: telegram-group.json (6 messages read, 2 unreadable; accounts
 * user301..user305 and the forwarded channel1500000001, user301..305 acting), twitter-v2.jsonl (7
 * tweets, 2 unreadable lines; accounts 11..15, 14 only as a retweeted author), vk-wall.json (2 posts,
 * 1 without a date; accounts -1 and 11).
 */
class PlatformInputCommandTest {
    @TempDir
    Path dir;

    Path fixture(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/platform/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    /** Tweet id 1001 again on twitter (dropped as a repeat) and on vk (a different action, by vk's 11). */
    Path ownCsv() throws IOException {
        return Files.writeString(dir.resolve("own.csv"), "action_id,platform,account_id,action_type,target_id,created_at\n"
                + "1001,twitter,11,post,,2023-03-01T12:00:00Z\n"
                + "1001,vk,11,share,wall-1_100,2023-07-22T05:00:00Z\n");
    }

    @Test
    void inspectReadsMixedPlatformExportsAndCountsActionsAndAccountsPerPlatform() throws IOException {
        Path telegram = fixture("telegram-group.json");
        Path twitter = fixture("twitter-v2.jsonl");
        Path vk = fixture("vk-wall.json");
        Path own = ownCsv();
        CliRun r = CliRun.of("inspect", "--on-error", "skip", "--rejects", dir.resolve("rejects.csv").toString(),
                telegram.toString(), twitter.toString(), vk.toString(), own.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("input " + telegram + "\n  format telegram-json,")
                .contains("input " + twitter + "\n  format twitter-v2-jsonl,")
                .contains("input " + vk + "\n  format vk-api-json,")
                .contains("input " + own + "\n  format csv,")
                .containsPattern("format twitter-v2-jsonl, sha256 [0-9a-f]{64}\\n  9 rows read, 7 accepted, 2 rejected")
                .containsPattern("fields not mapped: [^\\n]*entities.mentions 2")
                .containsPattern("rows rejected +5 \\(see " + Pattern.quote(dir.resolve("rejects.csv").toString()) + "\\)")
                .containsPattern("duplicate action ids +1 \\(kept once\\)")
                .containsPattern("actions +16\\n")
                .containsPattern("accounts +13 \\(11 acting\\)")
                .containsPattern("actions per platform\\n  telegram +6\\n  twitter +7\\n  vk +3\\n")
                .containsPattern("accounts per platform\\n  telegram +6 \\(5 acting\\)\\n  twitter +5 \\(4 acting\\)\\n"
                        + "  vk +2 \\(2 acting\\)\\n")
                // twitter 11 is alice, vk 11 is ipetrov: two accounts, told apart by platform
                .containsPattern("  11 \\[twitter\\] \\(@alice\\) +2")
                .containsPattern("  11 \\[vk\\] \\(@ipetrov\\) +2");
    }

    @Test
    void inspectFailsOnAnUnreadableRecordNamingFileLineAndPosition() throws IOException {
        Path telegram = fixture("telegram-group.json");
        CliRun r = CliRun.of("inspect", telegram.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("trollscope: error: " + telegram + ":73: messages[6] (message 16): "
                + "message without date_unixtime or date (use --on-error skip to skip bad records)" + System.lineSeparator());
    }

    @Test
    void inspectNamesTheFormatsTriedWhenNothingMatches() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd.json"), "{\"foo\": 1}\n");
        CliRun r = CliRun.of("inspect", odd.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("trollscope: error: " + odd + ":1: cannot tell the format")
                .contains("telegram-json", "vk-api-json", "coortweet");
    }

    @Test
    void aNamedPlatformFormatIsAcceptedByFormat() throws IOException {
        Path renamed = Files.move(fixture("vk-wall.json"), dir.resolve("wall.txt"));
        CliRun r = CliRun.of("inspect", "--format", "vk-api-json", "--on-error", "skip", "--rejects",
                dir.resolve("rejects.csv").toString(), renamed.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("format vk-api-json,").containsPattern("  vk +2\\n");
    }

    @Test
    void theFormatOptionsHelpListsEveryFormat() {
        CliRun r = CliRun.of("inspect", "--help");
        String help = r.out().replaceAll("\\s+", " ");
        for (InputFormat f : InputFormat.values()) {
            assertThat(help).contains(f.wireName());
        }
    }

    @Test
    void detectRecordsEachInputsFormatAndUnmappedFieldsInRunJson() throws IOException {
        Path telegram = fixture("telegram-group.json");
        Path twitter = fixture("twitter-v2.jsonl");
        Path own = ownCsv();
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("detect", "--on-error", "skip", "--min-participation", "1", "--out", out.toString(),
                telegram.toString(), twitter.toString(), own.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String json = Files.readString(out.resolve("run.json")).replaceAll("\\s+", " ");
        assertThat(json)
                .contains("\"path\" : \"" + telegram + "\", \"format\" : \"telegram-json\",")
                .contains("\"path\" : \"" + twitter + "\", \"format\" : \"twitter-v2-jsonl\",")
                .contains("\"path\" : \"" + own + "\", \"format\" : \"csv\",")
                .contains("\"entities.mentions\" : 2")
                .contains("\"duplicate_action_ids_dropped\" : 1");
        assertThat(out.resolve("rejects.csv")).exists();
        assertThat(Files.readAllLines(out.resolve("rejects.csv"))).hasSize(5);
    }
}
