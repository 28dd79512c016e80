package org.trollscope.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InternerTest {
    @Test
    void theSameTextGetsTheSameIdAndNewTextsGetDenseIdsInFirstSeenOrder() {
        Interner d = new Interner();
        assertThat(d.intern("alice")).isEqualTo(0);
        assertThat(d.intern("bob")).isEqualTo(1);
        assertThat(d.intern("alice")).isEqualTo(0);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.get(1)).isEqualTo("bob");
    }

    @Test
    void scopesKeepEqualIdsOfDifferentPlatformsApart() {
        Interner d = new Interner();
        int tg = d.intern(0, "42");
        int vk = d.intern(1, "42");
        assertThat(tg).isNotEqualTo(vk);
        assertThat(d.scope(vk)).isEqualTo(1);
        assertThat(d.find(1, "42")).isEqualTo(vk);
        assertThat(d.find(2, "42")).isEqualTo(-1);
    }

    @Test
    void manyRandomEntriesSurviveGrowthAndRoundTripIncludingNonAscii() {
        Random r = new Random(7);
        Interner d = new Interner();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String s = Integer.toString(r.nextInt(150_000), 36) + (i % 3 == 0 ? "ҷ" : "");
            int before = d.size();
            int id = d.intern(s);
            if (d.size() > before) {
                texts.add(s);
                assertThat(id).isEqualTo(texts.size() - 1);
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            assertThat(d.get(i)).isEqualTo(texts.get(i));
            assertThat(d.find(texts.get(i))).isEqualTo(i);
        }
    }

    @Test
    void entriesThatDoNotFitTheRestOfAChunkStartANewOne() {
        Interner d = new Interner();
        String big = "x".repeat(Interner.MAX_ENTRY_BYTES - 10);
        d.intern("first");
        int id = d.intern(big);
        int after = d.intern("0123456789abcdef");
        assertThat(d.get(id)).hasSize(Interner.MAX_ENTRY_BYTES - 10);
        assertThat(d.get(after)).isEqualTo("0123456789abcdef");
        assertThat(d.get(0)).isEqualTo("first");
    }

    @Test
    void touchingSlotsChangesNothingAndAPrecomputedHashInternsTheSameEntry() {
        Interner d = new Interner();
        byte[] alice = "alice".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int h = Interner.hash(3, alice, 0, alice.length);
        d.touchSlot(h);
        d.touchEntry(h);
        assertThat(d.size()).isZero();
        int id = d.intern(3, alice, 0, alice.length, h);
        d.touchEntry(h);
        assertThat(d.intern(3, "alice")).isEqualTo(id);
        assertThat(d.find(3, "alice")).isEqualTo(id);
        assertThat(d.size()).isEqualTo(1);
    }
}
