package org.trollscope.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.analysis.AnalysisParameters;
import org.trollscope.core.analysis.AnalysisResult;
import org.trollscope.core.analysis.CoordinationAnalysis;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.model.Interner;

class PseudonymousLogTest {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    static final List<String> SECRETS = List.of("1001", "1002", "1003", "9009", "alice_smith", "bob_jones",
            "carol_x", "Alice Smith", "Bob Jones", "bio of alice", "avatar.png", "tw-1", "tw-2");

    /**
     * Accounts 1001 (@alice_smith), 1002 (@bob_jones) and 1003 (@carol_x) share posts p1 and p2 of
     * account 9009, 5 s apart; their texts mention each other and link to alice's profile.
     */
    static ActivityLog log() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        String[] ids = {"1001", "1002", "1003"};
        int k = 0;
        String[] posts = {"p1", "p2"};
        for (int j = 0; j < 2; j++) {
            String post = posts[j];
            for (int i = 0; i < 3; i++) {
                b.add(new Action("tw-" + ++k, "twitter", ids[i], ActionType.SHARE, post, "9009",
                        "RT @bob_jones: see https://x.com/alice_smith/status/" + k, List.of("https://x.com/Alice_Smith"),
                        List.of("harbour"), List.of("img-" + k + ".jpg"), T0.plusSeconds(3600L * j + 5L * i)));
            }
        }
        int p = b.platform("twitter");
        b.profile(b.account(p, "1001"), new AccountProfile("alice_smith", "Alice Smith", T0, 10, 20, "bio of alice",
                "avatar.png"));
        b.profile(b.account(p, "1002"), new AccountProfile("@bob_jones", "Bob Jones", null, -1, -1, null, null));
        b.profile(b.account(p, "1003"), new AccountProfile("carol_x", null, null, -1, -1, null, null));
        return b.build();
    }

    /** Every string the log holds. */
    static List<String> strings(ActivityLog log) {
        List<String> out = new ArrayList<>();
        for (Interner d : List.of(log.accounts(), log.targets(), log.actionIds(), log.urlDictionary(),
                log.hashtagDictionary(), log.mediaDictionary())) {
            for (int i = 0; i < d.size(); i++) {
                out.add(d.get(i));
            }
        }
        for (int a = 0; a < log.accountCount(); a++) {
            AccountProfile p = log.profile(a);
            out.add(String.valueOf(p.handle()));
            out.add(String.valueOf(p.displayName()));
            out.add(String.valueOf(p.bio()));
            out.add(String.valueOf(p.avatar()));
        }
        for (int r = 0; r < log.size(); r++) {
            out.add(String.valueOf(log.text(r)));
        }
        return out;
    }

    @Test
    void noIdHandleNameOrActionIdOfTheOriginalRemains() {
        ActivityLog pseudo = PseudonymousLog.of(log(), new Pseudonyms("salt")).log();
        String all = String.join("\n", strings(pseudo)).toLowerCase(java.util.Locale.ROOT);
        for (String secret : SECRETS) {
            assertThat(all).doesNotContain(secret.toLowerCase(java.util.Locale.ROOT));
        }
        // hashtags, times and objects not naming accounts are kept
        assertThat(pseudo.hashtagDictionary().get(0)).isEqualTo("harbour");
        assertThat(pseudo.targets().get(0)).isEqualTo("p1");
        assertThat(pseudo.time(0)).isEqualTo(log().time(0));
    }

    @Test
    void eachAccountIsNamedByTheTokenOfItsIdEverywhere() {
        Pseudonyms p = new Pseudonyms("salt");
        ActivityLog pseudo = PseudonymousLog.of(log(), p).log();
        String alice = p.token("1001");
        String bob = p.token("1002");
        assertThat(pseudo.accountIdText(pseudo.account(0))).isEqualTo(alice);
        AccountProfile a = pseudo.profile(pseudo.account(0));
        assertThat(a.handle()).isEqualTo(alice);
        assertThat(a.displayName()).isEqualTo(alice);
        assertThat(a.bio()).isNull();
        assertThat(a.avatar()).isNull();
        assertThat(a.createdAt()).isEqualTo(T0);
        assertThat(a.followers()).isEqualTo(10);
        assertThat(pseudo.accountIdText(pseudo.targetAccount(0))).isEqualTo(p.token("9009"));
        assertThat(pseudo.text(0)).isEqualTo("RT @" + bob + ": see https://x.com/" + alice + "/status/1");
        assertThat(pseudo.urlDictionary().get(0)).isEqualTo("https://x.com/" + alice);
        assertThat(pseudo.actionIdText(0)).isEqualTo(p.token("tw-1"));
    }

    @Test
    void tokensAreStableForOneSaltAndDifferForAnother() {
        ActivityLog one = PseudonymousLog.of(log(), new Pseudonyms("salt")).log();
        ActivityLog two = PseudonymousLog.of(log(), new Pseudonyms("salt")).log();
        ActivityLog other = PseudonymousLog.of(log(), new Pseudonyms("pepper")).log();
        assertThat(strings(two)).isEqualTo(strings(one));
        assertThat(other.accountIdText(0)).isNotEqualTo(one.accountIdText(0));
    }

    @Test
    void theAnalysisFindsTheSameLinksAndEvidenceOnThePseudonymisedLog() {
        AnalysisParameters params = AnalysisParameters.counting();
        AnalysisResult original = CoordinationAnalysis.run(log(), params, ProgressListener.NONE);
        AnalysisResult pseudo = CoordinationAnalysis.run(PseudonymousLog.of(log(), new Pseudonyms("salt")).log(), params,
                ProgressListener.NONE);
        // three accounts co-shared p1 and p2 within 10 s (and the link and hashtag): 3 links
        assertThat(original.edges().size()).isEqualTo(3);
        assertThat(pseudo.edges().size()).isEqualTo(original.edges().size());
        assertThat(pseudo.evidence().get().size()).isEqualTo(original.evidence().get().size());
        assertThat(pseudo.communities().count()).isEqualTo(original.communities().count());
        for (int i = 0; i < 3; i++) {
            assertThat(pseudo.edges().weight(i)).isEqualTo(original.edges().weight(i));
        }
    }

    @Test
    void anEmptySaltIsRejected() {
        assertThatThrownBy(() -> new Pseudonyms("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salt");
    }
}
