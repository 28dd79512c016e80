package org.trollscope.io.read;

import org.trollscope.core.model.ActivityLog;

/** The log read from the inputs, and what reading them found. */
public record ReadResult(ActivityLog log, ReadReport report) {
}
