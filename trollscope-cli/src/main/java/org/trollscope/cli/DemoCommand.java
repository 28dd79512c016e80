package org.trollscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.ReadOptions;
import org.trollscope.io.read.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trollscope demo}: runs on the bundled russian_coord_tweets (CooRTweet's example data,
 * MIT licence) and writes into {@code ./trollscope-demo/}: the input with its citation, and the
 * inspection summary, then everything {@code detect} writes with its default options.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run trollscope on bundled example data (russian_coord_tweets, from CooRTweet) "
                + "and write the results into ./trollscope-demo/.")
public final class DemoCommand implements Callable<Integer> {
    static final String DATA = "russian_coord_tweets.csv";
    static final String CITATION = "russian_coord_tweets.README.md";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "trollscope-demo",
            description = "Output directory. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path inputDir = out.resolve("input");
        Files.createDirectories(inputDir);
        Path data = inputDir.resolve(DATA);
        copyResource("demo/" + DATA, data);
        copyResource("demo/" + CITATION, inputDir.resolve(CITATION));

        ReadOptions options = ReadOptions.defaults().withOnError(ReadOptions.defaults().onError(),
                out.resolve("rejects.csv"));
        ReadResult r = ActivityReader.read(List.of(data), null, options, ConsoleProgress.forTerminal());

        Path summary = out.resolve("inspect.txt");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(summary, StandardCharsets.UTF_8))) {
            ActivitySummary.print(r.log(), r.report(), 10, w);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("trollscope demo: russian_coord_tweets (CooRTweet 2.1.3 example data, MIT licence; see "
                + inputDir.resolve(CITATION) + ")");
        o.println();
        ActivitySummary.print(r.log(), r.report(), 10, o);
        o.println();
        o.println("wrote " + summary);
        o.println();
        o.println("$ trollscope detect " + data + " --out " + out);
        CommandLine.ParseResult parsed = TrollscopeCommand.commandLine().parseArgs("detect", data.toString(), "--out",
                out.toString());
        DetectCommand detect = (DetectCommand) parsed.subcommand().commandSpec().userObject();
        int code = detect.run(o);
        o.flush();
        return code;
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("bundled resource " + name + " is missing from the build");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
