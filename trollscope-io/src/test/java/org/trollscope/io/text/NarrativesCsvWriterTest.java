package org.trollscope.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActionType;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;
import org.trollscope.core.text.TalkingPoint;
import org.trollscope.io.csv.CsvWriter;

class NarrativesCsvWriterTest {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void oneRowPerTalkingPointWithCountsAndTimes() throws Exception {
        TalkingPoint p = new TalkingPoint(1, 0, "Мы против, \"экстремизма\"", new int[] {0, 1, 2}, new int[] {0, 1},
                T, T.plusSeconds(600));
        StringWriter s = new StringWriter();
        try (CsvWriter out = new CsvWriter(s)) {
            NarrativesCsvWriter.write(List.of(p), out);
        }
        assertThat(s.toString()).isEqualTo("cluster,representative_text,messages,accounts,first_time,last_time\n"
                + "1,\"Мы против, \"\"экстремизма\"\"\",3,2,2024-03-01T12:00:00Z,2024-03-01T12:10:00Z\n");
    }

    @Test
    void theMessagesFileListsEveryMemberWithItsAccount() throws Exception {
        ActivityLogBuilder b = new ActivityLogBuilder();
        b.add(new Action("m1", "telegram", "alice", ActionType.POST, null, null, "текст", List.of(), List.of(), List.of(), T));
        b.add(new Action("m2", "telegram", "bob", ActionType.POST, null, null, "текст!", List.of(), List.of(), List.of(), T.plusSeconds(5)));
        ActivityLog log = b.build();
        TalkingPoint p = new TalkingPoint(1, 0, "текст", new int[] {0, 1}, new int[] {0, 1}, T, T.plusSeconds(5));
        StringWriter s = new StringWriter();
        try (CsvWriter out = new CsvWriter(s)) {
            NarrativesCsvWriter.writeMessages(List.of(p), log, out);
        }
        assertThat(s.toString()).isEqualTo("cluster,row,action_id,platform,account,time,text\n"
                + "1,0,m1,telegram,alice,2024-03-01T12:00:00Z,текст\n"
                + "1,1,m2,telegram,bob,2024-03-01T12:00:05Z,текст!\n");
    }
}
