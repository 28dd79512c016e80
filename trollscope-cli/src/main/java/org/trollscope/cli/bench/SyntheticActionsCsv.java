package org.trollscope.cli.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes a realistic synthetic trollscope actions CSV for benchmarks: a fixed number of accounts
 * whose activity follows a Zipf law (s = 0.8), targets drawn from a Zipf law (s = 1.05) over
 * {@code rows / 4} objects, 30 days of epoch-second timestamps in time order, a mix of action types
 * (70 % shares, 10 % posts, 8 % replies, 10 % likes, 2 % quotes), unique action ids, the target's
 * author on shares and replies, and texts with hashtags and urls on posts, replies and quotes (their
 * hashtag and url columns are left empty, so the reader extracts them from the text). Seeded:
 * the same seed and size give the same file.
 */
final class SyntheticActionsCsv {
    private static final String[] TYPES = {"share", "post", "reply", "like", "quote"};
    private static final int[] TYPE_PERCENT = {70, 10, 8, 10, 2};
    private static final String[] WORDS = {"vote", "news", "today", "truth", "people", "freedom", "election",
            "read", "this", "share", "now", "city", "war", "peace", "watch"};

    private final long rows;
    private final int accounts;
    private final long seed;

    SyntheticActionsCsv(long rows, int accounts, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive, was " + rows);
        }
        this.rows = rows;
        this.accounts = accounts;
        this.seed = seed;
    }

    void write(Path file) throws IOException {
        Random random = new Random(seed);
        int objects = (int) Math.max(10, Math.min(Integer.MAX_VALUE - 8, rows / 4));
        double[] objectCdf = zipfCdf(objects, 1.05);
        double[] accountCdf = zipfCdf(accounts, 0.8);
        long start = 1_700_000_000L;
        long span = 30L * 86_400;
        StringBuilder sb = new StringBuilder(256);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("action_id,platform,account_id,action_type,target_id,target_account_id,text,urls,hashtags,media,created_at\n"
                    .getBytes(StandardCharsets.US_ASCII));
            for (long i = 0; i < rows; i++) {
                sb.setLength(0);
                int account = sample(accountCdf, random);
                String type = type(random.nextInt(100));
                sb.append(Long.toString(1_000_000_000L + i * 7, 36)).append(",twitter,a").append(Integer.toString(account, 36))
                        .append(',').append(type).append(',');
                boolean post = type.equals("post");
                if (!post) {
                    int object = sample(objectCdf, random);
                    sb.append('p').append(Integer.toString(object, 36));
                    sb.append(',');
                    if (!type.equals("like")) {
                        sb.append('a').append(Integer.toString(object % accounts, 36));
                    }
                } else {
                    sb.append(',');
                }
                sb.append(',');
                if (post || type.equals("reply") || type.equals("quote")) {
                    text(sb, random);
                }
                sb.append(",,,,").append(start + span * i / rows).append('\n');
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void text(StringBuilder sb, Random random) {
        sb.append('"');
        int words = 4 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sb.append(' ');
            }
            int k = random.nextInt(20);
            if (k == 0) {
                sb.append('#').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(50));
            } else if (k == 1) {
                sb.append("https://news.example/a/").append(random.nextInt(10_000));
            } else if (k == 2) {
                sb.append("\"\"quoted\"\", really");
            } else {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        sb.append('"');
    }

    private static String type(int percent) {
        int acc = 0;
        for (int i = 0; i < TYPES.length; i++) {
            acc += TYPE_PERCENT[i];
            if (percent < acc) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, s);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    private static int sample(double[] cdf, Random random) {
        int i = Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }
}
