package org.trollscope.io.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.detect.coaction.CoActionEvidence;
import org.trollscope.core.detect.coaction.CoActionMethod;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.network.AccountNetwork;
import org.trollscope.core.operation.EventAlignment;
import org.trollscope.core.operation.OperationMap;
import org.trollscope.io.write.InputInfo;
import org.trollscope.io.write.RunInfo;

/**
 * Maps a detection run ({@link AnalysisResult} and {@link RunInfo}) to the {@link CaseFile} that
 * {@link ReportWriter} renders: summary, network, timelines, hour-of-week heatmap, community and
 * account cards, method and provenance; with an {@link OperationMap}, also the operation section
 * ({@link OperationSectionBuilder}), cue and event markers and each card's score.
 *
 * <p>The network draws the coordinated accounts (those with a kept edge). To keep the page
 * responsive it is capped ({@link CaseFileOptions}): the most strongly linked accounts (strength =
 * summed edge weight, ties by account order) and the heaviest links among them (ties by account
 * order); what was left out is stated under the network. Links to original posts and profiles
 * are added where the platform's URLs follow from the ids ({@link PostLinks}), never when the data
 * is pseudonymised. Community cards go to the largest
 * communities; examples of evidence are the first co-action of each of the community's heaviest
 * internal links. Every account and link stays in accounts.csv and edges.csv.
 *
 * <p>Cost: O(N) over the actions, O(E log E) over the edges, O(V) over the evidence, plus the
 * layout (100 to 300 ForceAtlas2 iterations over the drawn network).
 * Deterministic: every list is sorted by count, then by account order or name. The layout is
 * computed here ({@link ForceAtlas2Layout}), so the page opens on the finished drawing.
 */
public final class CaseFileBuilder {
    /** The report's file name in an output directory. */
    public static final String FILE = "report.html";
    /** Community series on the timeline at most (the page draws no more). */
    static final int TIMELINE_COMMUNITIES = 12;

    private CaseFileBuilder() {
    }

    /** The case file without an operation map. */
    public static CaseFile build(AnalysisResult r, RunInfo info, CaseFileOptions o) {
        return build(r, info, o, null, List.of());
    }

    /**
     * The case file with the operation map {@code m} (may be null) and the known events aligned
     * with it: an operation section, cue and event markers on the timelines, scores on the account
     * cards, and cards for the not-coordinated accounts that score highest (at most twice
     * {@link CaseFileOptions#topItems()}).
     */
    public static CaseFile build(AnalysisResult r, RunInfo info, CaseFileOptions o, OperationMap m,
                                 List<EventAlignment> events) {
        AccountNetwork net = r.network();
        ActivityLog log = r.log();
        int nodes = net.nodeCount();

        boolean[] drawn = drawnNodes(net, o.maxNodes());
        int[] drawnEdges = drawnEdges(net, drawn, o.maxEdges());
        int[] shownIndex = new int[r.communities().count()];
        Arrays.fill(shownIndex, -1);
        int shownCommunities = Math.min(o.maxCommunities(), r.communities().count());
        for (int k = 0; k < shownCommunities; k++) {
            shownIndex[k] = k;   // communities are numbered by size, largest first
        }
        int[] nodeOfAccount = new int[log.accountCount()];
        for (int a = 0; a < nodeOfAccount.length; a++) {
            int node = net.node(r.order().rank(a));
            nodeOfAccount[a] = node >= 0 ? node : -1;
        }
        ActivityTally tally = new ActivityTally(r, nodeOfAccount, drawn, shownIndex, shownCommunities);
        KeptEdgeIndex edgeIndex = new KeptEdgeIndex(r.edges());

        double[][] xy = layout(r, drawn, drawnEdges);
        List<NetworkNode> networkNodes = new ArrayList<>();
        List<AccountCard> cards = new ArrayList<>();
        int drawnCount = 0;
        for (int node = 0; node < nodes; node++) {
            if (!drawn[node]) {
                continue;
            }
            int rank = net.rank(node);
            int account = r.order().account(rank);
            String id = r.accountId(rank);
            String label = handleOrId(r, account);
            int community = r.communities().of(node);
            networkNodes.add(new NetworkNode(id, label, community, true, r.activity().actions(rank),
                    m == null ? null : OperationSectionBuilder.round(m.signals().score(rank)),
                    xy == null ? null : rounded(xy[0][drawnCount]), xy == null ? null : rounded(xy[1][drawnCount])));
            cards.add(accountCard(r, node, label, tally, edgeIndex, o, m));
            drawnCount++;
        }
        List<NetworkEdge> networkEdges = new ArrayList<>(drawnEdges.length);
        for (int e : drawnEdges) {
            int ra = net.rank(net.edgeA(e));
            int rb = net.rank(net.edgeB(e));
            int i = edgeIndex.of(ra, rb);
            networkEdges.add(new NetworkEdge(r.accountId(ra), r.accountId(rb), net.weight(e),
                    i >= 0 ? methods(r.edges().methods(i)) : List.of(),
                    i >= 0 && !Double.isNaN(r.edges().logQ(i)) ? Math.min(1, Math.exp(r.edges().logQ(i))) : null));
        }
        String note = note(nodes, drawnCount, net.edgeCount(), drawnEdges.length, r.communities().count(),
                shownCommunities);
        Network network = new Network(networkNodes, networkEdges, note);

        OperationSection operation = null;
        List<TimelineMarker> markers = List.of();
        if (m != null) {
            List<String> topOther = new ArrayList<>();
            for (int rank : OperationSectionBuilder.topOther(r, m.signals(), 2 * o.topItems())) {
                cards.add(otherAccountCard(r, rank, o, m));
                topOther.add(r.accountId(rank));
            }
            operation = OperationSectionBuilder.section(r, m, events, topOther);
            markers = OperationSectionBuilder.markers(m, events);
        }
        List<CommunityCard> communities = communityCards(r, shownCommunities, tally, o);
        Timeline timeline = tally.all.length == 0 ? null : timeline(tally, shownCommunities, markers);
        HourOfWeek hours = log.size() == 0 ? null
                : new HourOfWeek(boxed(tally.hourCoordinated), boxed(tally.hourOrganic));
        return new CaseFile(summary(r, info, o, tally, m), network, timeline, hours, communities, cards, operation,
                provenance(r, info, o));
    }

