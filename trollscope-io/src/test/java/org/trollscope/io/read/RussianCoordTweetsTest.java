package org.trollscope.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;

/**
 * Acceptance: CooRTweet's example data (russian_coord_tweets, MIT licence) loads with the figures
 * CooRTweet itself reports: 35,125 rows, 9,509 accounts, 7,285 distinct objects; its 40 repeated
 * content ids are kept (35,085 distinct).
 */
class RussianCoordTweetsTest {
    @Test
    void readingRussianCoordTweetsGivesCooRTweetsRowAccountAndTargetCounts() throws Exception {
        ReadResult r = ActivityReader.read(List.of(resource()), null, ReadOptions.defaults(), ProgressListener.NONE);
        ActivityLog log = r.log();
        assertThat(log.size()).isEqualTo(35_125);
        assertThat(log.accountCount()).isEqualTo(9_509);
        assertThat(log.targets().size()).isEqualTo(7_285);
        assertThat(log.actionIds().size()).isEqualTo(35_085);
        FileReport f = r.report().inputs().get(0);
        assertThat(f.format()).isEqualTo(InputFormat.COORTWEET);
        assertThat(f.rowsRead()).isEqualTo(35_125);
        assertThat(f.rowsRejected()).isZero();
        assertThat(f.repeatedIdsKept()).isEqualTo(40);
        // first data row: 85d2d122...,0fb4232d...,114e22f1...,1623881091
        assertThat(log.targets().get(log.target(0))).isEqualTo("85d2d12251a735ce05255061f7f231e2");
        assertThat(log.time(0)).isEqualTo(1_623_881_091_000L);
        assertThat(log.type(35_124)).isEqualTo(ActionType.SHARE);
    }

    static Path resource() throws URISyntaxException {
        return Path.of(RussianCoordTweetsTest.class.getResource("russian_coord_tweets.csv").toURI());
    }
}
