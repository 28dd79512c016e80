package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    @Test
    void aTokenIsTheFirstSixteenHexDigitsOfTheSaltedHmac() {
        // reference values from Python: 'p' + hmac.new(b'salt', b'alice', hashlib.sha256).hexdigest()[:16]
        assertThat(new Pseudonymizer("salt").token("alice")).isEqualTo("pdc663a1de92b83cd");
        assertThat(new Pseudonymizer("salt").token("bob")).isEqualTo("p876ccb7de6bc3ec9");
        assertThat(new Pseudonymizer("other salt").token("alice")).isEqualTo("p7c3f39da30ca37ec");
    }

    @Test
    void tokensAreStableAcrossInstancesAndDistinctForTenThousandValues() {
        Pseudonymizer a = new Pseudonymizer("s3cret");
        Pseudonymizer b = new Pseudonymizer("s3cret");
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String t = a.token("user" + i);
            assertThat(b.token("user" + i)).isEqualTo(t);
            assertThat(t).matches("p[0-9a-f]{16}");
            tokens.add(t);
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void anEmptySaltIsRejected() {
        assertThatThrownBy(() -> new Pseudonymizer("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("salt");
    }

    @Test
    void aPseudonymisedCaseFileNamesEveryAccountOnlyByTheTokenOfItsId() {
        Pseudonymizer p = new Pseudonymizer("salt");
        String alice = p.token("1001");
        String bob = p.token("1002");
        CaseFile c = p.apply(TinyCaseFile.create("@bob"));

        assertThat(c.network().nodes()).extracting(NetworkNode::id).containsExactly(alice, bob, p.token("1003"));
        assertThat(c.network().nodes()).allSatisfy(n -> assertThat(n.label()).isEqualTo(n.id()));
        assertThat(c.network().edges().get(0).a()).isEqualTo(alice);
        assertThat(c.network().edges().get(0).b()).isEqualTo(bob);
        assertThat(c.accounts()).extracting(AccountCard::handle).containsExactly(alice, bob);
        assertThat(c.accounts()).extracting(AccountCard::url).containsOnlyNulls();
        assertThat(c.communities().get(0).members()).containsExactly(alice, bob);
        // mentions of known handles are replaced, case-insensitively; unknown ones are kept
        assertThat(c.accounts().get(0).signals()).containsExactly("shares within 5 s of @" + bob);
        assertThat(c.accounts().get(1).signals()).containsExactly("replies to @" + alice + " and @stranger");
        // a target naming a known account is replaced; other targets and objects are kept
        assertThat(c.accounts().get(0).topTargets().get(0).value()).isEqualTo(p.token("1003"));
        assertThat(c.accounts().get(1).topTargets().get(0).value()).isEqualTo("#tag");
        assertThat(c.communities().get(0).topObjects().get(0).value()).isEqualTo("https://news.example/a");
        EvidencePair e = c.communities().get(0).evidence().get(0);
        assertThat(e.accountA()).isEqualTo(alice);
        assertThat(e.urlA()).isNull();
        assertThat(e.urlB()).isNull();
        TextPair t = c.communities().get(0).nearDuplicates().get(0);
        assertThat(t.textA()).isEqualTo("hello @" + bob);
        assertThat(t.textB()).isEqualTo("hello @" + alice);

        String json = ReportWriter.dataJson(c);
        assertThat(json).doesNotContain("alice", "bob", "carol", "\"1001\"", "x.example");
    }

    @Test
    void theOperationMapAndTheScoreReasonsAreRewrittenToo() {
        Pseudonymizer p = new Pseudonymizer("salt");
        String alice = p.token("1001");
        String bob = p.token("1002");
        String carol = p.token("1003");
        CaseFile tiny = TinyCaseFile.create("@bob");
        Instant t = Instant.parse("2024-01-01T12:00:00Z");
        OperationSection o = new OperationSection(21, 18, List.of(new DayShareRow("2024-01-01", 21, 18)),
                List.of(new OperatorRow(1, List.of("1001", "1002"), 1.0, 3, 3, 2, 1, "a99 (2 of 2)")),
                List.of(new TeamRow(1, List.of("1001", "1002"), List.of(1), 3, "1001", 3, 1.5)),
                List.of(new TargetRow("@carol", "1003", 2, 4, 5, 1)), 1,
                List.of(new EpisodeRow(1, "post-9", t, t.plusSeconds(40), 2, 4, "1002", 1)), 1,
                List.of(new CueRow(1, t, t.plusSeconds(40), 2, 4, List.of("@carol"), List.of("stream"))),
                List.of(), List.of(new SignalWeight("network", "signal_network", 0.25, 2, true)), "zone",
                List.of("1003"));
        AccountCard a = tiny.accounts().get(0);
        AccountCard scored = new AccountCard(a.id(), a.handle(), a.platform(), a.url(), a.created(), a.followers(),
                a.community(), a.coordinated(), a.signals(), a.topTargets(), new AccountScore(0.45,
                        List.of(new ScoreComponent("network", 1.0, 0.25)), List.of("default-looking handle @alice")));
        CaseFile c = p.apply(new CaseFile(tiny.summary(), tiny.network(), tiny.timeline(), tiny.hourOfWeek(),
                tiny.communities(), List.of(scored, tiny.accounts().get(1)), o, tiny.provenance()));

        OperationSection q = c.operation();
        assertThat(q.operators().get(0).accounts()).containsExactly(alice, bob);
        assertThat(q.teams().get(0).accounts()).containsExactly(alice, bob);
        assertThat(q.teams().get(0).leader()).isEqualTo(alice);
        assertThat(q.targets().get(0).target()).isEqualTo(carol);          // names a known account
        assertThat(q.targets().get(0).targetAccount()).isEqualTo(carol);
        assertThat(q.episodes().get(0).target()).isEqualTo("post-9");      // an object, kept
        assertThat(q.episodes().get(0).firstAccount()).isEqualTo(bob);
        assertThat(q.cues().get(0).targets()).containsExactly(carol);
        assertThat(q.topOther()).containsExactly(carol);
        assertThat(c.accounts().get(0).score().reasons()).containsExactly("default-looking handle @" + alice);
        assertThat(c.accounts().get(0).score().score()).isEqualTo(0.45);
        assertThat(ReportWriter.dataJson(c)).doesNotContain("alice", "bob", "carol", "\"1001\"", "\"1003\"");
    }
}
