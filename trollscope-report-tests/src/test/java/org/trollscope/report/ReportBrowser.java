package org.trollscope.report;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Debian's chromium driven by Playwright, headless, with no sandbox, no GPU (WebGL falls back to
 * SwiftShader) and no background network. The browser is the system one ({@code /usr/bin/chromium},
 * or {@code TROLLSCOPE_CHROMIUM}); when it is missing, {@link #launch()} fails with how to install it,
 * so CI cannot pass by skipping the browser tests.
 */
final class ReportBrowser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TROLLSCOPE_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private ReportBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static ReportBrowser launch() {
        return launch(CHROMIUM);
    }

    static ReportBrowser launch(Path chromium) {
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("The report's browser tests need chromium at " + chromium
                    + " and it is not there: install it with `apt-get update && apt-get install -y chromium`"
                    + " (.ci/run does this), or point TROLLSCOPE_CHROMIUM at a chromium binary.");
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run",
                            "--enable-unsafe-swiftshader")));
            return new ReportBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * Opens a report file in a fresh page, recording console errors, uncaught exceptions and every
     * request that is not the file itself, and waits until the page script has finished building.
     */
    OpenedReport open(Path html, double timeoutMs) {
        return open(html, timeoutMs, null);
    }

    /** As {@link #open(Path, double)}, running {@code initScript} before the page's own scripts. */
    OpenedReport open(Path html, double timeoutMs, String initScript) {
        // a reader far from UTC: every time shown must still be UTC
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000)
                .setTimezoneId("America/New_York").setLocale("en-US"));
        page.setDefaultTimeout(timeoutMs);
        if (initScript != null) {
            page.addInitScript(initScript);
        }
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        String self = html.toUri().toString();
        page.onRequest(r -> {
            if (!r.url().equals(self) && !r.url().startsWith("data:")) {
                requests.add(r.url());
            }
        });
        page.navigate(self);
        page.waitForFunction("() => document.body && document.body.getAttribute('data-ready') === 'true'");
        return new OpenedReport(page, errors, requests);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
