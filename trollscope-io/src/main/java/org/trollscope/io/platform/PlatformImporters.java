package org.trollscope.io.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The platform importers, in the order a detector should ask them (the most specific signatures
 * first), and the detection itself.
 */
public final class PlatformImporters {
    private static final List<PlatformImporter> ALL = List.of(new TelegramImporter(), new TwitterV2Importer(),
            new TwitterArchiveImporter(), new MetaContentLibraryImporter(), new YouTubeImporter(), new VkImporter(),
            new TikTokImporter());

    private PlatformImporters() {
    }

    public static List<PlatformImporter> all() {
        return ALL;
    }

    /** The importer with this {@link PlatformImporter#id()}. */
    public static Optional<PlatformImporter> byId(String id) {
        return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The first importer whose {@link PlatformImporter#sniff} accepts the head bytes. */
    public static Optional<PlatformImporter> detect(Path file, byte[] head) {
        return ALL.stream().filter(i -> i.sniff(file, head)).findFirst();
    }

    /** Reads the first {@link PlatformImporter#HEAD_BYTES} bytes of a (plain) file and detects. */
    public static Optional<PlatformImporter> detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(file, in.readNBytes(PlatformImporter.HEAD_BYTES));
        }
    }
}
