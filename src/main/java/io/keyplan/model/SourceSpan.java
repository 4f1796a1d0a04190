package io.keyplan.model;

/**
 * A place in a content file: the path as the user sees it (relative to the working
 * directory, with forward slashes) and a 1-based line and column. Line 0 means
 * "the file as a whole".
 */
public record SourceSpan(String file, int line, int column) {
    public static SourceSpan file(String file) {
        return new SourceSpan(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
