package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Coded;
import io.keyplan.model.SectionId;
import io.keyplan.model.TierBasis;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code the analysis produces has a label in every UI language, and a how-to text per formula. */
class AnalysisLabelsTest {
    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                Path.of("site-theme/i18n", lang, "analysis.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            Checklists.ids(id).forEach(c -> keys.add("check." + c));
        }
        codes(keys, "risk.", RiskId.class);
        codes(keys, "quadrant.", Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            keys.add("quadrant." + q.code() + ".subtitle");
        }
        codes(keys, "tier.", Tier.class);
        codes(keys, "health.", Health.class);
        codes(keys, "review_state.", ReviewState.class);
        codes(keys, "tier_basis.", TierBasis.class);
        codes(keys, "position_basis.", PositionBasis.class);
        codes(keys, "whale.", WhaleKind.class);
        for (String h : List.of(
                "completeness.section",
                "completeness.filled",
                "completeness.plan",
                "completeness.bands",
                "current_revenue",
                "share_of_wallet",
                "profit",
                "weighted_pipeline",
                "growth",
                "none",
                "selection.axis",
                "selection.derived",
                "selection.quadrants",
                "selection.ranking",
                "selection.not_assessed",
                "pyramid",
                "whale",
                "basis.profit",
                "basis.revenue",
                "risks",
                "stale",
                "overdue",
                "health",
                "horizon")) {
            keys.add("howto." + h);
        }
        return keys;
    }

    private static void codes(List<String> keys, String prefix, Class<? extends Coded> type) {
        Coded.codes(type).forEach(c -> keys.add(prefix + c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "de"})
    void everyCodeHasALabel(String lang) throws IOException {
        Properties p = load(lang);
        for (String key : requiredKeys()) {
            assertTrue(p.containsKey(key), lang + " lacks " + key);
            assertFalse(p.getProperty(key).isBlank(), lang + " has a blank " + key);
        }
        assertEquals(load("en").keySet(), p.keySet(), lang + " has other keys than en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de"})
    void textsAreTranslatedAndReadAsUtf8(String lang) throws IOException {
        Properties p = load(lang);
        assertFalse(p.getProperty("howto.health").equals(load("en").getProperty("howto.health")));
        assertTrue(p.values().stream().anyMatch(v -> v.toString().matches(".*[éëüöäß].*")));
        assertFalse(p.values().stream().anyMatch(v -> v.toString().contains("\uFFFD")));
    }
}
