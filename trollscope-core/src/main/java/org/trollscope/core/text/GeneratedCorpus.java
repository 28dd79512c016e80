package org.trollscope.core.text;

import java.util.Random;

/**
 * A generated stream of messages with planted near-duplicate groups, for benchmarks and
 * precision/recall measurement. Messages are laid out in blocks of {@code blockSize}: the first
 * {@code groupsPerBlock × groupSize} messages of a block form groups (member 0 is a message, the
 * others are {@link TextVariantGenerator#variant variants} of it), the rest are unrelated messages.
 *
 * <p>Nothing is stored: message i is regenerated from {@code (seed, i)} on every call, so a corpus of
 * ten million messages costs no memory and reads the same from any thread, any number of times.
 */
public final class GeneratedCorpus implements TextSource {
    private final TextVariantGenerator generator;
    private final long seed;
    private final int size;
    private final int blockSize;
    private final int groupsPerBlock;
    private final int groupSize;

    public GeneratedCorpus(TextVariantGenerator generator, long seed, int size, int blockSize, int groupsPerBlock, int groupSize) {
        if (size < 0 || blockSize < 1 || groupsPerBlock < 0 || groupSize < 2 || groupsPerBlock * groupSize > blockSize) {
            throw new IllegalArgumentException("need size ≥ 0, groupSize ≥ 2 and groupsPerBlock × groupSize ≤ blockSize; were "
                    + size + ", " + groupSize + ", " + groupsPerBlock + " × " + groupSize + " vs " + blockSize);
        }
        this.generator = generator;
        this.seed = seed;
        this.size = size;
        this.blockSize = blockSize;
        this.groupsPerBlock = groupsPerBlock;
        this.groupSize = groupSize;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String text(int index) {
        int group = group(index);
        if (group < 0) {
            return generator.message(random(index, 1)).text();
        }
        TextVariantGenerator.Message base = generator.message(random(group, 2));
        return index % blockSize % groupSize == 0 ? base.text() : generator.variant(base, random(index, 3));
    }

    private Random random(long index, int stream) {
        return new Random(Shingles.mix(seed * 31 + stream) ^ Shingles.mix(index + 0x5bd1e995L * stream));
    }

    /** The planted group of a message, or -1 for an unrelated one. */
    public int group(int index) {
        int offset = index % blockSize;
        if (offset >= groupsPerBlock * groupSize) {
            return -1;
        }
        return (index / blockSize) * groupsPerBlock + offset / groupSize;
    }

    /** Whether two messages were planted as near-duplicates of each other. */
    public boolean planted(int a, int b) {
        int g = group(a);
        return g >= 0 && g == group(b);
    }

    /** The number of planted pairs. */
    public long plantedPairs() {
        long pairs = 0;
        for (int start = 0; start < size; start += blockSize) {
            int planted = Math.min(size - start, groupsPerBlock * groupSize);
            int full = planted / groupSize;
            int rest = planted % groupSize;
            pairs += (long) full * groupSize * (groupSize - 1) / 2 + (long) rest * (rest - 1) / 2;
        }
        return pairs;
    }
}
