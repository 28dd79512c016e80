package org.trollscope.io.report;

/** What a timeline marker stands for. */
public enum MarkerKind {
    /** An instruction moment found in the data (the start of a coordinated burst). */
    CUE,
    /** An outside event given by the analyst (an election, a news story). */
    EVENT
}
