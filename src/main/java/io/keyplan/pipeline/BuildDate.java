package io.keyplan.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Today, or the UTC date of {@code SOURCE_DATE_EPOCH} (seconds) for reproducible builds. */
public final class BuildDate {
    private BuildDate() {}

    public static LocalDate of(Map<String, String> env, Clock clock) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            long seconds = Long.parseLong(epoch.strip());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw new UsageException(
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got \"" + epoch + "\"");
        }
    }

    /** {@code Implementation-Version} of the jar, or "dev" when run from classes. */
    public static String version() {
        String v = BuildDate.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
