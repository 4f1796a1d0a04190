package io.keyplan.build;

import java.time.LocalDate;

/**
 * Facts about this run that pages show or compute with. {@code buildDate} is today, or
 * the date of {@code SOURCE_DATE_EPOCH} when set, so that builds are reproducible.
 */
public record BuildInfo(LocalDate buildDate, String version) {
}
