package io.keyplan.analyse;

/**
 * One completeness check of spec 6.1. {@code id} is stable ({@code key_players.economic_buyer})
 * and is the i18n key after {@code check.}.
 */
public record Check(String id, boolean passed) {}
