package org.trollscope.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLinksTest {
    @Test
    void postsGetLinksOnlyWhenTheirIdsHaveThePlatformsShape() {
        assertThat(PostLinks.post("twitter", "1357924680")).isEqualTo("https://x.com/i/web/status/1357924680");
        assertThat(PostLinks.post("twitter", "13579x")).isNull();
        assertThat(PostLinks.post("vk", "wall-1234_56")).isEqualTo("https://vk.com/wall-1234_56");
        assertThat(PostLinks.post("vk", "wall-1234_56?reply=7")).isNull();
        assertThat(PostLinks.post("telegram", "123/45")).isNull();
        assertThat(PostLinks.post("twitter", null)).isNull();
    }

    @Test
    void profilesGetLinksOnlyForPlainHandles() {
        assertThat(PostLinks.profile("twitter", "@port_voice")).isEqualTo("https://x.com/port_voice");
        assertThat(PostLinks.profile("youtube", "jane.doe")).isEqualTo("https://www.youtube.com/@jane.doe");
        assertThat(PostLinks.profile("telegram", "news_chan")).isEqualTo("https://t.me/news_chan");
        assertThat(PostLinks.profile("twitter", "<script>")).isNull();
        assertThat(PostLinks.profile("twitter", "a/../../evil")).isNull();
        assertThat(PostLinks.profile("", "someone")).isNull();
    }
}
