package org.trollscope.core.operation;

/**
 * One signal behind an account's score ({@link AccountSignals}), with its weight. Each signal is
 * measured as a component in [0, 1]; the score is the weighted sum, in [0, 1]. The weights add up
 * to 1 and none exceeds a quarter, so no single signal, however strong, lifts an account above
 * 0.25: organic accounts that work office hours (teachers, officials, newsrooms), register a few
 * accounts at once or pick a name-and-number handle are common, and each of these signals alone
 * says little. The score explains and ranks; it never decides which accounts are coordinated (the
 * significance tests do).
 */
public enum AccountSignal {
    /** Coordinated (a kept link in the account network) 0.5, in an operator 0.25, in a team 0.25. */
    NETWORK("signal_network", 0.25),
    /** Share of the account's actions made on cue bursts (actions on a cue's target during its episode). */
    CUES("signal_cues", 0.20),
    /** How far the account's share of actions in weekday office hours lies from the organic baseline towards all of them. */
    OFFICE_HOURS("signal_office_hours", 0.15),
    /** Accounts created within the batch window of it, beyond the registrations expected at that time. */
    CREATION_BATCH("signal_creation_batch", 0.15),
    /** A handle of the default-looking shape: a name followed by two or more digits. */
    DEFAULT_HANDLE("signal_default_handle", 0.10),
    /** How much of its usual rate the account kept during blocking windows, against the organic accounts. */
    BLOCKING_WINDOWS("signal_blocking_windows", 0.15);

    private final String column;
    private final double weight;

    AccountSignal(String column, double weight) {
        this.column = column;
        this.weight = weight;
    }

    /** The column of accounts.csv holding the component. */
    public String column() {
        return column;
    }

    /** The component's weight in the score. */
    public double weight() {
        return weight;
    }

    /** The lower-case name used in run.json, e.g. {@code office_hours}. */
    public String wireName() {
        return column.substring("signal_".length());
    }
}
