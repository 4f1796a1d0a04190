package io.keyplan.model;

/** The Markdown narrative of one section ({@code <section-id>.md}). */
public record Narrative(SectionId section, String markdown, SourceSpan source) {
    public boolean isBlank() {
        return markdown == null || markdown.isBlank();
    }
}
