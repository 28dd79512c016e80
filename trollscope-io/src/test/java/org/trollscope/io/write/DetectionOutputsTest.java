package org.trollscope.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DetectionOutputsTest {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");

    /**
     * a, b and c share p1 and p2 at +0, +10 and +20 s; d shares p1 at +300 s (outside 60 s). So a-b, a-c
     * and b-c have weight 2 each; d is not coordinated. The comma in "p,2" tests CSV quoting.
     */
    static ActivityLog triangle() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        String[] accs = {"a", "b", "c"};
        int id = 0;
        for (String post : new String[] {"p1", "p,2"}) {
            for (int k = 0; k < 3; k++) {
                b.add(new Action("s" + id++, "twitter", accs[k], ActionType.SHARE, post, null, null, null, null, null,
                        T.plusSeconds(10L * k + (post.equals("p1") ? 0 : 3600))));
            }
        }
        b.add(Action.of("twitter", "d", ActionType.SHARE, "p1", T.plusSeconds(300)));
        return b.build();
    }

    static AnalysisResult analyse(int threads) {
        AnalysisParameters p = AnalysisParameters.counting();
        p = p.withCoAction(p.coAction().withThreads(threads).withMinParticipation(1));
        return CoordinationAnalysis.run(triangle(), p, ProgressListener.NONE);
    }

    static RunInfo info() {
        return new RunInfo("0.1.0-test", null, List.of(new InputInfo("in.csv", "00ff", 7, 0, List.of())), 0,
                Map.of("read", Duration.ofMillis(5)));
    }

    static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theTablesHoldTheHandCountedEdgesAndEvidence(@TempDir Path dir) throws IOException {
        DetectionOutputs.writeAll(analyse(1), info(), dir);
        assertThat(read(dir, "edges.csv").lines()).containsExactly(
                "account_a,account_b,weight,co_actions,methods,min_gap_s,median_gap_s,a_first,b_first,symmetry,first_time,last_time",
                "a,b,2,2,share:2,10,10,2,0,1,2024-03-01T12:00:00Z,2024-03-01T13:00:10Z",
                "a,c,2,2,share:2,20,20,2,0,1,2024-03-01T12:00:00Z,2024-03-01T13:00:20Z",
                "b,c,2,2,share:2,10,10,2,0,1,2024-03-01T12:00:10Z,2024-03-01T13:00:20Z");
        List<String> evidence = read(dir, "evidence.csv").lines().toList();
        assertThat(evidence).hasSize(1 + 6);
        assertThat(evidence.get(1)).isEqualTo("a,b,share,p1,s0,s1,2024-03-01T12:00:00Z,2024-03-01T12:00:10Z,10,,,");
        assertThat(evidence.get(2)).isEqualTo("a,b,share,\"p,2\",s3,s4,2024-03-01T13:00:00Z,2024-03-01T13:00:10Z,10,,,");
        assertThat(read(dir, "accounts.csv").lines()).containsExactly(
                "account_id,handle,coordinated,community,component,degree,strength,actions,first_seen,last_seen,"
                        + "operator,team,leader,score,signal_network,signal_cues,signal_office_hours,"
                        + "signal_creation_batch,signal_default_handle,signal_blocking_windows,reasons",
                // a, b, c: coordinated (network 0.5 × weight 0.25), no operator, team or cue, too few
                // actions for a rhythm, no profiles, no events
                "a,,true,0,0,2,4,2,2024-03-01T12:00:00Z,2024-03-01T13:00:00Z,,,false,0.125,0.5,0,0,0,0,0,"
                        + "coordinated: kept links to 2 accounts (edges.csv)",
                "b,,true,0,0,2,4,2,2024-03-01T12:00:10Z,2024-03-01T13:00:10Z,,,false,0.125,0.5,0,0,0,0,0,"
                        + "coordinated: kept links to 2 accounts (edges.csv)",
                "c,,true,0,0,2,4,2,2024-03-01T12:00:20Z,2024-03-01T13:00:20Z,,,false,0.125,0.5,0,0,0,0,0,"
                        + "coordinated: kept links to 2 accounts (edges.csv)",
                "d,,false,,,0,0,1,2024-03-01T12:05:00Z,2024-03-01T12:05:00Z,,,false,0,0,0,0,0,0,0,");
        assertThat(read(dir, "communities.csv").lines()).containsExactly(
                "community,size,internal_edges,density,top_objects",
                "0,3,3,1,\"share:p,2 (3); share:p1 (3)\"");
        String json = read(dir, "run.json");
        assertThat(json).contains("\"sha256\" : \"00ff\"", "\"kept_edges\" : 3", "\"window_s\" : 60",
                "\"read\" : 0.005", "\"write\" :");
        // three coordinated accounts at 0.125, d at 0; no profiles: neither batches nor handles
        assertThat(json).contains("\"signals_available\" : [ \"network\", \"cues\", \"office_hours\" ]",
                "\"coordinated_accounts\" : {\n        \"count\" : 3,\n        \"median\" : 0.125,",
                "\"other_accounts\" : {\n        \"count\" : 1,\n        \"median\" : 0,",
                "\"office_zone\" : \"+00:00\"", "\"office_zone_source\" : \"too few organic actions to infer it\"");
    }

    /**
     * The triangle's accounts act on p1 and "p,2" within 20 s, three of them each time: one episode per
     * target; d's share of p1 is organic. Three accounts are too few for a cue (five), so there are no
     * cues, operators or teams. The day holds 7 actions, 6 of them coordinated.
     */
    @Test
    void theOperationTablesHoldTheHandCountedTargetsEpisodesAndShare(@TempDir Path dir) throws IOException {
        DetectionOutputs.writeAll(analyse(1), info(), dir);
        assertThat(read(dir, "targets.csv").lines()).containsExactly(
                "target,target_account,coordinated_accounts,coordinated_actions,actions,coordinated_share,episodes,"
                        + "first_coordinated,last_coordinated",
                "\"p,2\",,3,3,3,1,1,2024-03-01T13:00:00Z,2024-03-01T13:00:20Z",   // ties: by target, ',' < '1'
                "p1,,3,3,4,0.75,1,2024-03-01T12:00:00Z,2024-03-01T12:00:20Z");
        assertThat(read(dir, "episodes.csv").lines()).containsExactly(
                "episode,target,target_account,start,end,accounts,actions,first_account,cue,participants",
                "1,p1,,2024-03-01T12:00:00Z,2024-03-01T12:00:20Z,3,3,a,,a b c",
                "2,\"p,2\",,2024-03-01T13:00:00Z,2024-03-01T13:00:20Z,3,3,a,,a b c");
        assertThat(read(dir, "share_by_day.csv").lines()).containsExactly("day,actions,coordinated_actions,share",
                "2024-03-01,7,6,0.857143");
        assertThat(read(dir, "cues.csv").lines()).containsExactly("cue,time,end,accounts,actions,targets,episodes");
        assertThat(read(dir, "operators.csv").lines()).containsExactly(
                "operator,size,team,confidence,hand_offs,shared_episodes,same_batch,handle_pattern,evidence,accounts");
        assertThat(read(dir, "teams.csv").lines()).containsExactly("team,size,operators,episodes,leader,led,led_by_chance,accounts");
        assertThat(read(dir, "run.json")).contains("\"coordinated_share\" : 0.857143", "\"episodes\" : 2",
                "\"cues\" : 0", "\"episode_gap_s\" : 1800");
    }

    @Test
    void theGexfParsesBackWithItsAttributesAndWeights(@TempDir Path dir) throws Exception {
        DetectionOutputs.writeAll(analyse(1), info(), dir);
        Document doc = parse(dir.resolve("network.gexf"));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        NodeList attributes = doc.getElementsByTagNameNS("*", "attribute");
        assertThat(attributes.getLength()).isEqualTo(4);
        assertThat(((Element) attributes.item(0)).getAttribute("title")).isEqualTo("community");
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        assertThat(nodes.getLength()).isEqualTo(3);
        Element a = (Element) nodes.item(0);
        assertThat(a.getAttribute("id")).isEqualTo("a");
        NodeList values = a.getElementsByTagNameNS("*", "attvalue");
        assertThat(((Element) values.item(1)).getAttribute("value")).isEqualTo("true");
        assertThat(((Element) values.item(2)).getAttribute("value")).isEqualTo("2");
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        assertThat(edges.getLength()).isEqualTo(3);
        assertThat(((Element) edges.item(2)).getAttribute("source")).isEqualTo("b");
        assertThat(((Element) edges.item(2)).getAttribute("weight")).isEqualTo("2");
    }

    @Test
    void theGraphMlParsesBackWithItsKeysAndWeights(@TempDir Path dir) throws Exception {
        DetectionOutputs.writeAll(analyse(1), info(), dir);
        Document doc = parse(dir.resolve("network.graphml"));
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        assertThat(edges.getLength()).isEqualTo(3);
        Element data = (Element) ((Element) edges.item(0)).getElementsByTagNameNS("*", "data").item(0);
        assertThat(data.getAttribute("key")).isEqualTo("weight");
        assertThat(data.getTextContent()).isEqualTo("2");
    }

    @Test
    void everyFileButTheTimingsIsByteIdenticalWhateverTheThreadCount(@TempDir Path dir) throws IOException {
        DetectionOutputs.writeAll(analyse(1), info(), dir.resolve("one"));
        DetectionOutputs.writeAll(analyse(3), info(), dir.resolve("three"));
        for (String f : DetectionOutputs.FILES) {
            String one = read(dir.resolve("one"), f);
            String three = read(dir.resolve("three"), f);
            if (f.equals("run.json")) {
                one = one.substring(0, one.indexOf("\"timings_s\""));
                three = three.substring(0, three.indexOf("\"timings_s\""));
            }
            assertThat(three).as(f).isEqualTo(one);
        }
    }

    /**
     * Forty organic accounts and three campaign accounts t1, t2, t3 each share 20 of 400 posts at
     * random minutes of a month; t1, t2 and t3 also share the same 20 campaign posts within 20 s of
     * each other. By chance two accounts share about one post in a month and almost never within a
     * minute.
     */
    static ActivityLog campaign() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        java.util.Random rnd = new java.util.Random(7);
        for (int a = 0; a < 43; a++) {
            for (int k = 0; k < 20; k++) {
                b.add(Action.of("twitter", a < 40 ? "o" + a : "t" + (a - 39), ActionType.SHARE, "p" + rnd.nextInt(400),
                        T.plusSeconds(60L * rnd.nextInt(30 * 24 * 60))));
            }
        }
        for (int k = 0; k < 20; k++) {
            Instant cue = T.plusSeconds(3600L * 24 * k + 3600);
            for (int m = 1; m <= 3; m++) {
                b.add(Action.of("twitter", "t" + m, ActionType.SHARE, "c" + k, cue.plusSeconds(10L * m)));
            }
        }
        return b.build();
    }

    @Test
    void underTheSignificanceThresholdEveryEdgeCarriesItsTestAndRunJsonStatesTheNullModel(@TempDir Path dir)
            throws IOException {
        AnalysisResult r = CoordinationAnalysis.run(campaign(), AnalysisParameters.defaults(), ProgressListener.NONE);
        DetectionOutputs.writeAll(r, info(), dir);
        List<String> edges = read(dir, "edges.csv").lines().toList();
        assertThat(edges.get(0)).endsWith(",window_s,observed,expected,p_value,q_value,kept_by");
        // exactly the team's three links: all twenty campaign posts within 60 s, far above chance
        assertThat(edges).hasSize(1 + 3);
        for (String line : edges.subList(1, edges.size())) {
            String[] f = line.split(",");
            assertThat(f[0]).startsWith("t");
            assertThat(f[1]).startsWith("t");
            assertThat(f[12]).isEqualTo("60");
            assertThat(Integer.parseInt(f[13])).isEqualTo(20);
            // at least twice what chance gives
            assertThat(2 * Double.parseDouble(f[14])).isLessThanOrEqualTo(20);
            assertThat(Double.parseDouble(f[15])).isLessThanOrEqualTo(Double.parseDouble(f[16]));
            assertThat(Double.parseDouble(f[16])).isLessThanOrEqualTo(0.01);
            assertThat(f[17]).isEqualTo("pair");
        }
        assertThat(read(dir, "communities.csv").lines().findFirst().orElseThrow())
                .endsWith(",observed_internal,expected_internal,p_value");
        assertThat(read(dir, "run.json")).contains("\"significance\" : {", "\"null_model\"", "\"threshold\" : \"significance\"",
                "\"windows_s\" : [ 60, 600 ]", "\"active_accounts\" : 43", "\"kept_edges\" : 3",
                "\"expected_false_edges_at_most\"");
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }
}
