package org.trollscope.cli;

import org.trollscope.cli.bench.BenchNearTextCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code trollscope} command: finds coordinated inauthentic behaviour in activity data. */
@Command(name = "trollscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds coordinated inauthentic behaviour (troll farms) in social-media activity data.",
        subcommands = {
                CommandLine.HelpCommand.class,
                BenchNearTextCommand.class,
        })
public final class TrollscopeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line, shared by {@link #main} and in-process tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TrollscopeCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
