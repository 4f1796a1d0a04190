package io.keyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalTest {
    @TempDir
    Path dir;

    Portal load(String portalYaml) throws IOException {
        Files.createDirectories(dir.resolve("accounts"));
        if (portalYaml != null) {
            Files.writeString(dir.resolve("portal.yaml"), portalYaml);
        }
        Diagnostics d = new Diagnostics();
        Portal p = new ContentLoader().load(dir, LocalDate.of(2026, 11, 23), d).portal();
        assertEquals(List.of(), d.all());
        return p;
    }

    @Test
    void defaultsOfSpecSectionTwo() throws IOException {
        Portal p = load(null);
        assertEquals("Key Account Portal", p.title());
        assertEquals(Language.EN, p.language());
        assertEquals("EUR", p.currency());
        assertEquals(2026, p.fiscalYear());
        assertEquals(30, p.cadenceDays());
        assertEquals(90, p.horizonDays());
        assertEquals(365, p.sectionStaleDays());
        assertEquals(5.5, p.threshold());
        assertEquals(50.0, p.platinumCutoff());
        assertEquals(80.0, p.goldCutoff());
        assertEquals(TierBasis.PROFIT, p.tierBasis());
        assertEquals(Portal.DEFAULT_PUBLIC_SECTIONS, p.publicSections());
        assertEquals(false, p.allowHtml());
    }

    @Test
    void theTierBasisMayBeRevenue() throws IOException {
        Portal p = load("tiers:\n  basis: revenue\n");
        assertEquals(TierBasis.REVENUE, p.tierBasis());
        assertEquals(50.0, p.platinumCutoff(), "the cut-offs keep their defaults");
    }

    @Test
    void anEmptyPublicSectionsListReleasesNothing() throws IOException {
        assertEquals(List.of(), load("public_sections: []\n").publicSections());
    }

    @Test
    void anAbsentOrEmptyValueMeansTheDefault() throws IOException {
        assertEquals(Portal.DEFAULT_PUBLIC_SECTIONS, load("public_sections:\n").publicSections());
    }

    @Test
    void sectionStaleDaysIsReadFromTheReviewSettings() throws IOException {
        Portal p = load("review:\n  cadence_days: 14\n  section_stale_days: 180\n");
        assertEquals(180, p.sectionStaleDays());
        assertEquals(14, p.cadenceDays());
        assertEquals(90, p.horizonDays());
    }
}
