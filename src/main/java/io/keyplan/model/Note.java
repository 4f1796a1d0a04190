package io.keyplan.model;

import java.time.LocalDate;

/**
 * A dated note ({@code notes/<name>.md}), e.g. review minutes. {@code name} is the file
 * name without {@code .md}; it becomes {@code notes/<name>.html}.
 */
public record Note(String name, String title, LocalDate date, String markdown, SourceSpan source) {}
