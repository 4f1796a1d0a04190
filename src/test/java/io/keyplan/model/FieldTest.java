package io.keyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTest {

    @Test
    void keysFollowTheSpecsSnakeCase() {
        List<String> keys = Field.of(Forecast.class).stream().map(Field::key).toList();
        assertEquals(List.of("current_year_target", "year_1", "year_2", "year_3", "years_4_6"), keys);
        assertTrue(Field.of(AccountPlan.class).stream().anyMatch(f -> f.key().equals("business_unit")));
        assertTrue(Field.of(Ambition.class).stream().anyMatch(f -> f.key().equals("realistic_in_3_years")));
    }

    @Test
    void originHasNoKey() {
        assertTrue(Field.of(AccountPlan.class).stream().noneMatch(f -> f.key().equals("origin")));
    }

    @Test
    void testRecordsBuildPlansFromYaml() {
        AccountPlan p = Records.plan("""
                name: Acme
                owner: Jan de Vries
                status: at-risk
                business_review: {revenue: {2026: 1200000}}
                actions: [{action: Call, due: 2026-01-05}]
                """);
        assertEquals("Jan de Vries", p.owner().name());
        assertEquals(Status.AT_RISK, p.effectiveStatus());
        assertEquals(1_200_000.0, p.businessReview().revenue().get(2026));
        assertEquals(ActionStatus.OPEN, p.actions().get(0).effectiveStatus());
        assertTrue(p.keyPlayers().isEmpty());
    }

    @Test
    void bandsRoundToWholePercentFirst() {
        assertEquals(Band.B0_20, Band.of(20.4));
        assertEquals(Band.B21_40, Band.of(20.5));
        assertEquals(Band.B81_100, Band.of(100));
    }
}
