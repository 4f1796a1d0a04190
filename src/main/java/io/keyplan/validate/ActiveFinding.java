package io.keyplan.validate;

/**
 * Why a file may not be published because a browser would run it ({@link ActiveContent},
 * {@link SvgCheck}): what is wrong, in plain words, with a hint; {@code line} 0 for the file as a whole.
 */
public record ActiveFinding(String message, String hint, int line, int column) {}
