package org.trollscope.cli.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Synthetic share data for the detection benchmark: {@code accounts} accounts share posts over
 * {@code days} days. Post popularity is Zipf (exponent {@code zipf}) over {@code actions / 5} posts;
 * each post appears at a uniform time and its shares follow at exponential delays (mean
 * {@code lifetimeHours}), so popular posts are also synchronous. On top: {@code teams} planted
 * teams of 10 accounts that each co-share 20 posts within 30 s, and 20 viral posts shared by 3,000
 * accounts within 2 minutes (crowds above the default max crowd of 1,000). Rows come out sorted by time, with ids, like an export.
 *
 * <p>Seeded ({@link SplittableRandom}); the same arguments give the same log.
 */
final class ZipfCoShareData {
    private final int actions;
    private final int accounts;
    private final double zipf;
    private final int days;
    private final double lifetimeHours;
    private final int teams;
    private final long seed;

    ZipfCoShareData(int actions, int accounts, double zipf, int days, double lifetimeHours, int teams, long seed) {
        this.actions = actions;
        this.accounts = accounts;
        this.zipf = zipf;
        this.days = days;
        this.lifetimeHours = lifetimeHours;
        this.teams = teams;
        this.seed = seed;
    }

    ActivityLog generate() {
        SplittableRandom rnd = new SplittableRandom(seed);
        long start = 1_700_000_000_000L;
        long span = days * 86_400_000L;
        int posts = Math.max(1, actions / 5);
        double[] cdf = new double[posts];
        double sum = 0;
        for (int r = 0; r < posts; r++) {
            sum += Math.pow(r + 1, -zipf);
            cdf[r] = sum;
        }
        long[] born = new long[posts];
        for (int p = 0; p < posts; p++) {
            born[p] = (long) (rnd.nextDouble() * span);
        }
        int planted = teams * 10 * 20 + 20 * 3000;
        int organic = Math.max(0, actions - planted);
        int n = organic + Math.min(planted, actions);
        long[] time = new long[n];
        int[] account = new int[n];
        int[] post = new int[n];
        double lifetime = lifetimeHours * 3_600_000;
        int k = 0;
        for (; k < organic; k++) {
            int p = Arrays.binarySearch(cdf, rnd.nextDouble() * sum);
            p = p < 0 ? -p - 1 : p;
            p = Math.min(p, posts - 1);
            post[k] = p;
            account[k] = rnd.nextInt(accounts);
            time[k] = Math.min(span - 1, born[p] + (long) (-Math.log(1 - rnd.nextDouble()) * lifetime));
        }
        // planted teams: team t's accounts are t*10 .. t*10+9; they co-share 20 dedicated posts
        int extraPost = posts;
        for (int t = 0; t < teams && k < n; t++) {
            for (int q = 0; q < 20 && k < n; q++) {
                long at = (long) (rnd.nextDouble() * (span - 60_000));
                int p = extraPost++;
                for (int m = 0; m < 10 && k < n; m++) {
                    post[k] = p;
                    account[k] = (t * 10 + m) % accounts;
                    time[k++] = at + rnd.nextInt(30_000);
                }
            }
        }
        // viral posts: 3,000 accounts within 2 minutes: about 1,500 in one window, a crowd
        for (int v = 0; v < 20 && k < n; v++) {
            long at = (long) (rnd.nextDouble() * (span - 120_000));
            int p = extraPost++;
            for (int m = 0; m < 3000 && k < n; m++) {
                post[k] = p;
                account[k] = rnd.nextInt(accounts);
                time[k++] = at + rnd.nextInt(120_000);
            }
        }
        // export order: by time (index in the low 26 bits keeps ties stable)
        long[] order = new long[k];
        for (int i = 0; i < k; i++) {
            order[i] = (time[i] << 26) | i;
        }
        Arrays.parallelSort(order);
        ActivityLogBuilder b = new ActivityLogBuilder();
        int platform = b.platform("twitter");
        int[] accountId = new int[accounts];
        for (int a = 0; a < accounts; a++) {
            accountId[a] = b.account(platform, "u" + a);
        }
        int[] postId = new int[extraPost];
        for (int p = 0; p < extraPost; p++) {
            postId[p] = b.target(platform, "p" + p);
        }
        for (int j = 0; j < k; j++) {
            int i = (int) (order[j] & ((1 << 26) - 1));
            b.begin(platform, accountId[account[i]], ActionType.SHARE, start + time[i]).actionId("s" + j)
                    .target(postId[post[i]]).commit();
        }
        return b.build();
    }
}
