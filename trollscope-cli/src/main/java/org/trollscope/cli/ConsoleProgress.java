package org.trollscope.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.trollscope.core.ProgressListener;

/**
 * A progress bar on stderr for long work, shown only on an interactive terminal: in pipes, in CI
 * ({@code CI} set) and in tests the CLI uses {@link ProgressListener#NONE}, so logs stay clean.
 * Thread-safe: the bar's counter is atomic and stages are opened and closed under a lock.
 */
final class ConsoleProgress implements ProgressListener {
    private final PrintStream out;
    private volatile ProgressBar bar;

    private ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    /** A bar when stderr is a terminal and not in CI, otherwise {@link ProgressListener#NONE}. */
    static ProgressListener forTerminal() {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new ConsoleProgress(System.err) : ProgressListener.NONE;
    }

    @Override
    public synchronized void start(String stage, long total) {
        finish();
        bar = new ProgressBarBuilder()
                .setTaskName(stage)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
    }

    @Override
    public void advance(long amount) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(amount);
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
