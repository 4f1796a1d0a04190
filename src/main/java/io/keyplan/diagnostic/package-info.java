/**
 * Findings about the content: file, line, column, rule, message and hint; collected in
 * Diagnostics and never thrown, capped so a broken file cannot flood the output; printed as
 * text, GitHub annotations or JSON, with controls made visible (Printable). Suggest finds the
 * did-you-mean for a hint. Uses model; used by every stage.
 */
package io.keyplan.diagnostic;
