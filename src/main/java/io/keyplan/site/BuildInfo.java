package io.keyplan.site;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Facts about this run that pages show or compute with; template variable {@code build}.
 * {@code buildDate} is today, or the date of {@code SOURCE_DATE_EPOCH} when set, so that builds
 * are reproducible; {@code audience} is who the site is for.
 */
public record BuildInfo(LocalDate buildDate, String version, Audience audience) {
    public BuildInfo {
        Objects.requireNonNull(audience);
    }

    /** An internal site. */
    public BuildInfo(LocalDate buildDate, String version) {
        this(buildDate, version, Audience.INTERNAL);
    }

    /** True for {@code --profile public}; templates ask {@code build.publicSite}. */
    public boolean publicSite() {
        return audience == Audience.PUBLIC;
    }
}
