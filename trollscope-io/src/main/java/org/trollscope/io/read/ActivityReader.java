package org.trollscope.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Reads activity files into an {@link org.trollscope.core.model.ActivityLog}: trollscope actions
 * files (CSV, JSON Lines, Parquet; CSV and JSON Lines optionally gzip- or zstd-compressed),
 * CooRTweet and Coordination Network Toolkit CSVs, any CSV through a column map, the platform
 * exports of {@link org.trollscope.io.platform.PlatformImporters} (through {@link PlatformSource};
 * also compressed), and an optional accounts file. The layout of each file is detected from its
 * first bytes ({@link FormatDetection}) unless {@link ReadOptions#format()} names it, so one run may
 * mix formats and platforms; accounts, targets and action ids are scoped by platform.
 *
 * <p><b>Engines.</b> CSV, the format of large exports, is read by {@link CsvRecordReader}, a
 * byte-level parser whose fields are byte ranges of its buffer (no {@code String} per field) and
 * which knows the exact physical line of every record, as error messages and the rejects file
 * need. A background thread reads, hashes (SHA-256) and decompresses the file; a second one
 * ({@link ParsingThread}) parses and checks rows and interns their targets and action ids; the
 * calling thread interns accounts and commits the rows. {@link ActionBinder} copies checked rows
 * into batches and interns a batch's ids after touching the dictionary slots they will hit, so
 * that the cache misses of a batch overlap: with tens of millions of ids, dictionary lookups, not
 * parsing, dominate the cost. Each dictionary is filled by one thread, in input order, so ids and
 * outputs are the same as with one thread. DuckDB's CSV scan was not used for CSV: it cannot name the physical line of a bad
 * row, and its rows would still have to cross JDBC one value at a time into the log. Parquet is
 * read with embedded DuckDB (row numbers stand in for lines); JSON Lines with Jackson's streaming
 * parser, one line at a time, so that errors name their line. Figures: README, "Ingest speed"
 * ({@code trollscope bench ingest}).
 *
 * <p><b>Bad input.</b> A malformed row (wrong column count, missing required field, unknown action
 * type, bad timestamp, invalid UTF-8) raises an {@link InputException} naming file, line and
 * reason, or with {@link OnError#SKIP} goes to the rejects file and is counted. A missing required
 * column, an empty file or an unreadable layout always fail, naming the columns found. Rows that
 * repeat an earlier action id are dropped and counted, except in CooRTweet files, whose content
 * ids are not unique by design and which CooRTweet counts row by row.
 *
 * <p>Cost: one pass over each file; memory is the log itself plus a 1 MiB buffer and up to 16 MiB
 * of read-ahead. Deterministic: the same files in the same order give the same log.
 */
public final class ActivityReader {
    private final ReadOptions options;
    private final ProgressListener progress;

    public ActivityReader(ReadOptions options, ProgressListener progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Reads the inputs (in order) and the optional accounts file into one log. */
    public static ReadResult read(List<Path> inputs, Path accounts, ReadOptions options, ProgressListener progress)
            throws IOException {
        return new ActivityReader(options, progress).read(inputs, accounts);
    }

    public ReadResult read(List<Path> inputs, Path accounts) throws IOException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input files given");
        }
        ActivityLogBuilder builder = new ActivityLogBuilder();
        TimestampParser time = new TimestampParser(options.timezone());
        List<FileReport> reports = new ArrayList<>();
        FileReport accountsReport = null;
        try (RejectsWriter rejects = new RejectsWriter(options.rejectsFile())) {
            for (Path input : inputs) {
                reports.add(readFile(input, builder, time, rejects));
            }
            if (accounts != null) {
                accountsReport = new AccountsReader(options, progress).read(accounts, builder, time, rejects);
            }
            rejects.close();
            return new ReadResult(builder.build(), new ReadReport(reports, accountsReport, rejects.pathIfWritten()));
        }
    }

    private FileReport readFile(Path file, ActivityLogBuilder builder, TimestampParser time, RejectsWriter rejects)
            throws IOException {
        checkReadable(file);
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n == 0) {
            throw new InputException(file, 0, "the file is empty (no header, no rows)");
        }
        InputFormat format = options.format();
        boolean parquetMagic = n == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1';
        if (format == InputFormat.PARQUET || format == InputFormat.AUTO && parquetMagic) {
            if (!parquetMagic) {
                throw new InputException(file, 0, "not a Parquet file (it does not start with PAR1)");
            }
            return new ParquetSource(options, progress).read(file, builder, time, rejects);
        }
        ReadAheadInputStream.Compression compression = ReadAheadInputStream.Compression.of(magic, n);
        progress.start("reading " + file.getFileName(), Files.size(file));
        try (ReadAheadInputStream raw = new ReadAheadInputStream(file, compression, progress)) {
            byte[] head = raw.readNBytes(1 << 16);
            if (firstSignificantByte(head) < 0) {
                throw new InputException(file, 0, "the file is empty (no header, no rows)");
            }
            if (format == InputFormat.AUTO) {
                format = FormatDetection.detect(file, head, options);
            }
            if (format.isPlatformExport()) {
                int bom = FormatDetection.bomLength(head);
                InputStream in = new SequenceInputStream(new ByteArrayInputStream(head, bom, head.length - bom), raw);
                return new PlatformSource(options).read(file, format, in, builder, rejects, raw::sha256OrDrain);
            }
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), raw);
            if (format == InputFormat.JSONL) {
                FileIngest ingest = new FileIngest(file, builder, options.onError(), rejects);
                new JsonLinesSource(options).read(in, ingest, builder, time);
                return ingest.report(raw.sha256OrDrain(), InputFormat.JSONL);
            }
            return readCsv(file, format, in, raw, builder, time, rejects);
        } finally {
            progress.finish();
        }
    }

    private FileReport readCsv(Path file, InputFormat format, InputStream in, ReadAheadInputStream raw, ActivityLogBuilder builder,
                               TimestampParser time, RejectsWriter rejects) throws IOException {
        CsvRecordReader r = new CsvRecordReader(in, file);
        if (!r.next()) {
            throw new InputException(file, 0, "the file is empty (no header, no rows)");
        }
        List<String> first = new ArrayList<>(r.count());
        for (int i = 0; i < r.count(); i++) {
            first.add(r.string(i));
        }
        if (r.problem() != null) {
            throw new InputException(file, r.line(), r.problem());
        }
        CsvLayout layout = CsvLayout.of(file, first, format, options);
        builder.keepRepeatedActionIds(layout.format == InputFormat.COORTWEET);
        try {
            ActionBinder binder = layout.binder(builder, time);
            FileIngest ingest = new FileIngest(file, builder, options.onError(), rejects);
            new ParsingThread().run(r, !layout.hasHeader, binder, ingest);
            return ingest.report(raw.sha256OrDrain(), layout.format);
        } finally {
            builder.keepRepeatedActionIds(false);
        }
    }

    /** The first byte after a byte-order mark and white space, or -1. */
    private static int firstSignificantByte(byte[] head) {
        int i = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        return i < head.length ? head[i] & 0xFF : -1;
    }

    static void checkReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file, 0, "the file is not readable");
        }
    }
}
