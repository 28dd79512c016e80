package org.trollscope.core.detect.coaction;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters of exact sliding-window co-action detection.
 *
 * @param window two actions on the same object co-act when their times differ by at most this
 *        (inclusive); at most 24 days, whole milliseconds
 * @param methods the co-action methods to run
 * @param minParticipation accounts with fewer actions than this in a method are left out of that
 *        method (CooRTweet's first min-participation pass)
 * @param maxCrowd an object whose busiest window holds more distinct accounts than this is not
 *        expanded into pairs; it is listed as a crowd instead
 * @param threads worker threads; results do not depend on it
 * @param textWindow the window of the {@link CoActionMethod#NEAR_TEXT} method, used both to pair
 *        near-duplicate messages and to sweep their clusters; {@code null} for unbounded. Longer than
 *        the other methods' window: copy-paste of a script is spread over minutes to hours, not seconds
 */
public record CoActionParameters(Duration window, Set<CoActionMethod> methods, int minParticipation, int maxCrowd,
                                 int threads, Duration textWindow) {
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TEXT_WINDOW = Duration.ofHours(1);
    /**
     * An unbounded window in milliseconds: longer than any time span (146 million years), with
     * headroom so that a time difference added to it never overflows a long.
     */
    public static final long UNBOUNDED_MILLIS = Long.MAX_VALUE / 2;
    public static final int DEFAULT_MIN_PARTICIPATION = 2;
    public static final int DEFAULT_MAX_CROWD = 1000;
    /** The longest window: gaps are kept as int milliseconds. */
    public static final Duration MAX_WINDOW = Duration.ofDays(24);

    public CoActionParameters {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(methods, "methods");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        if (window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("window must be at most " + MAX_WINDOW.toDays() + " days, was " + window);
        }
        if (window.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("window must be whole milliseconds, was " + window);
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("at least one co-action method is needed");
        }
        if (minParticipation < 1) {
            throw new IllegalArgumentException("min participation must be at least 1, was " + minParticipation);
        }
        if (maxCrowd < 2) {
            throw new IllegalArgumentException("max crowd must be at least 2, was " + maxCrowd);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (textWindow != null && (textWindow.isNegative() || textWindow.isZero())) {
            throw new IllegalArgumentException("text window must be positive, was " + textWindow);
        }
        if (textWindow != null && textWindow.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("text window must be whole milliseconds, was " + textWindow);
        }
        methods = Set.copyOf(EnumSet.copyOf(methods));
    }

    /** With the default text window of one hour. */
    public CoActionParameters(Duration window, Set<CoActionMethod> methods, int minParticipation, int maxCrowd,
                              int threads) {
        this(window, methods, minParticipation, maxCrowd, threads, DEFAULT_TEXT_WINDOW);
    }

    /**
     * The defaults: 60 s (one hour for near-text), every method, min participation 2, max crowd
     * 1,000, one thread per core.
     */
    public static CoActionParameters defaults() {
        return new CoActionParameters(DEFAULT_WINDOW, EnumSet.allOf(CoActionMethod.class), DEFAULT_MIN_PARTICIPATION,
                DEFAULT_MAX_CROWD, Runtime.getRuntime().availableProcessors());
    }

    public CoActionParameters withWindow(Duration w) {
        return new CoActionParameters(w, methods, minParticipation, maxCrowd, threads, textWindow);
    }

    public CoActionParameters withMethods(Set<CoActionMethod> m) {
        return new CoActionParameters(window, m, minParticipation, maxCrowd, threads, textWindow);
    }

    public CoActionParameters withMinParticipation(int m) {
        return new CoActionParameters(window, methods, m, maxCrowd, threads, textWindow);
    }

    public CoActionParameters withMaxCrowd(int c) {
        return new CoActionParameters(window, methods, minParticipation, c, threads, textWindow);
    }

    public CoActionParameters withThreads(int t) {
        return new CoActionParameters(window, methods, minParticipation, maxCrowd, t, textWindow);
    }

    /** With the near-text window {@code w} ({@code null}: unbounded). */
    public CoActionParameters withTextWindow(Duration w) {
        return new CoActionParameters(window, methods, minParticipation, maxCrowd, threads, w);
    }

    /** The window in milliseconds. */
    public long windowMillis() {
        return window.toMillis();
    }

    /** The near-text window, empty when unbounded. */
    public Optional<Duration> textWindowIfBounded() {
        return Optional.ofNullable(textWindow);
    }

    /**
     * The window a method sweeps with, in milliseconds; {@link #UNBOUNDED_MILLIS} for an unbounded
     * near-text window.
     */
    public long windowMillis(CoActionMethod method) {
        if (method != CoActionMethod.NEAR_TEXT) {
            return window.toMillis();
        }
        return textWindow == null ? UNBOUNDED_MILLIS : textWindow.toMillis();
    }

    /** The methods in their declared order. */
    public EnumSet<CoActionMethod> methodSet() {
        return EnumSet.copyOf(methods);
    }
}
