package io.keyplan.model;

/**
 * A free page ({@code pages/<name>.md}); {@code title} from front matter or the first heading.
 * {@code visibility} from front matter: a public build shows only pages marked {@code public}.
 */
public record Page(String name, String title, String markdown, Visibility visibility, SourceSpan source) {
    public Page {
        visibility = visibility == null ? Visibility.INTERNAL : visibility;
    }

    /** An internal page: what a page without {@code visibility} in its front matter is. */
    public Page(String name, String title, String markdown, SourceSpan source) {
        this(name, title, markdown, Visibility.INTERNAL, source);
    }
}
