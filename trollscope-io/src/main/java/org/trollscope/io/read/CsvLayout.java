package org.trollscope.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trollscope.core.model.ActivityLogBuilder;

/**
 * Recognises a CSV layout from its header and says where each trollscope column sits in it.
 *
 * <p>Detection, in order: CooRTweet (its four columns present), Coordination Network Toolkit
 * (first column {@code message_id} and its {@code user_id, repost_id, reply_id, timestamp} present),
 * otherwise a trollscope actions file (any of {@code account_id, action_type, created_at} present, so
 * that a file missing one of them gets a "missing column" error), whose columns may be renamed by a
 * column map. Header names
 * are compared trimmed and case-insensitively.
 */
final class CsvLayout {
    static final List<String> COORTWEET = List.of("object_id", "account_id", "content_id", "timestamp_share");
    static final List<String> CNT = List.of("message_id", "user_id", "username", "repost_id", "reply_id",
            "message", "timestamp", "urls");

    final InputFormat format;
    final boolean hasHeader;
    final int[] columns;
    final int fieldCount;
    final ActionBinder.TypeRule typeRule;
    final int[] cnt;
    final String createdAtName;

    private CsvLayout(InputFormat format, boolean hasHeader, int[] columns, int fieldCount,
                      ActionBinder.TypeRule typeRule, int[] cnt, String createdAtName) {
        this.format = format;
        this.hasHeader = hasHeader;
        this.columns = columns;
        this.fieldCount = fieldCount;
        this.typeRule = typeRule;
        this.cnt = cnt;
        this.createdAtName = createdAtName;
    }

    ActionBinder binder(ActivityLogBuilder b, TimestampParser time) {
        return new ActionBinder(b, time, columns, fieldCount, typeRule, cnt, createdAtName);
    }

    /**
     * The layout of a CSV whose first record is {@code first}, in the given format (or, for
     * {@link InputFormat#AUTO}, the one {@link #ownFormat} tells).
     *
     * @throws InputException when the layout cannot be told or a required column is missing
     */
    static CsvLayout of(Path file, List<String> first, InputFormat format, ReadOptions options) {
        List<String> names = lowerCase(first);
        InputFormat f = format;
        if (f == InputFormat.AUTO) {
            f = ownFormat(first, options);
            if (f == null && !options.columnMap().isEmpty()) {
                f = InputFormat.CSV; // the map says how to read it; missing columns are named below
            }
            if (f == null) {
                throw new InputException(file, 1, "cannot tell the format from the header (found columns: "
                        + String.join(", ", first) + "). Tried: " + FormatDetection.tried()
                        + ". A file without a header needs --format, other layouts --map");
            }
        }
        switch (f) {
            case COORTWEET: {
                int[] col = absent();
                require(file, names, first, COORTWEET);
                col[Column.TARGET_ID.ordinal()] = names.indexOf("object_id");
                col[Column.ACCOUNT_ID.ordinal()] = names.indexOf("account_id");
                col[Column.ACTION_ID.ordinal()] = names.indexOf("content_id");
                col[Column.CREATED_AT.ordinal()] = names.indexOf("timestamp_share");
                return new CsvLayout(f, true, col, names.size(), ActionBinder.TypeRule.SHARE, null, "timestamp_share");
            }
            case CNT: {
                boolean header = !names.isEmpty() && names.get(0).equals("message_id");
                if (header && !names.equals(CNT)) {
                    throw new InputException(file, 1, "a Coordination Network Toolkit file has the columns "
                            + String.join(", ", CNT) + " in this order (found columns: " + String.join(", ", first) + ")");
                }
                int[] col = absent();
                col[Column.ACTION_ID.ordinal()] = 0;
                col[Column.ACCOUNT_ID.ordinal()] = 1;
                col[Column.TEXT.ordinal()] = 5;
                col[Column.CREATED_AT.ordinal()] = 6;
                col[Column.URLS.ordinal()] = 7;
                return new CsvLayout(f, header, col, CNT.size(), ActionBinder.TypeRule.CNT, new int[] {3, 4, 2},
                        "timestamp");
            }
            case CSV:
                return actions(file, names, first, options.columnMap());
            default:
                throw new InputException(file, 0, "a " + f + " file cannot be read as CSV");
        }
    }

    /**
     * Which of trollscope's own CSV layouts a header is: CooRTweet, Coordination Network Toolkit, or
     * a trollscope actions file (any of {@code account_id, action_type, created_at} present under
     * their own or their mapped names; with a column map, CooRTweet and the Toolkit are not
     * considered); {@code null} for none.
     */
    static InputFormat ownFormat(List<String> first, ReadOptions options) {
        List<String> names = lowerCase(first);
        boolean mapped = !options.columnMap().isEmpty();
        if (!mapped && names.containsAll(COORTWEET)) {
            return InputFormat.COORTWEET;
        }
        if (!mapped && !names.isEmpty() && names.get(0).equals("message_id")
                && names.containsAll(List.of("user_id", "repost_id", "reply_id", "timestamp"))) {
            return InputFormat.CNT;
        }
        for (Column c : List.of(Column.ACCOUNT_ID, Column.ACTION_TYPE, Column.CREATED_AT)) {
            if (names.contains(options.columnMap().getOrDefault(c, c.wireName()).strip().toLowerCase(Locale.ROOT))) {
                return InputFormat.CSV;
            }
        }
        return null;
    }

    private static List<String> lowerCase(List<String> first) {
        List<String> names = new ArrayList<>();
        for (String s : first) {
            names.add(s.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static CsvLayout actions(Path file, List<String> names, List<String> first, Map<Column, String> map) {
        int[] col = absent();
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            String mappedName = map.get(c);
            String name = (mappedName != null ? mappedName : c.wireName()).strip().toLowerCase(Locale.ROOT);
            int i = names.indexOf(name);
            if (i < 0 && mappedName != null) {
                throw new InputException(file, 1, "column '" + mappedName + "' (mapped to " + c.wireName()
                        + ") is not in the header (found columns: " + String.join(", ", first) + ")");
            }
            col[c.ordinal()] = i;
            boolean inferableType = c == Column.ACTION_TYPE && !map.isEmpty();
            if (i < 0 && c.required() && !inferableType) {
                missing.add(c.wireName());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(file, 1, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found columns: " + String.join(", ", first) + ")");
        }
        ActionBinder.TypeRule rule = col[Column.ACTION_TYPE.ordinal()] >= 0
                ? ActionBinder.TypeRule.COLUMN : ActionBinder.TypeRule.SHARE_IF_TARGET;
        String timeName = map.getOrDefault(Column.CREATED_AT, "created_at");
        return new CsvLayout(InputFormat.CSV, true, col, names.size(), rule, null, timeName);
    }

    private static void require(Path file, List<String> names, List<String> first, List<String> required) {
        List<String> missing = required.stream().filter(r -> !names.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(file, 1, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found columns: " + String.join(", ", first) + ")");
        }
    }

    private static int[] absent() {
        int[] col = new int[Column.values().length];
        Arrays.fill(col, -1);
        return col;
    }
}
