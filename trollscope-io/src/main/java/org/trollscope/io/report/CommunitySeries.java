package org.trollscope.io.report;

import java.util.List;
import java.util.Objects;

/** Actions per timeline bin of one community's accounts. */
public record CommunitySeries(int community, String label, List<Long> counts) {
    public CommunitySeries {
        Objects.requireNonNull(label, "label");
        counts = List.copyOf(counts);
    }
}
