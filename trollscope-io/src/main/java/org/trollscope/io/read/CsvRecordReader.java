package org.trollscope.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A byte-level RFC 4180 CSV record reader: it scans UTF-8 bytes in a large buffer and hands out
 * each field as a byte range, so that callers can intern ids without creating a {@code String} per
 * field. Quoted fields may hold commas, doubled quotes and line breaks; {@code \n}, {@code \r\n}
 * and a lone {@code \r} end a record; a UTF-8 byte-order mark is skipped; blank lines are skipped.
 *
 * <p>Line numbers are physical lines (1-based): a record that starts on line 7 and holds a quoted
 * line break is followed by a record on line 9. Invalid UTF-8 and text after a closing quote do not
 * stop the reader: the record is still delimited and {@link #problem()} names the fault, so that a
 * caller can skip the row. A quote left open at the end of the input is fatal.
 *
 * <p>Cost: one pass over the bytes, plus one copy of each record that straddles the buffer end.
 * Fields holding doubled quotes are unescaped into a scratch array. Not thread-safe.
 */
final class CsvRecordReader implements Fields {
    private static final int MAX_RECORD = 1 << 28;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long linesBefore;

    private int count;
    private byte[][] arrays = new byte[16][];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] scratch = new byte[256];
    private int scratchUsed;
    private int recordStart;
    private int recordEnd;
    private long recordLine;
    private String problem;
    private int badByte = -1;
    private int badByteLine;
    private final Path file;

    CsvRecordReader(InputStream in, Path file) {
        this(in, file, 1 << 20);
    }

    CsvRecordReader(InputStream in, Path file, int bufferSize) {
        this.in = in;
        this.file = file;
        this.buf = new byte[Math.max(16, bufferSize)];
    }

    /** Reads the next record; {@code false} at the end of the input. */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            fill();
            if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
                pos += 3;
            }
        }
        while (true) {
            if (pos >= limit) {
                if (eof) {
                    return false;
                }
                fill();
                continue;
            }
            byte b = buf[pos];
            if (b == '\n') { // blank line
                pos++;
                linesBefore++;
                continue;
            }
            if (b == '\r') {
                if (pos + 1 >= limit && !eof) {
                    fill();
                    continue;
                }
                pos += pos + 1 < limit && buf[pos + 1] == '\n' ? 2 : 1;
                linesBefore++;
                continue;
            }
            int r = parseRecord();
            if (r > 0) {
                return true;
            }
            fill(); // the record straddles the buffer end: read more and parse it again
        }
    }

    /** The line the current record starts on. */
    long line() {
        return recordLine;
    }

    /** Why the current record is malformed, or {@code null}. */
    String problem() {
        return problem;
    }

    /** The current record as it stood in the file (without its line end), for the rejects file. */
    String raw() {
        return new String(buf, recordStart, recordEnd - recordStart, StandardCharsets.UTF_8);
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public byte[] array(int field) {
        return arrays[field];
    }

    @Override
    public int start(int field) {
        return starts[field];
    }

    @Override
    public int end(int field) {
        return ends[field];
    }

    /** Moves the unread bytes to the front and reads more, growing the buffer if it is full. */
    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD) {
                throw new InputException(file, linesBefore + 1, "a record longer than " + MAX_RECORD
                        + " bytes starts here (an unclosed quote?)");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** Parses the record at {@code pos}: 1 when complete, 0 when more input is needed. */
    private int parseRecord() throws IOException {
        final byte[] buf = this.buf;
        final int limit = this.limit;
        int p = pos;
        int lines = 0;
        count = 0;
        scratchUsed = 0;
        problem = null;
        badByte = -1;
        while (true) {
            int s;
            int e;
            boolean escaped = false;
            if (p < limit && buf[p] == '"') {
                int quoteLine = lines;
                p++;
                s = p;
                while (true) {
                    if (p >= limit) {
                        if (eof) {
                            throw new InputException(file, linesBefore + 1 + quoteLine,
                                    "a quoted field opened here is not closed before the end of the file");
                        }
                        return 0;
                    }
                    byte b = buf[p];
                    if (b == '"') {
                        if (p + 1 >= limit && !eof) {
                            return 0;
                        }
                        if (p + 1 < limit && buf[p + 1] == '"') {
                            escaped = true;
                            p += 2;
                            continue;
                        }
                        e = p;
                        p++;
                        break;
                    }
                    if (b == '\n') {
                        lines++;
                    } else if (b < 0) {
                        int n = utf8Length(buf, p, limit);
                        if (n == 0) {
                            return 0;
                        }
                        if (n < 0) {
                            noteBadUtf8(buf[p], lines);
                            n = 1;
                        }
                        p += n;
                        continue;
                    }
                    p++;
                }
                if (p < limit && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
                    if (problem == null) {
                        problem = "unexpected text after a closing quote in field " + (count + 1);
                    }
                    while (p < limit && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
                        p++;
                    }
                    if (p >= limit && !eof) {
                        return 0;
                    }
                }
            } else {
                s = p;
                while (true) {
                    if (p >= limit) {
                        if (!eof) {
                            return 0;
                        }
                        break;
                    }
                    byte b = buf[p];
                    if (b == ',' || b == '\n' || b == '\r') {
                        break;
                    }
                    if (b < 0) {
                        int n = utf8Length(buf, p, limit);
                        if (n == 0) {
                            return 0;
                        }
                        if (n < 0) {
                            noteBadUtf8(b, lines);
                            n = 1;
                        }
                        p += n;
                        continue;
                    }
                    p++;
                }
                e = p;
            }
            addField(buf, s, e, escaped);
            if (p >= limit) { // end of input ends the record
                recordEnd = p;
                break;
            }
            byte b = buf[p];
            if (b == ',') {
                p++;
                continue;
            }
            recordEnd = p;
            if (b == '\r') {
                if (p + 1 >= limit && !eof) {
                    return 0;
                }
                p += p + 1 < limit && buf[p + 1] == '\n' ? 2 : 1;
            } else {
                p++;
            }
            lines++;
            break;
        }
        recordStart = pos;
        recordLine = linesBefore + 1;
        linesBefore += lines;
        pos = p;
        if (badByte >= 0 && problem == null) {
            problem = "byte 0x" + String.format("%02X", badByte) + " on line " + (recordLine + badByteLine)
                    + " is not valid UTF-8 (convert the file to UTF-8)";
        }
        return 1;
    }

    private void noteBadUtf8(byte b, int relativeLine) {
        if (badByte < 0) {
            badByte = b & 0xFF;
            badByteLine = relativeLine;
        }
    }

    private void addField(byte[] buf, int s, int e, boolean escaped) {
        if (count == starts.length) {
            int n = count * 2;
            arrays = Arrays.copyOf(arrays, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        if (escaped) {
            if (scratch.length < scratchUsed + (e - s)) {
                scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchUsed + (e - s)));
            }
            int w = scratchUsed;
            for (int i = s; i < e; i++) {
                scratch[w++] = buf[i];
                if (buf[i] == '"') {
                    i++; // skip the second quote of a doubled pair
                }
            }
            arrays[count] = scratch;
            starts[count] = scratchUsed;
            ends[count] = w;
            scratchUsed = w;
        } else {
            arrays[count] = buf;
            starts[count] = s;
            ends[count] = e;
        }
        count++;
    }

    /**
     * The length of the UTF-8 sequence starting with a non-ASCII byte at {@code p}: 2-4, 0 when the
     * buffer ends inside it (and more input may follow), -1 when it is not valid UTF-8.
     */
    private int utf8Length(byte[] buf, int p, int limit) {
        int lead = buf[p] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            if (lead == 0xE0) {
                lo = 0xA0;
            } else if (lead == 0xED) {
                hi = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            if (lead == 0xF0) {
                lo = 0x90;
            } else if (lead == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k < n; k++) {
            if (p + k >= limit) {
                return eof ? -1 : 0;
            }
            int c = buf[p + k] & 0xFF;
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) {
                return -1;
            }
        }
        return n;
    }
}
