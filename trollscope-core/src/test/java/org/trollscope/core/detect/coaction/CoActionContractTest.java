package org.trollscope.core.detect.coaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.Action;
import org.trollscope.core.model.ActivityLog;
import org.trollscope.core.model.ActivityLogBuilder;

/** The detector contract: empty input gives no evidence, input order does not matter, the kernel serialises. */
class CoActionContractTest {
    @Test
    void anEmptyLogGivesNoEvidence() {
        CoActionResult r = new CoActionDetector(CoActionParameters.defaults()).detect(new ActivityLogBuilder().build(),
                ProgressListener.NONE);
        assertThat(r.combined().size()).isZero();
        assertThat(r.crowds()).isEmpty();
        assertThat(r.coActions()).isZero();
    }

    @Test
    void theOrderOfInputRowsDoesNotChangeTheEvidence() {
        List<Action> actions = CoActionRandomisedTest.randomActions(3, 800);
        List<Action> shuffled = new ArrayList<>(actions);
        Collections.shuffle(shuffled, new Random(9));
        CoActionDetector d = new CoActionDetector(CoActionRandomisedTest.params(2));
        CoActionResult x = d.detect(build(actions), ProgressListener.NONE);
        CoActionResult y = d.detect(build(shuffled), ProgressListener.NONE);
        for (CoActionMethod m : x.methods().keySet()) {
            assertThat(y.methods().get(m).pairs()).isEqualTo(x.methods().get(m).pairs());
        }
    }

    @Test
    void theKernelSurvivesSerialisationAndGivesTheSameSummaries() throws IOException, ClassNotFoundException {
        WindowSweep kernel = new WindowSweep(60_000, 1000, 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kernel);
        }
        WindowSweep copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WindowSweep) in.readObject();
        }
        int[] account = {0, 1, 2, 1};
        long[] time = {0, 10_000, 50_000, 65_000};
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        kernel.sweep(account, time, 0, 4, (p, c, g, f, l, af, bf, e, la) -> a.add(p + ":" + c + ":" + g));
        copy.sweep(account, time, 0, 4, (p, c, g, f, l, af, bf, e, la) -> b.add(p + ":" + c + ":" + g));
        // 0-1 at 10 s; 0-2 at 50 s; 1-2 twice (40 s and 15 s), grouped: 2 co-actions, min gap 15 s
        assertThat(a).containsExactly(PairKey.of(0, 1) + ":1:10000", PairKey.of(0, 2) + ":1:50000",
                PairKey.of(1, 2) + ":2:15000");
        assertThat(b).isEqualTo(a);
    }

    static ActivityLog build(List<Action> actions) {
        return CoActionRandomisedTest.log(actions, CoActionRandomisedTest.accounts());
    }
}
