package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References in a plan with mistakes are checked, but only against the parts read in full: a list
 * that lost an item, or whose key may be misspelt, must not turn one mistake into several.
 */
class HalfReadPlanTest {
    @TempDir
    Path dir;

    private List<String> check(String portal, String accountYaml) throws IOException {
        if (portal != null) {
            Files.writeString(dir.resolve("portal.yaml"), portal);
        }
        Path a = Files.createDirectories(dir.resolve("accounts/acme"));
        Files.writeString(a.resolve("account.yaml"), accountYaml);
        Diagnostics d = new Diagnostics();
        Content c = new ContentLoader().load(dir, LocalDate.of(2026, 6, 1), d);
        ContentValidator.validate(c, d);
        String prefix = dir.toString().replace('\\', '/') + "/accounts/acme/account.yaml:";
        return d.all().stream().map(x -> x.toString().replace(prefix, "")).toList();
    }

    @Test
    void aReferenceToAKeyPlayerWhoseItemWasLostIsNotJudged() throws IOException {
        List<String> found = check(null, """
                name: Acme
                owner: Jan
                key_players:
                  - name: Anna
                    reports_to: Bert
                  - Bert
                team:
                  members:
                    - name: Piet
                      customer_contact: Bert
                """);
        assertEquals(1, found.size(), found.toString());
        assertEquals(6, Integer.parseInt(found.get(0).split(":")[0]), found.toString());
    }

    @Test
    void aMistakeInOneKeyPlayerIsReportedAlone() throws IOException {
        assertEquals(
                List.of(
                        "6:16: error: 'influence' must be one of high, medium, low; got \"huge\" (did you mean 'high'?)"),
                check(null, """
                        name: Acme
                        owner: Jan
                        key_players:
                          - name: Anna
                            reports_to: Bert
                          - influence: huge
                            name: Bert
                        """));
    }

    @Test
    void aMisspeltTeamKeyIsOneMistakeNotOnePerContact() throws IOException {
        List<String> found = check(null, """
                name: Acme
                owner: Jan
                key_players:
                  - name: Anna
                    our_contact: Piet
                    reports_to: Bart
                tema:
                  members:
                    - name: Piet
                """);
        assertEquals(1, found.size(), found.toString());
        assertEquals(7, Integer.parseInt(found.get(0).split(":")[0]), found.toString());
    }

    @Test
    void aBrokenItemInAListAboveLeavesTheOtherReferencesChecked() throws IOException {
        assertEquals(
                List.of(
                        "3:17: error: 'customer_since' must be a whole number from 1800 to 2200, got \"soon\"",
                        "7:18: error: 'our_contact' names \"Pit\", who is not a member of the team (did you mean"
                                + " 'Piet'?)",
                        "8:17: error: 'reports_to' names \"Carla\", who is not a key player"),
                check(null, """
                        name: Acme
                        owner: Jan
                        customer_since: soon
                        team:
                          members: [{name: Piet}]
                        key_players:
                          - our_contact: Pit
                            reports_to: Carla
                            name: Anna
                        """));
    }

    @Test
    void selectionScoresAreNotJudgedAgainstAPortalWithAMistake() throws IOException {
        List<String> found = check(
                "currency: 12\nselection:\n  attractiveness:\n    - id: size\n      label: Size\n      weight: 100\n",
                "name: Acme\nowner: Jan\nselection_scores:\n  size: 5\n");
        assertEquals(
                0, found.stream().filter(s -> s.contains("selection criterion")).count(), found.toString());
    }

    @Test
    void crossSellCellsAreNotJudgedAgainstAProductListWithAMistake() throws IOException {
        List<String> found = check(null, """
                name: Acme
                owner: Jan
                cross_sell:
                  products: {a: b}
                  departments:
                    Maintenance:
                      Sensors: current
                """);
        assertEquals(1, found.size(), found.toString());
        assertEquals(4, Integer.parseInt(found.get(0).split(":")[0]), found.toString());
    }

    @Test
    void aPlanMissingEveryRequiredKeyIsStillCheckedWithoutACrash() throws IOException {
        List<String> found = check("selection:\n  attractiveness:\n    - label: Size\n      weight: 100\n", """
                industry: Food
                key_players:
                  - role: CFO
                    reports_to: Nobody
                    our_contact: Nobody
                competition:
                  competitors:
                    - strengths: price
                investments:
                  - amount: 10
                objectives:
                  - target: more
                opportunities:
                  - value: 10
                business_review:
                  products:
                    - revenue: 10
                team:
                  members:
                    - role: Sales
                      customer_contact: Nobody
                cross_sell:
                  products: [Sensors]
                  departments:
                    Maintenance:
                      Sensors: {status: current}
                actions:
                  - due: 2026-01-01
                reviews:
                  - summary: talked
                selection_scores:
                  size: 5
                """);
        // Each mistake once, and no reference judged against a list that lost an item to one.
        assertEquals(14, found.size(), found.toString());
        assertTrue(
                found.stream().noneMatch(f -> f.contains("Nobody") || f.contains("selection criterion")),
                found.toString());
    }

    @Test
    void aKeyWrittenTwiceLeavesTheReferencesOfItsFileUnjudged() throws IOException {
        List<String> found = check(null, """
                name: Acme
                owner: Jan
                team:
                  members: [{name: Piet}]
                key_players:
                  - name: Anna
                    our_contact: Pieter
                team:
                  members: [{name: Pieter}]
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("duplicate") || found.get(0).contains("twice"), found.toString());
    }
}