    // ---- summary and provenance ---------------------------------------------------------------

    private static Summary summary(AnalysisResult r, RunInfo info, CaseFileOptions o, ActivityTally tally,
                                   OperationMap m) {
        List<InputFile> inputs = info.inputs().stream().map(CaseFileBuilder::inputFile).toList();
        String title = o.title() != null ? o.title() : defaultTitle(info);
        long acting = 0;
        for (int rank = 0; rank < r.order().size(); rank++) {
            if (r.activity().actions(rank) > 0) {
                acting++;
            }
        }
        boolean empty = r.log().size() == 0;
        return new Summary(title, inputs, empty ? null : Instant.ofEpochMilli(tally.firstTime),
                empty ? null : Instant.ofEpochMilli(tally.lastTime),
                r.log().platforms().stream().filter(x -> !x.isBlank()).toList(), acting, r.log().size(),
                r.network().nodeCount(), r.edges().size(), r.communities().count(),
                m == null ? null : m.operators().size(), m == null ? null : m.teams().size(),
                ErrorRateStatement.errorRateSentence(r));
    }

    private static InputFile inputFile(InputInfo in) {
        String sha = in.sha256() != null && in.sha256().matches("[0-9a-f]{64}") ? in.sha256() : null;
        return new InputFile(fileName(in.path()), in.rows(), sha);
    }

    private static String fileName(String path) {
        Path p = Path.of(path).getFileName();
        return p == null ? path : p.toString();
    }

    private static String defaultTitle(RunInfo info) {
        if (info.inputs().isEmpty()) {
            return "Coordination case file";
        }
        String first = fileName(info.inputs().get(0).path());
        int more = info.inputs().size() - 1;
        return "Coordination in " + first + (more > 0 ? " and " + more + " more file" + (more > 1 ? "s" : "") : "");
    }

    private static Provenance provenance(AnalysisResult r, RunInfo info, CaseFileOptions o) {
        AnalysisParameters p = r.parameters();
        List<Parameter> params = new ArrayList<>();
        params.add(new Parameter("window", p.coAction().window().toString()));
        params.add(new Parameter("methods", p.coAction().methodSet().stream().map(CoActionMethod::wireName)
                .collect(Collectors.joining(", "))));
        params.add(new Parameter("min participation", Integer.toString(p.coAction().minParticipation())));
        params.add(new Parameter("min weight", Integer.toString(p.minWeight())));
        params.add(new Parameter("max crowd", Integer.toString(p.coAction().maxCrowd())));
        params.add(new Parameter("Leiden resolution", Double.toString(p.communities().resolution())));
        params.add(new Parameter("compat", p.compat().name().toLowerCase(Locale.ROOT)));
        if (p.edgePercentile().isPresent()) {
            params.add(new Parameter("edge percentile", Double.toString(p.edgePercentile().getAsDouble())));
        }
        params.add(new Parameter("pseudonymised", o.pseudonymized()
                ? "yes: account ids, handles and names are salted tokens" : "no"));
        if (!r.crowds().isEmpty()) {
            params.add(new Parameter("crowded objects not expanded", Integer.toString(r.crowds().size())
                    + " (listed in run.json)"));
        }
        return new Provenance(info.version(), params, p.communities().seed(), ErrorRateStatement.nullModel(r),
                ErrorRateStatement.limitations(r));
    }

