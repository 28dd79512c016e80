package org.trollscope.io.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.trollscope.core.ProgressListener;
import org.trollscope.core.eval.AccountLabel;
import org.trollscope.core.model.AccountProfile;
import org.trollscope.core.model.Action;
import org.trollscope.core.sim.Cue;
import org.trollscope.core.sim.ScenarioParameters;
import org.trollscope.core.sim.SimulationSummary;
import org.trollscope.core.sim.TrollFactorySimulator;
import org.trollscope.io.csv.CsvWriter;

/**
 * Writes a simulation to a directory: {@code actions.csv} (trollscope's actions format, streamed
 * chunk by chunk, so tens of millions of actions need no more memory than one simulated day),
 * {@code accounts.csv}, {@code labels.csv}, {@code cues.csv} and {@code scenario.json} (every
 * parameter, under the command-line option names, the seed and what was generated). Times are
 * ISO-8601 UTC with milliseconds; lists are space-separated. Nothing in the files depends on the
 * clock or the machine, so the same scenario and seed give byte-identical files.
 */
public final class SimulationWriter {
    /** Times as {@code 2024-03-04T06:54:31.442Z}. */
    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static final List<String> ACTION_COLUMNS = List.of("action_id", "platform", "account_id", "action_type",
            "target_id", "target_account_id", "text", "urls", "hashtags", "media", "created_at");
    public static final List<String> ACCOUNT_COLUMNS = List.of("account_id", "platform", "handle", "display_name",
            "created_at", "followers", "following", "bio", "avatar");
    public static final List<String> LABEL_COLUMNS = List.of("account_id", "is_factory", "operator", "team", "role");
    public static final List<String> CUE_COLUMNS = List.of("cue", "time", "team", "kind", "target_id",
            "target_account_id", "livestream", "first_action");

    private SimulationWriter() {
    }

    /**
     * Runs the simulation and writes every file into {@code dir} (created if needed).
     *
     * @param scenario the preset the parameters started from, for scenario.json
     * @param version the tool version, for scenario.json
     */
    public static SimulationSummary write(TrollFactorySimulator sim, String scenario, String version, Path dir,
                                          ProgressListener progress) throws IOException {
        Files.createDirectories(dir);
        SimulationSummary summary;
        UtcMillisFormat times = new UtcMillisFormat();
        try (CsvWriter actions = new CsvWriter(new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(dir.resolve("actions.csv")), StandardCharsets.UTF_8), 1 << 20))) {
            actions.row(ACTION_COLUMNS.toArray());
            try {
                summary = sim.generate(chunk -> writeActions(actions, times, chunk), progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        try (CsvWriter accounts = CsvWriter.open(dir.resolve("accounts.csv"));
             CsvWriter labels = CsvWriter.open(dir.resolve("labels.csv"))) {
            accounts.row(ACCOUNT_COLUMNS.toArray());
            labels.row(LABEL_COLUMNS.toArray());
            try {
                sim.forEachAccount(a -> {
                    try {
                        AccountProfile p = a.profile();
                        accounts.row(a.accountId(), TrollFactorySimulator.PLATFORM, p.handle(), p.displayName(),
                                p.createdAt() == null ? null : TIME.format(p.createdAt()), p.followers(), p.following(),
                                p.bio(), p.avatar());
                        AccountLabel l = a.label();
                        labels.row(l.accountId(), l.factory(), l.operator(), l.team(), l.role().wireName());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        try (CsvWriter cues = CsvWriter.open(dir.resolve("cues.csv"))) {
            cues.row(CUE_COLUMNS.toArray());
            for (Cue c : sim.cues()) {
                cues.row(c.id(), TIME.format(c.time()), c.team(), c.kind().wireName(), c.targetId(),
                        c.targetAccountId(), c.livestream(),
                        c.firstAction() == null ? null : TIME.format(c.firstAction()));
            }
        }
        writeScenario(sim, scenario, version, summary, dir.resolve("scenario.json"));
        return summary;
    }

    private static void writeActions(CsvWriter out, UtcMillisFormat times, List<Action> chunk) {
        try {
            for (Action a : chunk) {
                out.field(a.actionId()).field(a.platform()).field(a.account()).field(a.type().wireName())
                        .field(a.target()).field(a.targetAccount()).field(a.text()).field(joined(a.urls()))
                        .field(joined(a.hashtags())).field(joined(a.media()))
                        .field(times.format(a.time().toEpochMilli())).endRow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeScenario(TrollFactorySimulator sim, String scenario, String version,
                                      SimulationSummary s, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("tool", "trollscope");
        root.put("version", version);
        root.put("scenario", scenario);
        root.put("seed", sim.seed());
        ObjectNode params = root.putObject("parameters");
        ScenarioParameters p = sim.parameters();
        for (RecordComponent c : ScenarioParameters.class.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(p);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            String key = optionName(c.getName());
            if (v instanceof Integer) {
                params.put(key, (Integer) v);
            } else if (v instanceof Double) {
                params.put(key, (Double) v);
            } else {
                params.put(key, v.toString());
            }
        }
        ObjectNode period = root.putObject("period");
        period.put("start", TIME.format(sim.start()));
        period.put("end", TIME.format(sim.end()));
        ObjectNode generated = root.putObject("generated");
        generated.put("actions", s.actions());
        generated.put("factory_actions", s.factoryActions());
        generated.put("cue_actions", s.cueActions());
        generated.put("organic_accounts", s.organicAccounts());
        generated.put("factory_accounts", s.factoryAccounts());
        generated.put("cues", s.cues());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            mapper.writeValue(w, root);
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : String.join(" ", values);
    }

    /** {@code organicAccounts} → {@code organic-accounts}, the command-line option's name. */
    public static String optionName(String component) {
        StringBuilder sb = new StringBuilder();
        for (char ch : component.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('-').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** For tests and callers that format times the same way. */
    public static String time(Instant t) {
        return TIME.format(t);
    }
}
