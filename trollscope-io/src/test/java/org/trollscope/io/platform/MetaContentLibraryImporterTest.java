package org.trollscope.io.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;

class MetaContentLibraryImporterTest {
    private final MetaContentLibraryImporter importer = new MetaContentLibraryImporter();

    @Test
    void facebookPostsArePostsByTheirOwnerWithTheLinkAttachmentAndTextEntities() {
        Imported fb = Imported.read(importer, "meta/facebook.csv");
        // the link attachment repeats the link in the text: listed once
        assertThat(fb.action("9001")).isEqualTo(new Action("9001", "facebook", "555", ActionType.POST, null, null,
                "Big news today, read it #Elections https://news.example/a", List.of("https://news.example/a"),
                List.of("Elections"), List.of(), Instant.parse("2024-01-15T08:30:00Z")));
        assertThat(fb.log().profile(fb.account("facebook", "555")).handle()).isEqualTo("dailypage");
    }

    @Test
    void theDocumentedTimeFormsAllReadAsUtcAndARowWithoutTimeIsSkipped() {
        Imported fb = Imported.read(importer, "meta/facebook.csv");
        assertThat(fb.action("9002").time()).isEqualTo(Instant.parse("2024-01-15T08:31:00Z"));
        assertThat(fb.action("9003").time()).isEqualTo(Instant.parse("2024-01-15T08:32:00Z"));
        assertThat(fb.report().skippedRecords())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("record").containsExactly(
                new SkippedRecord("meta/facebook.csv", "line 5", "empty creation_time"));
    }

    @Test
    void shareAndReactionCountsAreReportedAsUnmapped() {
        Imported fb = Imported.read(importer, "meta/facebook.csv");
        assertThat(fb.report().unmappedFields()).containsKeys("column statistics.share_count",
                "column statistics.reaction_count").doesNotContainKey("column post_owner.id");
    }

    @Test
    void instagramDownloadsAreRecognisedByTheirOwnerColumns() {
        Imported ig = Imported.read(importer, "meta/instagram.csv");
        Action post = ig.action("ig1");
        assertThat(List.of(post.platform(), post.account())).containsExactly("instagram", "4242");
        assertThat(post.hashtags()).containsExactly("travel");
        assertThat(ig.log().profile(ig.account("instagram", "4242")).handle()).isEqualTo("wanderer");
    }
}
