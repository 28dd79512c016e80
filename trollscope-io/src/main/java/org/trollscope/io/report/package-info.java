/**
 * The case file: a self-contained {@code report.html} a journalist opens offline.
 *
 * <p>{@link org.trollscope.io.report.CaseFile} is the report's data model (plain records, filled
 * from an analysis result); {@link org.trollscope.io.report.ReportWriter} embeds it as JSON in one
 * HTML file together with the vendored front end (sigma, graphology, ForceAtlas2, uPlot; see
 * {@code vendor/VENDORED.md}); {@link org.trollscope.io.report.Pseudonymizer} replaces account ids
 * and handles with salted tokens for publication. Every text in a case file is treated as
 * attacker-controlled: the page renders it only through {@code textContent} and attribute setters.
 */
package org.trollscope.io.report;
