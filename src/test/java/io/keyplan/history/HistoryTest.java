package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.SectionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private static final Change MAY = Change.committed(LocalDate.of(2026, 5, 1), "Anna Berg");
    private static final Change JUNE = Change.committed(LocalDate.of(2026, 6, 1), "Ben Cole");

    private static final History HISTORY = new History(
            History.State.COMPLETE,
            Map.of(
                    "acme",
                    new AccountHistory(
                            JUNE,
                            Map.of(SectionId.MISSION, MAY, SectionId.SWOT, JUNE),
                            List.of(new CommitEntry(
                                    "abcdef1",
                                    Instant.parse("2026-06-01T10:00:00Z"),
                                    "Ben Cole",
                                    "SWOT",
                                    Set.of(SectionId.SWOT),
                                    50.0)))));

    @Test
    void aPublicBuildSeesThePublicSectionsDatesOnly() {
        History released = HISTORY.released(List.of(SectionId.MISSION, SectionId.WHY));
        AccountHistory acme = released.of("acme");
        assertEquals(Change.committed(LocalDate.of(2026, 5, 1), null), acme.section(SectionId.MISSION));
        assertNull(acme.section(SectionId.SWOT), "an internal section's date stays internal");
        // The last change is that of the public sections: June's SWOT change does not show through.
        assertEquals(Change.committed(LocalDate.of(2026, 5, 1), null), acme.lastChanged());
        assertTrue(acme.commits().isEmpty(), "no commits, so no authors or subjects");
        assertEquals(History.State.COMPLETE, released.state());
    }

    @Test
    void anUncommittedPublicSectionIsTheLatestChange() {
        History h = new History(
                History.State.COMPLETE,
                Map.of(
                        "x",
                        new AccountHistory(
                                Change.uncommitted(),
                                Map.of(SectionId.WHY, Change.uncommitted(), SectionId.MISSION, JUNE),
                                List.of())));
        assertEquals(
                Change.uncommitted(),
                h.released(List.of(SectionId.MISSION, SectionId.WHY)).of("x").lastChanged());
    }

    @Test
    void anAccountGitNeverSawIsEmpty() {
        assertEquals(AccountHistory.EMPTY, HISTORY.of("unknown"));
        assertEquals(History.State.NONE, History.none().state());
    }
}
