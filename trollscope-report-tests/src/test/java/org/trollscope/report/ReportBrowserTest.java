package org.trollscope.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportBrowserTest {
    @Test
    void aMissingChromiumFailsWithHowToInstallItInsteadOfSkipping() {
        assertThatThrownBy(() -> ReportBrowser.launch(Path.of("/nonexistent/chromium")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromium")
                .hasMessageContaining("apt-get install -y chromium");
    }
}
