package org.trollscope.io.report;

import java.util.List;
import java.util.Objects;

/**
 * How the result was made: tool version, parameters, seed, the null model in words, and the
 * limitations a reader must keep in mind. Input names and hashes are in {@link Summary#inputs()}.
 */
public record Provenance(String version, List<Parameter> parameters, Long seed, String nullModel,
                         List<String> limitations) {

    /** The limitations every case file states. */
    public static final List<String> STANDARD_LIMITATIONS = List.of(
            "Coordination is not proof of inauthenticity: activists, fans, newsrooms and campaign volunteers"
                    + " coordinate too. A link says two accounts acted together more often than chance would"
                    + " explain, not who runs them or why.",
            "Links are statistical: at the stated false discovery rate some links shown are expected to be false.",
            "The analysis sees only the data given to it: accounts or actions missing from the export"
                    + " (deleted, suspended, private, not collected) are invisible to it.",
            "Check the evidence behind every claim (the example pairs and the original posts) before publishing.");

    public Provenance {
        Objects.requireNonNull(version, "version");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(nullModel, "nullModel");
        limitations = List.copyOf(limitations);
    }
}
