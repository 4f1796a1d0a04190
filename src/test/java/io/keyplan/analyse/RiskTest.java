package io.keyplan.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskTest {
    private static List<String> risks(String yaml) {
        return Risk.of(Records.plan("name: X\nowner: Jan\n" + yaml)).stream()
                .map(Risk::code)
                .toList();
    }

    @Test
    void noPlayersAndNoSponsor() {
        assertEquals(List.of("no-economic-buyer", "no-coach", "no-champion", "no-sponsor"), risks(""));
    }

    @Test
    void aSoundBuyingCentreHasNoRisk() {
        assertEquals(List.of(), risks(Plans.FULL.substring(Plans.FULL.indexOf("sponsor:"))));
    }

    @Test
    void everyRedFlag() {
        List<Risk> r = Risk.of(Records.plan("""
                name: X
                owner: Jan
                sponsor: Eva
                key_players:
                  - {name: A, role: economic-buyer, our_contact: Jan}
                  - {name: B, role: economic-buyer, influence: high, attitude: opponent, our_contact: Jan}
                  - {name: C, influence: high, attitude: critic}
                  - {name: D, influence: medium, attitude: opponent, our_contact: ' '}
                """));
        assertEquals(
                List.of(
                        new Risk(RiskId.SEVERAL_ECONOMIC_BUYERS, List.of("A", "B")),
                        new Risk(RiskId.NO_COACH, List.of()),
                        new Risk(RiskId.NO_CHAMPION, List.of()),
                        new Risk(RiskId.HOSTILE_INFLUENCER, List.of("B", "C")),
                        new Risk(RiskId.UNCOVERED_PLAYER, List.of("C", "D"))),
                r);
    }
}
