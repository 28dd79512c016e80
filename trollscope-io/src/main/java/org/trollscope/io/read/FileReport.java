package org.trollscope.io.read;

import java.nio.file.Path;

/**
 * What reading one input file found.
 *
 * @param sha256 lower-case hex digest of the file's bytes as stored (compressed files: of the
 *               compressed bytes)
 * @param rowsRead data rows seen (header excluded)
 * @param rowsAccepted rows stored in the log
 * @param rowsRejected malformed rows written to the rejects file
 * @param duplicateActionIds rows dropped because their action id repeated an earlier row's
 * @param repeatedIdsKept rows kept although their id repeated (formats whose ids are not unique,
 *                        e.g. CooRTweet's content_id)
 */
public record FileReport(Path path, String sha256, InputFormat format, long rowsRead, long rowsAccepted,
                         long rowsRejected, long duplicateActionIds, long repeatedIdsKept) {
}
