package org.trollscope.cli.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.trollscope.io.read.InputFormat;

/**
 * Writes a synthetic platform export for the streaming benchmark: a Telegram Desktop
 * {@code result.json} of one supergroup (pretty-printed as Telegram writes it, a third of the
 * messages forwards from one of 50 channels, a tenth replies to an earlier message, text arrays with
 * hashtag and link entities repeated in {@code text_entities}, every twentieth message with two
 * reactions), or Twitter/X API v2
 * JSON Lines as twarc2 writes them (one response page of 100 tweets per line with
 * {@code includes.users}; 60 % retweets of earlier tweets). Authors are drawn uniformly from
 * {@code accounts}; one record per minute. Seeded: the same seed and size give the same file.
 */
final class SyntheticPlatformExport {
    private static final String[] WORDS = {"vote", "news", "today", "truth", "people", "freedom", "election",
            "read", "this", "share", "now", "city", "war", "peace", "watch"};

    private final InputFormat format;
    private final long records;
    private final int accounts;
    private final long seed;

    SyntheticPlatformExport(InputFormat format, long records, int accounts, long seed) {
        if (format != InputFormat.TELEGRAM_JSON && format != InputFormat.TWITTER_V2_JSONL) {
            throw new IllegalArgumentException("the benchmark generates telegram-json or twitter-v2-jsonl, not " + format);
        }
        if (records < 1 || accounts < 1) {
            throw new IllegalArgumentException("records and accounts must be positive");
        }
        this.format = format;
        this.records = records;
        this.accounts = accounts;
        this.seed = seed;
    }

    void write(Path file) throws IOException {
        Random random = new Random(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            if (format == InputFormat.TELEGRAM_JSON) {
                telegram(out, random);
            } else {
                twitter(out, random);
            }
        }
    }

    private void telegram(OutputStream out, Random random) throws IOException {
        long start = 1_700_000_000L;
        write(out, "{\n \"name\": \"Bench\",\n \"type\": \"public_supergroup\",\n \"id\": 1700000000,\n \"messages\": [\n");
        StringBuilder sb = new StringBuilder(512);
        for (long i = 1; i <= records; i++) {
            sb.setLength(0);
            int from = random.nextInt(accounts);
            long t = start + 60 * i;
            sb.append(i > 1 ? ",\n" : "").append("  {\n   \"id\": ").append(i).append(",\n   \"type\": \"message\",\n")
                    .append("   \"date\": \"2023-11-14T22:13:20\",\n   \"date_unixtime\": \"").append(t).append("\",\n")
                    .append("   \"from\": \"User ").append(from).append("\",\n   \"from_id\": \"user").append(from).append("\",\n");
            int kind = random.nextInt(30);
            if (kind < 10) {
                int channel = random.nextInt(50);
                sb.append("   \"forwarded_from\": \"Channel ").append(channel).append("\",\n   \"forwarded_from_id\": \"channel")
                        .append(1_500_000_000L + channel).append("\",\n");
            } else if (kind < 13 && i > 1) {
                sb.append("   \"reply_to_message_id\": ").append(1 + (long) (random.nextDouble() * (i - 1))).append(",\n");
            }
            String tag = WORDS[random.nextInt(WORDS.length)];
            String plain = words(random, 12);
            int link = random.nextInt(1000);
            // Telegram writes the entities twice: mixed into "text" and as the flat "text_entities"
            sb.append("   \"text\": [\"").append(plain).append(" \", {\"type\": \"hashtag\", \"text\": \"#")
                    .append(tag).append("\"}, \" \", {\"type\": \"link\", \"text\": \"https://example.org/")
                    .append(link).append("\"}],\n   \"text_entities\": [{\"type\": \"plain\", \"text\": \"").append(plain)
                    .append(" \"}, {\"type\": \"hashtag\", \"text\": \"#").append(tag)
                    .append("\"}, {\"type\": \"plain\", \"text\": \" \"}, {\"type\": \"link\", \"text\": \"https://example.org/")
                    .append(link).append("\"}]");
            if (i % 20 == 0) {
                sb.append(",\n   \"reactions\": [{\"type\": \"emoji\", \"count\": 2, \"emoji\": \"\\ud83d\\udc4d\", \"recent\": [");
                for (int k = 0; k < 2; k++) {
                    int who = random.nextInt(accounts);
                    sb.append(k > 0 ? ", " : "").append("{\"from\": \"User ").append(who).append("\", \"from_id\": \"user")
                            .append(who).append("\", \"date\": \"").append(t + 30 + k).append("\"}");
                }
                sb.append("]}]");
            }
            sb.append("\n  }");
            write(out, sb);
        }
        write(out, "\n ]\n}\n");
    }

    private void twitter(OutputStream out, Random random) throws IOException {
        long start = 1_700_000_000L;
        StringBuilder sb = new StringBuilder(64 * 1024);
        for (long first = 0; first < records; first += 100) {
            long last = Math.min(records, first + 100);
            sb.setLength(0);
            sb.append("{\"data\":[");
            StringBuilder users = new StringBuilder();
            for (long i = first; i < last; i++) {
                int author = random.nextInt(accounts);
                long id = 1_000_000_000_000L + i;
                sb.append(i > first ? "," : "").append("{\"id\":\"").append(id).append("\",\"author_id\":\"").append(author)
                        .append("\",\"created_at\":\"").append(Instant.ofEpochSecond(start + 60 * i)).append("\",");
                String tag = WORDS[random.nextInt(WORDS.length)];
                if (i > 0 && random.nextInt(10) < 6) {
                    long original = 1_000_000_000_000L + (long) (random.nextDouble() * i);
                    sb.append("\"text\":\"RT @u: ").append(words(random, 10)).append(" #").append(tag)
                            .append("\",\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"").append(original).append("\"}],");
                } else {
                    sb.append("\"text\":\"").append(words(random, 14)).append(" #").append(tag).append("\",");
                }
                sb.append("\"entities\":{\"hashtags\":[{\"start\":0,\"end\":5,\"tag\":\"").append(tag)
                        .append("\"}],\"urls\":[{\"start\":0,\"end\":5,\"url\":\"https://t.co/x\",\"expanded_url\":\"https://example.org/")
                        .append(random.nextInt(1000)).append("\"}]},\"lang\":\"en\"}");
                users.append(users.length() > 0 ? "," : "").append("{\"id\":\"").append(author).append("\",\"username\":\"u")
                        .append(author).append("\",\"name\":\"User ").append(author).append("\"}");
            }
            sb.append("],\"includes\":{\"users\":[").append(users).append("]},\"meta\":{\"result_count\":")
                    .append(last - first).append("}}\n");
            write(out, sb);
        }
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static void write(OutputStream out, CharSequence s) throws IOException {
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
