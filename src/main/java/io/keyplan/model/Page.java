package io.keyplan.model;

/** A free page ({@code pages/<name>.md}); {@code title} from front matter or the first heading. */
public record Page(String name, String title, String markdown, SourceSpan source) {}
