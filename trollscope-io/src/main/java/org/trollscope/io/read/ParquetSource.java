package org.trollscope.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Reads a trollscope actions file in Parquet through embedded DuckDB ({@code read_parquet}).
 * Columns are found by name (renamed by the column map); timestamp columns arrive as epoch
 * milliseconds ({@code epoch_ms}), list columns as space-separated strings, everything else as
 * text, and then go through the same checks as CSV rows. Row numbers (1-based) stand in for
 * lines in errors. DuckDB runs with 2 threads and a 2 GB memory limit; rows keep the file's order.
 */
final class ParquetSource {
    private final ReadOptions options;
    private final ProgressListener progress;

    ParquetSource(ReadOptions options, ProgressListener progress) {
        this.options = options;
        this.progress = progress;
    }

    FileReport read(Path file, ActivityLogBuilder builder, TimestampParser time, RejectsWriter rejects)
            throws IOException {
        String sha = sha256(file);
        String source = "read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')";
        Properties props = new Properties();
        props.setProperty("threads", "2");
        props.setProperty("memory_limit", "2GB");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
             Statement st = c.createStatement()) {
            st.execute("SET preserve_insertion_order = true");
            st.execute("SET TimeZone = 'UTC'");
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    types.add(rs.getString(2));
                }
            }
            int[] col = new int[Column.values().length];
            Arrays.fill(col, -1);
            List<String> select = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            boolean mapped = !options.columnMap().isEmpty();
            for (Column k : Column.values()) {
                String want = options.columnMap().getOrDefault(k, k.wireName());
                int i = indexOfIgnoreCase(names, want);
                if (i < 0) {
                    if (k.required() && !(k == Column.ACTION_TYPE && mapped)) {
                        missing.add(want);
                    }
                    continue;
                }
                col[k.ordinal()] = select.size();
                select.add(expression(names.get(i), types.get(i)));
            }
            if (!missing.isEmpty()) {
                throw new InputException(file, 0, "missing required column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " (found columns: " + String.join(", ", names) + ")");
            }
            long total;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + source)) {
                rs.next();
                total = rs.getLong(1);
            }
            progress.start("reading " + file.getFileName(), total);
            ActionBinder.TypeRule rule = col[Column.ACTION_TYPE.ordinal()] >= 0
                    ? ActionBinder.TypeRule.COLUMN : ActionBinder.TypeRule.SHARE_IF_TARGET;
            ActionBinder binder = new ActionBinder(builder, time, col, -1, rule, null,
                    options.columnMap().getOrDefault(Column.CREATED_AT, "created_at"));
            FileIngest ingest = new FileIngest(file, builder, options.onError(), rejects);
            RowFields fields = new RowFields(select.size());
            try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", select) + " FROM " + source)) {
                long row = 0;
                while (rs.next()) {
                    row++;
                    fields.clear();
                    for (int i = 0; i < select.size(); i++) {
                        fields.set(i, rs.getString(i + 1));
                    }
                    ingest.row(binder, fields, row, null, () -> raw(fields, select.size()));
                    if ((row & 0xFFFF) == 0) {
                        progress.advance(0x10000);
                    }
                }
                ingest.flush(binder);
            } finally {
                progress.finish();
            }
            return ingest.report(sha, InputFormat.PARQUET);
        } catch (SQLException e) {
            throw new InputException(file, 0, "cannot read as Parquet: " + e.getMessage(), e);
        }
    }

    private static String expression(String name, String type) {
        String q = "\"" + name.replace("\"", "\"\"") + "\"";
        String t = type.toUpperCase(Locale.ROOT);
        if (t.startsWith("TIMESTAMP WITH TIME ZONE") || t.equals("TIMESTAMPTZ")) {
            return "epoch_ms(" + q + ")";
        }
        if (t.startsWith("TIMESTAMP") || t.equals("DATE")) {
            return "epoch_ms(" + q + "::TIMESTAMP)";
        }
        if (t.endsWith("[]")) {
            return "array_to_string(" + q + ", ' ')";
        }
        return "CAST(" + q + " AS VARCHAR)";
    }

    private static String raw(RowFields f, int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(f.string(i));
        }
        return String.join(",", parts);
    }

    private static int indexOfIgnoreCase(List<String> names, String want) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(want.strip())) {
                return i;
            }
        }
        return -1;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
