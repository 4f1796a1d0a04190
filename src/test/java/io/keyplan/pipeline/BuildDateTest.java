package io.keyplan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildDateTest {
    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void sourceDateEpochWinsInUtc() {
        assertEquals(LocalDate.of(2026, 3, 1), BuildDate.of(Map.of(), clock));
        assertEquals(LocalDate.of(2024, 2, 29), BuildDate.of(Map.of("SOURCE_DATE_EPOCH", "1709251199"), clock));
        assertThrows(UsageException.class, () -> BuildDate.of(Map.of("SOURCE_DATE_EPOCH", "-5"), clock));
        assertThrows(UsageException.class, () -> BuildDate.of(Map.of("SOURCE_DATE_EPOCH", "2024-01-01"), clock));
    }
}
