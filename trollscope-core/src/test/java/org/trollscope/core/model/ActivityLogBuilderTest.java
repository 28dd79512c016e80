package org.trollscope.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityLogBuilderTest {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void rowsKeepEveryFieldAndTheirInputOrder() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        b.add(new Action("a1", "twitter", "alice", ActionType.SHARE, "p1", "bob", "RT hello #vote",
                List.of("https://x.org/a"), List.of("vote"), List.of("m1"), T));
        b.add(Action.of("twitter", "bob", ActionType.POST, null, T.plusMillis(1500)));
        ActivityLog log = b.build();

        assertThat(log.size()).isEqualTo(2);
        assertThat(log.accountIdText(log.account(0))).isEqualTo("alice");
        assertThat(log.type(0)).isEqualTo(ActionType.SHARE);
        assertThat(log.targets().get(log.target(0))).isEqualTo("p1");
        assertThat(log.targetAccount(0)).isEqualTo(log.account(1)); // bob is both a target and an actor
        assertThat(log.actionIdText(0)).isEqualTo("a1");
        assertThat(log.text(0)).isEqualTo("RT hello #vote");
        assertThat(log.urlDictionary().get(log.urls(0)[0])).isEqualTo("https://x.org/a");
        assertThat(log.hashtagDictionary().get(log.hashtags(0)[0])).isEqualTo("vote");
        assertThat(log.mediaDictionary().get(log.media(0)[0])).isEqualTo("m1");
        assertThat(log.time(1) - log.time(0)).isEqualTo(1500);
        assertThat(log.target(1)).isEqualTo(ActivityLog.NONE);
        assertThat(log.actionIdText(1)).isNull();
        assertThat(log.text(1)).isNull();
        assertThat(log.urls(1)).isEmpty();
        assertThat(log.accountCount()).isEqualTo(2);
    }

    @Test
    void aRepeatedActionIdIsKeptOnceAndCounted() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        assertThat(b.add(new Action("x", "", "alice", ActionType.LIKE, "p", null, null, null, null, null, T))).isTrue();
        assertThat(b.add(new Action("x", "", "bob", ActionType.LIKE, "p", null, null, null, null, null, T))).isFalse();
        assertThat(b.duplicateActionIds()).isEqualTo(1);
        assertThat(b.build().size()).isEqualTo(1);
    }

    @Test
    void aRepeatedActionIdIsKeptAndCountedWhenTheFormatAllowsRepeats() {
        ActivityLogBuilder b = new ActivityLogBuilder().keepRepeatedActionIds(true);
        b.add(new Action("x", "", "alice", ActionType.SHARE, "p", null, null, null, null, null, T));
        assertThat(b.add(new Action("x", "", "alice", ActionType.SHARE, "q", null, null, null, null, null, T))).isTrue();
        assertThat(b.duplicateActionIds()).isZero();
        assertThat(b.repeatedActionIdsKept()).isEqualTo(1);
        ActivityLog log = b.build();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.actionId(0)).isEqualTo(log.actionId(1));
    }

    @Test
    void theSameAccountIdOnTwoPlatformsIsTwoAccounts() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        b.add(Action.of("telegram", "42", ActionType.POST, null, T));
        b.add(Action.of("vk", "42", ActionType.POST, null, T));
        ActivityLog log = b.build();
        assertThat(log.account(0)).isNotEqualTo(log.account(1));
        assertThat(log.accountPlatform(log.account(1))).isEqualTo("vk");
    }

    @Test
    void theSameActionIdOnTwoPlatformsIsTwoActionsWhileARepeatWithinOnePlatformIsStillDropped() {
        // tweet 42 and Telegram message 42 are different actions; the second twitter 42 repeats the first
        ActivityLogBuilder b = new ActivityLogBuilder();
        assertThat(b.add(new Action("42", "twitter", "alice", ActionType.SHARE, "7", null, null, null, null, null, T)))
                .isTrue();
        assertThat(b.add(new Action("42", "telegram", "alice", ActionType.SHARE, "7", null, null, null, null, null, T)))
                .isTrue();
        assertThat(b.add(new Action("42", "twitter", "bob", ActionType.SHARE, "7", null, null, null, null, null, T)))
                .isFalse();
        assertThat(b.duplicateActionIds()).isEqualTo(1);
        ActivityLog log = b.build();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.actionId(0)).isNotEqualTo(log.actionId(1));
        assertThat(log.actionIdText(1)).isEqualTo("42");
        assertThat(log.actionIds().scope(log.actionId(1))).isEqualTo(log.platform(1));
        // target 7 on twitter and target 7 on telegram are different objects as well
        assertThat(log.target(0)).isNotEqualTo(log.target(1));
        assertThat(log.targets().get(log.target(1))).isEqualTo("7");
    }

    @Test
    void theFastRowApiScopesActionIdsByTheRowsPlatform() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        int tw = b.platform("twitter");
        int vk = b.platform("vk");
        byte[] id = "9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int before = b.actionIdCount();
        int a = b.internActionId(tw, id, 0, 1, Interner.hash(tw, id, 0, 1));
        int c = b.internActionId(vk, id, 0, 1, Interner.hash(vk, id, 0, 1));
        assertThat(b.actionIdCount()).isEqualTo(before + 2);
        assertThat(a).isNotEqualTo(c);
        assertThat(b.internActionId(tw, id, 0, 1, Interner.hash(tw, id, 0, 1))).isEqualTo(a);
        assertThat(b.begin(vk, b.account(vk, "u"), ActionType.POST, 0).actionId("10").commit()).isTrue();
        assertThat(b.begin(tw, b.account(tw, "u"), ActionType.POST, 0).actionId("10").commit()).isTrue();
        assertThat(b.begin(vk, b.account(vk, "u"), ActionType.POST, 0).actionId("10").commit()).isFalse();
    }

    @Test
    void growsPastItsInitialCapacityAndCannotBeBuiltTwice() {
        ActivityLogBuilder b = new ActivityLogBuilder();
        for (int i = 0; i < 5000; i++) {
            b.add(Action.of("", "u" + (i % 7), ActionType.LIKE, "p" + (i % 11), T.plusSeconds(i)));
        }
        ActivityLog log = b.build();
        assertThat(log.size()).isEqualTo(5000);
        assertThat(log.targets().get(log.target(4999))).isEqualTo("p" + (4999 % 11));
        assertThat(log.heapBytes()).isPositive();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownActionTypesAreRejectedWithTheAllowedList() {
        assertThatThrownBy(() -> ActionType.parse("poke"))
                .hasMessageContaining("poke").hasMessageContaining("post, share, quote, reply, like, follow");
        assertThat(ActionType.parse("Retweet")).isEqualTo(ActionType.SHARE);
    }
}
