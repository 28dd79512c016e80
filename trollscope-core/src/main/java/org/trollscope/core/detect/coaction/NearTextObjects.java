package org.trollscope.core.detect.coaction;

import java.util.Arrays;
import java.util.List;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.Interner;
import org.trollscope.core.text.NearDuplicateFinder;
import org.trollscope.core.text.NearDuplicatePairs;
import org.trollscope.core.text.NearDuplicateParameters;
import org.trollscope.core.text.NearTextQuery;
import org.trollscope.core.text.NearTextSearch;
import org.trollscope.core.text.StarClusters;
import org.trollscope.core.text.TalkingPoint;
import org.trollscope.core.text.TextNormalizer;

/**
 * The objects of the {@link CoActionMethod#NEAR_TEXT} method: authored messages (posts, replies,
 * quotes) are paired with their near-duplicates by other accounts within the text window
 * ({@link NearTextSearch}, default {@link NearDuplicateParameters}), the pairs are covered by star
 * clusters ({@link StarClusters}: every message of a cluster is a near-duplicate of its centre),
 * and each cluster spanning two or more accounts — a talking point — becomes one object named
 * {@code narrative-N}, N its number in narratives.csv. The window sweep, pair evidence and
 * per-object crowding of the other methods then apply unchanged: two accounts co-act when their
 * messages are in one talking point within the text window of each other.
 *
 * <p>Cost: that of the near-duplicate search (about 15 µs of CPU per message, see the README) plus
 * O(P + M log M) for the stars; the normaliser's tables (2–4 s to build) are built once per
 * process and only when the log has texts. Deterministic: the search and the clusters do not depend
 * on the thread count.
 */
final class NearTextObjects {
    private NearTextObjects() {
    }

    /** One normaliser per process: immutable and thread-safe, but costly to build. */
    private static final class SharedNormalizer {
        static final TextNormalizer INSTANCE = TextNormalizer.nearDuplicate();
    }

    static MethodObjects build(ActivityLog log, AccountOrder order, CoActionParameters parameters,
                               ProgressListener progress) {
        NearTextQuery query = new NearTextQuery(parameters.textWindow(), true, NearTextQuery.AUTHORED);
        List<TalkingPoint> points = List.of();
        if (query.hasTexts(log)) {
            NearTextSearch search = new NearTextSearch(SharedNormalizer.INSTANCE, NearDuplicateParameters.DEFAULT,
                    parameters.threads());
            NearDuplicatePairs pairs = search.pairs(log, query, progress);
            points = StarClusters.talkingPoints(log, pairs);
        }
        Interner names = new Interner();
        int[] objectOfRow = new int[log.size()];
        Arrays.fill(objectOfRow, -1);
        for (TalkingPoint t : points) {
            int object = names.intern("narrative-" + t.id());
            for (int row : t.rows()) {
                objectOfRow[row] = object;
            }
        }
        NearDuplicateFinder measure = points.isEmpty() ? null
                : new NearDuplicateFinder(SharedNormalizer.INSTANCE, NearDuplicateParameters.DEFAULT, 1);
        return MethodObjects.ofRows(log, order, names, objectOfRow, points, measure, parameters.minParticipation(),
                parameters.threads());
    }
}
