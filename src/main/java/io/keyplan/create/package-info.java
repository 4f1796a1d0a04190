/**
 * Starts new content files for {@code keyplan new}: an account plan whose sections are commented
 * placeholders with the model's own descriptions ({@code PlanTemplate}), a dated note, and the
 * checks that keep an existing file from being overwritten ({@code NewAccount}, {@code NewNote}).
 * Uses model, diagnostic (the "did you mean" hints), load (the slug rule) and validate (names
 * Windows keeps); used by cli.
 */
package io.keyplan.create;
