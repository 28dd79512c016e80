package org.trollscope.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameScrubberTest {
    private final Pseudonyms p = new Pseudonyms("salt");

    private NameScrubber scrubber() {
        NameScrubber s = new NameScrubber(p);
        s.add("1001", "TA");
        s.add("@Alice_Smith", "TA");   // alice's handle, registered with @ and mixed case
        s.add("jane.doe", "TJ");
        return s;
    }

    @Test
    void knownNamesAreReplacedAsWholeWordsIgnoringCase() {
        NameScrubber s = scrubber();
        assertThat(s.scrub("ALICE_SMITH wrote, and 1001 agreed.")).isEqualTo("TA wrote, and TA agreed.");
        // "alice" alone and "10011" are other words
        assertThat(s.scrub("alice 10011 smith")).isEqualTo("alice 10011 smith");
        assertThat(s.known("@alice_smith")).isEqualTo("TA");
    }

    @Test
    void everyMentionIsReplacedKnownByItsAccountsTokenUnknownByTheTokenOfTheName() {
        NameScrubber s = scrubber();
        assertThat(s.scrub("thanks @alice_smith and @Stranger!"))
                .isEqualTo("thanks @TA and @" + p.token("stranger") + "!");
        // dots at the end belong to the sentence; a dotted handle is one name
        assertThat(s.scrub("see @jane.doe.")).isEqualTo("see @TJ.");
    }

    @Test
    void anEmailAddressIsNotAMention() {
        assertThat(scrubber().scrub("write to press@example.org")).isEqualTo("write to press@example.org");
    }

    @Test
    void namesInsideUrlsAndObjectIdsAreReplaced() {
        NameScrubber s = scrubber();
        assertThat(s.scrub("https://x.com/Alice_Smith/status/42")).isEqualTo("https://x.com/TA/status/42");
        assertThat(s.scrub("https://www.tiktok.com/@jane.doe/video/7")).isEqualTo("https://www.tiktok.com/@TJ/video/7");
        assertThat(s.scrub("https://alice_smith.example.org/post")).isEqualTo("https://TA.example.org/post");
        assertThat(s.scrub("fwd:1001:9f3a")).isEqualTo("fwd:TA:9f3a");
        assertThat(s.scrub("wall-1001_17")).isEqualTo("wall-1001_17");   // "1001_17" is one word
    }

    @Test
    void nullAndTextWithoutNamesComeBackUnchanged() {
        NameScrubber s = scrubber();
        assertThat(s.scrub(null)).isNull();
        String plain = "nothing to hide here";
        assertThat(s.scrub(plain)).isSameAs(plain);
    }
}