    // ---- network --------------------------------------------------------------------------------

    /**
     * ForceAtlas2 positions of the drawn nodes, in node order ({@link ForceAtlas2Layout}), or null
     * when there are none.
     */
    private static double[][] layout(AnalysisResult r, boolean[] drawn, int[] drawnEdges) {
        AccountNetwork net = r.network();
        int[] index = new int[net.nodeCount()];
        int k = 0;
        for (int node = 0; node < index.length; node++) {
            index[node] = drawn[node] ? k++ : -1;
        }
        if (k == 0) {
            return null;
        }
        int[] community = new int[k];
        for (int node = 0; node < index.length; node++) {
            if (index[node] >= 0) {
                community[index[node]] = r.communities().of(node);
            }
        }
        int m = drawnEdges.length;
        int[] ea = new int[m];
        int[] eb = new int[m];
        double[] ew = new double[m];
        for (int i = 0; i < m; i++) {
            ea[i] = index[net.edgeA(drawnEdges[i])];
            eb[i] = index[net.edgeB(drawnEdges[i])];
            ew[i] = net.weight(drawnEdges[i]);
        }
        return ForceAtlas2Layout.layout(k, ea, eb, ew, community);
    }

    /** Two decimals: enough for the drawing, and short in the page. */
    private static double rounded(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The {@code max} nodes of highest strength (ties: lower node first), or all. */
    static boolean[] drawnNodes(AccountNetwork net, int max) {
        int n = net.nodeCount();
        boolean[] drawn = new boolean[n];
        if (n <= max) {
            Arrays.fill(drawn, true);
            return drawn;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(net::strength).reversed().thenComparing(i -> i));
        for (int i = 0; i < max; i++) {
            drawn[order[i]] = true;
        }
        return drawn;
    }

    /** The edges between drawn nodes, the {@code max} heaviest (ties: lower edge first), in edge order. */
    static int[] drawnEdges(AccountNetwork net, boolean[] drawn, int max) {
        List<Integer> inside = new ArrayList<>();
        for (int e = 0; e < net.edgeCount(); e++) {
            if (drawn[net.edgeA(e)] && drawn[net.edgeB(e)]) {
                inside.add(e);
            }
        }
        if (inside.size() > max) {
            inside.sort(Comparator.<Integer>comparingDouble(net::weight).reversed().thenComparing(e -> e));
            inside = new ArrayList<>(inside.subList(0, max));
            inside.sort(null);
        }
        return inside.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String note(int nodes, int drawnNodes, int edges, int drawnEdges, int communities, int shown) {
        List<String> parts = new ArrayList<>();
        if (drawnNodes < nodes) {
            parts.add(String.format(Locale.ROOT, "the %,d most strongly linked of %,d coordinated accounts", drawnNodes,
                    nodes));
        }
        if (drawnEdges < edges) {
            parts.add(String.format(Locale.ROOT, "%,d of %,d links (the heaviest among the accounts drawn)", drawnEdges,
                    edges));
        }
        if (shown < communities) {
            parts.add(String.format(Locale.ROOT, "cards and timelines for the %,d largest of %,d communities", shown,
                    communities));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return "To stay responsive this page shows " + String.join("; ", parts)
                + ". Every account and link is listed in accounts.csv, edges.csv and communities.csv.";
    }

    /** {@code share:3;hashtag:1} → {@code [share (3), hashtag (1)]}. */
    static List<String> methods(String wire) {
        if (wire == null || wire.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : wire.split(";")) {
            int colon = part.lastIndexOf(':');
            out.add(colon < 0 ? part : part.substring(0, colon) + " (" + part.substring(colon + 1) + ")");
        }
        return out;
    }

    // ---- cards ----------------------------------------------------------------------------------

    private static AccountCard accountCard(AnalysisResult r, int node, String label, ActivityTally tally,
                                           KeptEdgeIndex edges, CaseFileOptions o, OperationMap m) {
        AccountNetwork net = r.network();
        int rank = net.rank(node);
        int account = r.order().account(rank);
        AccountProfile profile = r.log().profile(account);
        List<String> signals = new ArrayList<>();
        signals.add(String.format(Locale.ROOT, "linked to %,d %s; %s co-acted on across its links",
                net.degree(node), net.degree(node) == 1 ? "account" : "accounts",
                objects((long) net.strength(node))));
        int closest = edges.closestGapMillis(rank);
        if (closest >= 0) {
            signals.add("closest co-action with a partner: " + gap(closest) + " apart");
        }
        long first = r.activity().firstSeen(rank);
        signals.add(String.format(Locale.ROOT, "%,d actions in the data, %s – %s", r.activity().actions(rank),
                utc(first), utc(r.activity().lastSeen(rank))));
        if (profile.createdAt() != null && first >= 0) {
            long days = Math.floorDiv(first - profile.createdAt().toEpochMilli(), 86_400_000L);
            if (days >= 0 && days <= 30) {
                signals.add("created " + days + (days == 1 ? " day" : " days") + " before its first action in the data");
            }
        }
        String url = o.pseudonymized() ? null : PostLinks.profile(r.log().accountPlatform(account), profile.handle());
        return new AccountCard(r.accountId(rank), label, r.log().accountPlatform(account), url, profile.createdAt(),
                profile.followers() >= 0 ? profile.followers() : null, r.communities().of(node), true, signals,
                tally.topTargets(node, o.topItems()), m == null ? null : OperationSectionBuilder.score(m, rank));
    }

    /** The card of an account without a kept link, shown for its score. */
    private static AccountCard otherAccountCard(AnalysisResult r, int rank, CaseFileOptions o, OperationMap m) {
        int account = r.order().account(rank);
        AccountProfile profile = r.log().profile(account);
        String url = o.pseudonymized() ? null : PostLinks.profile(r.log().accountPlatform(account), profile.handle());
        List<String> signals = List.of(String.format(Locale.ROOT, "no link kept by the tests; %,d actions in the "
                + "data, %s – %s", r.activity().actions(rank), utc(r.activity().firstSeen(rank)),
                utc(r.activity().lastSeen(rank))));
        return new AccountCard(r.accountId(rank), handleOrId(r, account), r.log().accountPlatform(account), url,
                profile.createdAt(), profile.followers() >= 0 ? profile.followers() : null, -1, false, signals,
                List.of(), OperationSectionBuilder.score(m, rank));
    }

    private static List<CommunityCard> communityCards(AnalysisResult r, int shown, ActivityTally tally, CaseFileOptions o) {
        AccountNetwork net = r.network();
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k < shown; k++) {
            members.add(new ArrayList<>());
        }
        for (int node = 0; node < net.nodeCount(); node++) {
            int k = r.communities().of(node);
            if (k < shown) {
                members.get(k).add(node);
            }
        }
        List<Map<String, long[]>> objects = communityObjects(r, shown);
        List<List<EvidencePair>> examples = examples(r, shown, o.examples(), !o.pseudonymized());
        List<CommunityCard> cards = new ArrayList<>(shown);
        for (int k = 0; k < shown; k++) {
            List<RankedItem> top = new ArrayList<>();
            objects.get(k).forEach((name, c) -> top.add(new RankedItem(name, c[0])));
            cards.add(new CommunityCard(k, "community " + k,
                    members.get(k).stream().map(n -> r.accountId(net.rank(n))).toList(),
                    tally.topTargets(members.get(k), o.topItems()), top(top, o.topItems()), examples.get(k), List.of()));
        }
        return cards;
    }

    /** Per shown community: co-actions per object (named as on the page) between two of its members. */
    private static List<Map<String, long[]>> communityObjects(AnalysisResult r, int shown) {
        List<Map<String, long[]>> out = new ArrayList<>();
        for (int k = 0; k < shown; k++) {
            out.add(new HashMap<>());
        }
        if (r.evidence().isEmpty()) {
            return out;
        }
        CoActionEvidence ev = r.evidence().get();
        for (int p = 0; p < ev.pairCount(); p++) {
            int k = internalCommunity(r, ev.pairKey(p));
            if (k < 0 || k >= shown) {
                continue;
            }
            for (int i = ev.pairStart(p); i < ev.pairStart(p + 1); i++) {
                out.get(k).computeIfAbsent(objectName(ev.method(i), ev.objectName(i)), x -> new long[1])[0]++;
            }
        }
        return out;
    }

    /** Per shown community: the first co-action of each of its heaviest internal links. */
    private static List<List<EvidencePair>> examples(AnalysisResult r, int shown, int perCommunity, boolean links) {
        List<List<Integer>> pairs = new ArrayList<>();
        for (int k = 0; k < shown; k++) {
            pairs.add(new ArrayList<>());
        }
        List<List<EvidencePair>> out = new ArrayList<>();
        if (r.evidence().isEmpty() || perCommunity == 0) {
            pairs.forEach(x -> out.add(List.of()));
            return out;
        }
        CoActionEvidence ev = r.evidence().get();
        for (int p = 0; p < ev.pairCount(); p++) {
            int k = internalCommunity(r, ev.pairKey(p));
            if (k >= 0 && k < shown && ev.pairStart(p + 1) > ev.pairStart(p)) {
                pairs.get(k).add(p);
            }
        }
        ActivityLog log = r.log();
        for (int k = 0; k < shown; k++) {
            List<Integer> ps = pairs.get(k);
            // heaviest first: most co-actions, ties by pair order
            ps.sort(Comparator.<Integer>comparingInt(p -> ev.pairStart(p + 1) - ev.pairStart(p)).reversed()
                    .thenComparing(p -> p));
            List<EvidencePair> list = new ArrayList<>();
            for (int p : ps.subList(0, Math.min(perCommunity, ps.size()))) {
                int i = ev.pairStart(p);
                long key = ev.pairKey(p);
                int ra = ev.rowA(i);
                int rb = ev.rowB(i);
                String platform = log.platforms().get(log.platform(ra));
                list.add(new EvidencePair(r.accountId((int) (key >>> 32)), r.accountId((int) key),
                        ev.method(i).wireName(), objectName(ev.method(i), ev.objectName(i)),
                        Instant.ofEpochMilli(log.time(ra)), Instant.ofEpochMilli(log.time(rb)),
                        links ? PostLinks.post(platform, log.actionIdText(ra)) : null,
                        links ? PostLinks.post(platform, log.actionIdText(rb)) : null));
            }
            out.add(list);
        }
        return out;
    }

    /** The community of both ends of a pair (key = rank a << 32 | rank b), or -1 when they differ. */
    private static int internalCommunity(AnalysisResult r, long key) {
        int na = r.network().node((int) (key >>> 32));
        int nb = r.network().node((int) key);
        if (na < 0 || nb < 0) {
            return -1;
        }
        int k = r.communities().of(na);
        return k == r.communities().of(nb) ? k : -1;
    }

    private static Timeline timeline(ActivityTally t, int shown, List<TimelineMarker> markers) {
        List<CommunitySeries> series = new ArrayList<>();
        for (int k = 0; k < Math.min(shown, TIMELINE_COMMUNITIES); k++) {
            series.add(new CommunitySeries(k, "community " + k, boxed(t.community[k])));
        }
        return new Timeline(t.bin, t.start(), boxed(t.all), boxed(t.coordinated), series, markers);
    }

    // ---- names and formatting -------------------------------------------------------------------

    /** How the page names an account: {@code @handle} when the data gives one, else its id. */
    static String handleOrId(AnalysisResult r, int account) {
        String h = r.log().profile(account).handle();
        if (h == null || h.isBlank()) {
            return r.accountId(r.order().rank(account));
        }
        return h.startsWith("@") ? h : "@" + h;
    }

    /** A target account's name in top-target lists. */
    static String accountName(AnalysisResult r, int account) {
        return handleOrId(r, account);
    }

    static String objectName(CoActionMethod method, String name) {
        return method == CoActionMethod.HASHTAG ? "#" + name : name;
    }

    /** Most first, ties by value; at most {@code limit}. */
    static List<RankedItem> top(List<RankedItem> items, int limit) {
        return items.stream().sorted(Comparator.comparingLong(RankedItem::count).reversed()
                .thenComparing(RankedItem::value)).limit(limit).toList();
    }

    private static String objects(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "object" : "objects");
    }

    static String gap(int millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String utc(long millis) {
        return millis < 0 ? "–" : Instant.ofEpochMilli(millis).toString().replace('T', ' ').replace("Z", " UTC");
    }

    private static List<Long> boxed(long[] a) {
        return Arrays.stream(a).boxed().toList();
    }
}
