package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
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
}
