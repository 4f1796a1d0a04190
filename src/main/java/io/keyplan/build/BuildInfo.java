package io.keyplan.build;

import java.time.LocalDate;

/**
 * Facts about this run that pages show or compute with. {@code buildDate} is today, or
 * the date of {@code SOURCE_DATE_EPOCH} when set, so that builds are reproducible.
 * {@code publicSite} is true for {@code --profile public}: pages then show no computed
 * figure and link to no internal page.
 */
public record BuildInfo(LocalDate buildDate, String version, boolean publicSite) {
    public BuildInfo(LocalDate buildDate, String version) {
        this(buildDate, version, false);
    }
}
