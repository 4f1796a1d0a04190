package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {
    private static final String ROOT = "src/test/resources/validate/references";

    @Test
    void brokenReferencesAreReportedAtTheReference() {
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(Path.of(ROOT), LocalDate.of(2026, 6, 1), d);
        assertEquals(List.of(), d.all());
        ContentValidator.validate(c, d);
        String f = ROOT + "/accounts/acme/account.yaml:";
        assertEquals(
                List.of(
                        f
                                + "5:3: error: 'profitabilty' is not a selection criterion of this portal (did you mean 'profitability'?)",
                        f
                                + "8:18: error: 'our_contact' names \"Pieter\", who is not a member of the team (did you mean 'Piet'?)",
                        f + "9:17: error: 'reports_to' goes round in a circle: Eva -> Tom -> Eva",
                        f + "13:17: error: 'Ann' cannot report to themselves",
                        f
                                + "17:25: error: 'customer_contact' names \"Eve\", who is not a key player (did you mean 'Eva'?)",
                        f + "18:13: error: there are two team members named 'Piet'; the first is on line 16",
                        f
                                + "24:7: error: the product 'Sensor' is not in the cross-sell 'products' list (did you mean 'Sensors'?)",
                        f + "29:7: error: the curve of 'us' has 3 scores, but there are 2 factors"),
                d.all().stream().map(Object::toString).toList());
        assertEquals("reference", d.all().get(0).rule());
    }
}
