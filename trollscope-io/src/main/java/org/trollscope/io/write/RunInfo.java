package org.trollscope.io.write;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What run.json records beyond the analysis result: tool version, git commit (or {@code null} when
 * unknown), the inputs, actions dropped as repeated ids, and the timings of stages outside the
 * analysis (reading, writing).
 */
public record RunInfo(String version, String gitCommit, List<InputInfo> inputs, long duplicateActionIds,
                      Map<String, Duration> timings) {
    public RunInfo {
        Objects.requireNonNull(version, "version");
        inputs = List.copyOf(inputs);
        timings = new LinkedHashMap<>(timings);
    }
}
