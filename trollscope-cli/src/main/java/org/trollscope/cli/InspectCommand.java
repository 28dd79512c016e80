package org.trollscope.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trollscope.io.read.ActivityReader;
import org.trollscope.io.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trollscope inspect}: reads the inputs and prints what a researcher checks first. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Summarise activity files: rows read and rejected, accounts, actions per type and platform, "
                + "time span, most acted-on targets, most active accounts.")
public final class InspectCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many targets and accounts to list. Default: ${DEFAULT-VALUE}.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (top < 0) {
            throw new IllegalArgumentException("--top must be 0 or more, was " + top);
        }
        ReadResult r = ActivityReader.read(input.inputs(), input.accounts(), input.readOptions(null),
                ConsoleProgress.forTerminal());
        PrintWriter out = spec.commandLine().getOut();
        ActivitySummary.print(r.log(), r.report(), top, out);
        return 0;
    }
}
