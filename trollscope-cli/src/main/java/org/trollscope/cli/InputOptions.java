package org.trollscope.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.trollscope.io.read.InputFormat;
import org.trollscope.io.read.OnError;
import org.trollscope.io.read.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The input options every command that reads activity data shares ({@code inspect}, {@code detect},
 * ...): picocli mixes them in with {@code @Mixin InputOptions input;}.
 */
public final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Activity files: trollscope actions (CSV, JSON Lines, Parquet; .gz/.zst), "
                    + "CooRTweet or Coordination Network Toolkit CSV, any CSV with --map, or platform exports "
                    + "(Twitter/X API v2 JSONL and IO archive CSV, Telegram result.json, Meta Content Library CSV, "
                    + "YouTube, VK and TikTok API JSON). Formats may be mixed in one run.")
    List<Path> inputs;

    @Option(names = "--accounts", paramLabel = "FILE",
            description = "Accounts file (account_id, platform, handle, display_name, created_at, followers, "
                    + "following, bio, avatar).")
    Path accounts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = FormatConverter.class,
            description = "auto (detect each file's format from its first bytes), csv, jsonl, parquet, coortweet, cnt, "
                    + "twitter-v2-jsonl, twitter-io-archive-csv, telegram-json, meta-content-library-csv, "
                    + "youtube-comments-json, vk-api-json or tiktok-research-json. Default: ${DEFAULT-VALUE}.")
    InputFormat format;

    @Option(names = "--map", paramLabel = "COLUMN=NAME[,...]",
            description = "Read any CSV by naming its columns, e.g. account_id=user,created_at=time,target_id=retweet_of. "
                    + "Without an action_type column, rows with a target are shares and the others posts.")
    String map;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC", converter = ZoneConverter.class,
            description = "Zone of timestamps written without an offset (YYYY-MM-DD HH:MM:SS), e.g. Europe/Moscow. "
                    + "Default: ${DEFAULT-VALUE}.")
    ZoneId timezone;

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "fail",
            description = "fail: stop at the first malformed row or unreadable record; skip: write it to the rejects "
                    + "file and go on. Default: ${DEFAULT-VALUE}.")
    OnError onError;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where --on-error skip writes rejected rows (file, line, reason, row). Default: rejects.csv.")
    Path rejects;

    public List<Path> inputs() {
        return inputs;
    }

    public Path accounts() {
        return accounts;
    }

    /** The read options; {@code defaultRejects} is used when {@code --rejects} is not given (may be null). */
    public ReadOptions readOptions(Path defaultRejects) {
        return new ReadOptions(format, map == null ? null : ReadOptions.parseColumnMap(map), timezone, onError,
                rejects != null ? rejects : defaultRejects);
    }

    static final class FormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            try {
                return InputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("unknown time zone '" + value + "' (e.g. UTC, Europe/Berlin, +03:00)");
            }
        }
    }
}
