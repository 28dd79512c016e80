package org.trollscope.core.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The documented scenarios. Sizes are for seed 1 and vary a little with the seed.
 * <ul>
 *   <li>{@code default}: 10,000 organic accounts, 30 days, 3 teams × 4 operators × 6–14 accounts,
 *       60 cues, participation 0.8 (about 0.55 M actions, 90–130 factory accounts);</li>
 *   <li>{@code hard}: the default with timing jitter ×3, participation 0.5 and 20 cues;</li>
 *   <li>{@code small-farm}: the default crowd with one team of 3 operators running 4–8 accounts,
 *       30 cues;</li>
 *   <li>{@code large-organic}: 100,000 organic accounts (about 5 M actions) around the default
 *       factory.</li>
 * </ul>
 */
public enum Scenario {
    DEFAULT("default"),
    HARD("hard"),
    SMALL_FARM("small-farm"),
    LARGE_ORGANIC("large-organic");

    private final String wireName;

    Scenario(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the command line and in scenario.json, e.g. {@code small-farm}. */
    public String wireName() {
        return wireName;
    }

    public ScenarioParameters parameters() {
        ScenarioParameters d = ScenarioParameters.defaults();
        switch (this) {
            case HARD:
                return d.toBuilder().timingJitter(3.0).participation(0.5).cues(20).build();
            case SMALL_FARM:
                return d.toBuilder().teams(1).operatorsPerTeam(3).minAccountsPerOperator(4)
                        .maxAccountsPerOperator(8).cues(30).build();
            case LARGE_ORGANIC:
                return d.toBuilder().organicAccounts(100_000).build();
            default:
                return d;
        }
    }

    /** Parses a wire name, case-insensitively; the error lists the known scenarios. */
    public static Scenario parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Scenario s : values()) {
            if (s.wireName.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "' (known: "
                + Arrays.stream(values()).map(Scenario::wireName).collect(Collectors.joining(", ")) + ")");
    }
}
