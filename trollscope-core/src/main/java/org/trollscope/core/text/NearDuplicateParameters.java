package org.trollscope.core.text;

/**
 * Parameters of {@link NearDuplicateFinder}.
 *
 * @param threshold     Jaccard similarity of the shingle sets at or above which two messages are
 *                      near-duplicates, in (0, 1]
 * @param shingleChars  characters per shingle for ordinary messages
 * @param shingleWords  words per shingle for long messages
 * @param longTextChars normalised length above which word shingles replace character shingles
 * @param minLength     normalised length (characters) below which a message is not compared: short
 *                      replies ("согласен!", "+1") repeat by chance, not by script
 * @param bands         LSH bands
 * @param rows          MinHash values per band; the signature has {@code bands × rows} values
 * @param seed          seeds the shingle hash and MinHash; same seed, same result
 */
public record NearDuplicateParameters(double threshold, int shingleChars, int shingleWords, int longTextChars,
                                      int minLength, int bands, int rows, long seed) {
    /** Defaults; threshold and banding chosen from the precision/recall curve in the README. */
    public static final NearDuplicateParameters DEFAULT = new NearDuplicateParameters(0.4, 7, 3, 1000, 30, 40, 5, 0x7e57L);

    public NearDuplicateParameters {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (shingleChars < 2 || shingleChars > 16) {
            throw new IllegalArgumentException("shingleChars must be in 2..16, was " + shingleChars);
        }
        if (shingleWords < 1 || shingleWords > 8) {
            throw new IllegalArgumentException("shingleWords must be in 1..8, was " + shingleWords);
        }
        if (minLength < shingleChars) {
            throw new IllegalArgumentException("minLength must be at least shingleChars (" + shingleChars + "), was " + minLength);
        }
        if (longTextChars < minLength) {
            throw new IllegalArgumentException("longTextChars must be at least minLength (" + minLength + "), was " + longTextChars);
        }
        if (bands < 1 || rows < 1 || bands * rows > 1024) {
            throw new IllegalArgumentException("bands and rows must be positive with bands × rows ≤ 1024, were " + bands + " × " + rows);
        }
    }

    public NearDuplicateParameters withThreshold(double value) {
        return new NearDuplicateParameters(value, shingleChars, shingleWords, longTextChars, minLength, bands, rows, seed);
    }

    public NearDuplicateParameters withBanding(int newBands, int newRows) {
        return new NearDuplicateParameters(threshold, shingleChars, shingleWords, longTextChars, minLength, newBands, newRows, seed);
    }

    /** The number of MinHash values per message. */
    public int signatureSize() {
        return bands * rows;
    }

    /** Probability that two messages of Jaccard similarity {@code j} share at least one band: 1 − (1 − j^r)^b. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }
}
