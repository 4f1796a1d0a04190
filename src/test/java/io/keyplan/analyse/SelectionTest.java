package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.testing.Records;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static Selection selection(String yaml) {
        return Selection.of(Records.plan("name: X\nowner: Jan\n" + yaml), Plans.PORTAL);
    }

    @Test
    void axesAreWeightedMeansOfTheScoredCriteria() {
        // attractiveness: (30x8 + 25x6 + 25x4 + 20x10) / 100 = (240 + 150 + 100 + 200) / 100 = 6.9
        // position: only relationship_strength 35x3 and reputation 15x9 scored: (105 + 135) / 50 = 4.8
        Selection s = selection("""
                selection_scores: {revenue_potential: 8, profitability: 6, strategic_fit: 4, innovation_potential: 10,
                  relationship_strength: 3, reputation: 9}
                """);
        assertEquals(6.9, s.attractiveness(), 1e-9);
        assertEquals(4.8, s.position(), 1e-9);
        assertEquals(PositionBasis.SCORES, s.positionBasis());
        assertEquals(Quadrant.STAR, s.quadrant());
        assertEquals(6.9 * 4.8, s.product(), 1e-9);
        assertFalse(s.positionDerived());
    }

    @Test
    void noScoredCriterionIsNotAssessed() {
        Selection s = selection("");
        assertNull(s.attractiveness());
        assertNull(s.position());
        assertNull(s.positionBasis());
        assertNull(s.quadrant());
        assertNull(s.product());
        assertFalse(s.assessed());
    }

    @Test
    void positionFallsBackToTheStageMarkedAsDerived() {
        Selection s = selection("stage: interdependent\nselection_scores: {profitability: 3}\n");
        assertEquals(3.0, s.attractiveness());
        assertEquals(8.0, s.position());
        assertEquals(PositionBasis.STAGE, s.positionBasis());
        assertTrue(s.positionDerived());
        assertEquals(Quadrant.STATUS, s.quadrant());
        // scores win over the stage
        assertEquals(
                PositionBasis.SCORES,
                selection("stage: integrated\nselection_scores: {reputation: 1}\n")
                        .positionBasis());
        // attractiveness never falls back
        assertNull(selection("stage: integrated\n").attractiveness());
    }

    @Test
    void theFourQuadrantsAndTheThresholdIsStrict() {
        assertEquals(
                Quadrant.STRATEGIC,
                selection("selection_scores: {profitability: 6, reputation: 6}\n")
                        .quadrant());
        assertEquals(
                Quadrant.STAR,
                selection("selection_scores: {profitability: 6, reputation: 5}\n")
                        .quadrant());
        assertEquals(
                Quadrant.STATUS,
                selection("selection_scores: {profitability: 5, reputation: 6}\n")
                        .quadrant());
        assertEquals(
                Quadrant.STREAMLINE,
                selection("selection_scores: {profitability: 5, reputation: 5}\n")
                        .quadrant());
        // exactly on the threshold is low: with threshold 5, attractiveness 5 is low, position 6 high
        Portal five = Portal.of(Records.fromYaml(PortalFile.class, "selection: {threshold: 5}"), 2026);
        Selection s = Selection.of(
                Records.plan("name: X\nowner: J\nselection_scores: {profitability: 5, reputation: 6}\n"), five);
        assertEquals(Quadrant.STATUS, s.quadrant());
    }
}
