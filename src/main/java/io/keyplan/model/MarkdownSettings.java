package io.keyplan.model;

/** How Markdown is rendered. */
public record MarkdownSettings(
        @Doc("Raw HTML in Markdown is escaped unless this is true.")
        Boolean allowHtml,

        Origin origin) {}
