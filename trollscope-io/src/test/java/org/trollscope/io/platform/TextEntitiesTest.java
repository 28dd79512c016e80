package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEntitiesTest {
    @Test
    void urlsLoseTrailingPunctuationAndHashtagsTheirHash() {
        String text = "See https://a.example/x?y=1, and (http://b.example/z). #Выборы2024 #tag_1 but not a#b, #123 or &#39;";
        assertThat(TextEntities.urls(text)).containsExactly("https://a.example/x?y=1", "http://b.example/z");
        assertThat(TextEntities.hashtags(text)).containsExactly("Выборы2024", "tag_1");
    }

    @Test
    void noTextGivesNothing() {
        assertThat(TextEntities.urls(null)).isEmpty();
        assertThat(TextEntities.hashtags(null)).isEmpty();
    }
}
