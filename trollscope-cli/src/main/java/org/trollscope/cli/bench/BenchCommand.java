package org.trollscope.cli.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code trollscope bench}: the parent of the benchmarks, one subcommand each ({@code ingest}, ...).
 * Hidden from the main help: benchmarks are for developers and for the README's figures.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmarks (developer tools).",
        subcommands = {IngestBenchCommand.class, BenchDetectCommand.class, BenchNearTextCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
