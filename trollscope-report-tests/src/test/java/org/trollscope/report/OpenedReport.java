package org.trollscope.report;

import com.microsoft.playwright.Page;
import java.util.List;

/** A report open in a page, with the console errors and outside requests seen so far. */
record OpenedReport(Page page, List<String> consoleErrors, List<String> requests) {

    /** Clicks the network node of an account at its current place on the canvas. */
    void clickNode(String accountId) {
        page.waitForFunction("() => window.trollscope.layoutDone === true");
        // let sigma draw the final positions, then bring the canvas into view below the sticky header
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        page.evaluate("() => document.getElementById('network').scrollIntoView({block: 'center'})");
        Object pos = page.evaluate("id => { const p = window.trollscope.nodeViewportPosition(id);"
                + " const r = document.getElementById('network').getBoundingClientRect();"
                + " return [r.left + p.x, r.top + p.y]; }", accountId);
        List<?> xy = (List<?>) pos;
        page.mouse().click(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
    }

    String openCardAccount() {
        return (String) page.evaluate("() => { const c = document.getElementById('card');"
                + " return c.hidden ? null : c.getAttribute('data-account'); }");
    }
}
