package org.trollscope.io.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Reads one platform's export format into actions and account profiles.
 *
 * <p>An importer recognises its format from the file name and the first bytes ({@link #sniff}),
 * so a format detector can ask every importer of {@link PlatformImporters#all()} in turn. Reading
 * streams the input: memory stays bounded by the largest single record (a JSON line, an API
 * response page, a Telegram message), never by the file. Records that cannot be read go to the
 * {@link ImportReport} (which fails or skips them according to its {@link ErrorPolicy}); fields that
 * are present but have no place in the model are counted there too. The caller closes streams.
 */
public interface PlatformImporter {
    /** How many leading bytes {@link #sniff} needs to decide. */
    int HEAD_BYTES = 8192;

    /** A stable id for {@code --format}, e.g. {@code telegram-json}. */
    String id();

    /** One line for listings, e.g. "Telegram Desktop export (result.json)". */
    String description();

    /**
     * Whether the file looks like this format.
     *
     * @param file the file's path (only its name is looked at; may be {@code null})
     * @param head up to {@link #HEAD_BYTES} leading bytes of the (decompressed) file
     */
    boolean sniff(Path file, byte[] head);

    /**
     * Adds the actions and profiles of one input to the builder.
     *
     * @param source the name used in error messages (usually the file path)
     * @throws PlatformImportException for an unreadable record under {@link ErrorPolicy#FAIL}
     */
    void read(InputStream in, String source, ActivityLogBuilder builder, ImportReport report) throws IOException;

    /** Reads a file (UTF-8). */
    default void read(Path file, ActivityLogBuilder builder, ImportReport report) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            read(in, file.toString(), builder, report);
        }
    }
}
