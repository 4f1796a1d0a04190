package io.keyplan.render;

/**
 * What the template functions need for one build: the texts of the portal language, its
 * formats, and the Markdown renderer. Put into every template context as {@code _kp};
 * templates use the functions and filters, not this object.
 */
public record RenderContext(Messages messages, Formats formats, Markdown markdown, boolean allowHtml) {
    public static final String VARIABLE = "_kp";
}
