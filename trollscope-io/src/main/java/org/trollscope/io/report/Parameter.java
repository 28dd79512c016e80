package org.trollscope.io.report;

import java.util.Objects;

/** A method parameter as shown in the report, e.g. {@code window = PT1M}. */
public record Parameter(String name, String value) {
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
