package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkNormaliserTest {
    @Test
    void schemeAndHostAreLowerCasedButThePathKeepsItsCase() {
        assertThat(LinkNormaliser.normalise("HTTPS://Example.ORG/Path/To")).isEqualTo("https://example.org/Path/To");
    }

    @Test
    void fragmentsTrackingParametersAndTrailingSlashesAreDropped() {
        assertThat(LinkNormaliser.normalise("https://example.org/a/?utm_source=x&id=5&fbclid=abc&UTM_MEDIUM=y&gclid=1#frag"))
                .isEqualTo("https://example.org/a?id=5");
        assertThat(LinkNormaliser.normalise("https://example.org/?utm_campaign=z")).isEqualTo("https://example.org");
    }

    @Test
    void defaultPortsGoAndOtherPortsStay() {
        assertThat(LinkNormaliser.normalise("http://example.org:80/x")).isEqualTo("http://example.org/x");
        assertThat(LinkNormaliser.normalise("https://example.org:8443/x")).isEqualTo("https://example.org:8443/x");
    }

    @Test
    void aLinkWithoutSchemeIsHostAndPath() {
        assertThat(LinkNormaliser.normalise("T.me/Channel/12/")).isEqualTo("t.me/Channel/12");
    }
}
