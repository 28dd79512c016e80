package org.trollscope.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.FilterInputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;
import com.github.luben.zstd.ZstdInputStream;
import org.trollscope.core.ProgressListener;

/**
 * Reads a file on a background thread: it reads the stored bytes, feeds them to SHA-256, reports
 * progress in stored bytes, decompresses gzip or zstd (recognised by their magic bytes), and
 * queues 1 MiB blocks that this stream hands to the parsing thread. On two cores the disk, the
 * digest and the decompression overlap with parsing instead of adding to it.
 *
 * <p>{@link #sha256()} is available once the stream has been read to its end.
 */
final class ReadAheadInputStream extends InputStream {
    private static final int BLOCK = 1 << 20;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private final MessageDigest digest;
    private volatile Throwable failure;
    private volatile boolean closed;
    private byte[] block;
    private int blockLength;
    private int blockPos;
    private boolean ended;
    private String sha256;

    ReadAheadInputStream(Path file, Compression compression, ProgressListener progress) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        thread = new Thread(() -> produce(file, compression, progress), "trollscope-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** How the stored bytes are compressed. */
    enum Compression {
        NONE, GZIP, ZSTD;

        static Compression of(byte[] head, int n) {
            if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                return GZIP;
            }
            if (n >= 4 && (head[0] & 0xFF) == 0x28 && (head[1] & 0xFF) == 0xB5 && (head[2] & 0xFF) == 0x2F
                    && (head[3] & 0xFF) == 0xFD) {
                return ZSTD;
            }
            return NONE;
        }
    }

    private void produce(Path file, Compression compression, ProgressListener progress) {
        try (InputStream raw = new DigestingStream(Files.newInputStream(file), digest, progress);
             InputStream in = decompress(raw, compression)) {
            while (!closed) {
                byte[] b = new byte[BLOCK];
                int n = in.readNBytes(b, 0, BLOCK);
                if (n <= 0) {
                    break;
                }
                queue.put(n == BLOCK ? b : Arrays.copyOf(b, n));
            }
            if (!closed) {
                raw.transferTo(OutputStream.nullOutputStream()); // hash any bytes the decompressor left unread
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static InputStream decompress(InputStream raw, Compression c) throws IOException {
        switch (c) {
            case GZIP:
                return new GZIPInputStream(raw, 1 << 16);
            case ZSTD:
                return new ZstdInputStream(raw);
            default:
                return raw;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (block == null || blockPos == blockLength) {
            if (ended) {
                return -1;
            }
            if (closed) {
                throw new IOException("read after close"); // the producer has stopped: waiting would never end
            }
            try {
                block = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
            if (block == END) {
                ended = true;
                rethrow();
                sha256 = HexFormat.of().formatHex(digest.digest());
                return -1;
            }
            blockLength = block.length;
            blockPos = 0;
        }
        int n = Math.min(len, blockLength - blockPos);
        System.arraycopy(block, blockPos, b, off, n);
        blockPos += n;
        return n;
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof UncheckedIOException) {
            throw ((UncheckedIOException) t).getCause();
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        throw new IOException(t);
    }

    /** Reads whatever is left (so that every byte is hashed) and returns the SHA-256 of the stored bytes. */
    String sha256OrDrain() throws IOException {
        if (sha256 == null) {
            byte[] sink = new byte[1 << 16];
            while (read(sink, 0, sink.length) >= 0) {
                // drain
            }
        }
        return sha256();
    }

    /** The SHA-256 of the stored bytes, once the stream has been read to its end. */
    String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the stream has not been read to its end");
        }
        return sha256;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
    }

    /** Feeds every byte read to the digest and reports the count as progress. */
    private static final class DigestingStream extends FilterInputStream {
        private final MessageDigest digest;
        private final ProgressListener progress;

        DigestingStream(InputStream in, MessageDigest digest, ProgressListener progress) {
            super(in);
            this.digest = digest;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                digest.update((byte) c);
                progress.advance(1);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                progress.advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // every byte must pass through the digest, so skipping reads
            byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            int r = scratch.length == 0 ? 0 : read(scratch, 0, scratch.length);
            return Math.max(r, 0);
        }
    }
}
