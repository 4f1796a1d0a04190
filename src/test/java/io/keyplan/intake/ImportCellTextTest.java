package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.load.ControlCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import does with the text of a cell: control characters and noncharacters are left out
 * (with a warning at the cell) before the value reaches a plan; a long cell is quoted shortened in
 * an error.
 */
class ImportCellTextTest {
    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = dir.resolve("content");
        ImporterTest.copy(ImporterTest.FIXTURES.resolve("content"), content);
    }

    private Importer.Plan plan(Path csv, List<String> maps) throws IOException {
        return ImporterTest.importer()
                .plan(new Importer.Request(
                        csv, csv.toString(), content, maps, null, null, (char) 0, null, ImporterTest.TODAY));
    }

    @Test
    void controlCharactersInACellAreLeftOutWithAWarning() throws IOException {
        Path csv = dir.resolve("crm.csv");
        Files.writeString(
                csv,
                "Name;Owner;Industry;Region\n"
                        + "Acme Industries;Jan de Vries;Steel\u000Band\u0001 iron;Bel\uFDD0gium\u0085\n",
                StandardCharsets.UTF_8);
        Importer.Plan plan = plan(csv, List.of("name=Name", "owner=Owner", "industry=Industry", "region=Region"));
        String f = csv.toString();
        assertEquals(
                List.of(
                        f + ":2:3: warning: industry (column 3, 'Industry'): an invisible control character"
                                + " (\\x01) was left out",
                        f + ":2:3: warning: industry (column 3, 'Industry'): an invisible line break character"
                                + " (\\x0B) was made a space",
                        f + ":2:4: warning: region (column 4, 'Region'): a character that web pages may not hold"
                                + " (\\uFDD0) was left out",
                        f + ":2:4: warning: region (column 4, 'Region'): an invisible control character (\\x85) was"
                                + " left out"),
                controlCharacterFindings(plan));
        assertFalse(
                plan.diagnostics().hasErrors(), () -> plan.diagnostics().all().toString());
        Importer.write(plan);
        String yaml = Files.readString(content.resolve("accounts/acme-industries/account.yaml"));
        assertTrue(yaml.contains("industry: \"Steel and iron\""), yaml);
        assertTrue(yaml.contains("region: Belgium"), yaml);
        assertEquals(-1, io.keyplan.text.ControlText.firstForbidden(yaml));
    }

    /** The same for a workbook's text cell (XML holds C1 controls and noncharacters as they are). */
    @Test
    void controlCharactersInAWorkbookCellAreLeftOut() throws IOException {
        Path f = dir.resolve("crm.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(f)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "KeyPlanTest", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Accounts");
            ws.value(0, 0, "Name");
            ws.value(0, 1, "Owner");
            ws.value(0, 2, "Region");
            ws.value(1, 0, "Acme Industries");
            ws.value(1, 1, "Jan de Vries");
            ws.inlineString(1, 2, "Bel\u0080gium\uFDEF");
            wb.finish();
        }
        Importer.Plan plan = plan(f, List.of("name=Name", "owner=Owner", "region=Region"));
        assertEquals(
                List.of(
                        f + ":2:3: warning: region (column C, 'Region'): a character that web pages may not hold"
                                + " (\\uFDEF) was left out",
                        f + ":2:3: warning: region (column C, 'Region'): an invisible control character (\\x80) was"
                                + " left out"),
                controlCharacterFindings(plan));
        assertEquals(
                List.of(new Outcome.Change("region", "Benelux", "Belgium")),
                ImporterTest.outcome(plan, "acme-industries").changes().stream()
                        .filter(c -> c.field().equals("region"))
                        .toList());
        assertFalse(
                plan.diagnostics().hasErrors(), () -> plan.diagnostics().all().toString());
    }

    /** An amount cell of thousands of characters is quoted in its error as other long values are: cut short. */
    @Test
    void aLongAmountCellIsShortenedInTheError() throws IOException {
        Path csv = dir.resolve("long.csv");
        String cell = "12 345 678 ".repeat(300) + "lots";
        Files.writeString(csv, "Name;Owner;Revenue\nAcme Industries;Jan de Vries;" + cell + "\n");
        Importer.Plan plan = plan(csv, List.of("name=Name", "owner=Owner", "revenue.2026=Revenue"));
        List<String> errors = ImporterTest.errors(plan);
        assertEquals(
                List.of(csv + ":2:3: error: revenue.2026 (column 3, 'Revenue'): '" + cell.substring(0, 57)
                        + "...' is not a number"),
                errors);
    }

    @Test
    void everyAmountErrorQuotesTheCellShortened() {
        Values.Settings auto = new Values.Settings((char) 0, null, "EUR");
        String digits = "1.234".repeat(100);
        for (String cell : List.of(
                "9".repeat(500) + "k", "USD " + "9".repeat(500), "x".repeat(500), "1,2345".repeat(100), digits)) {
            Values.Result r = Values.amount(cell, auto);
            assertTrue(r.value() == null, cell);
            assertTrue(r.problem().length() < 200, r.problem());
            assertTrue(r.problem().contains("..."), r.problem());
        }
    }

    private static List<String> controlCharacterFindings(Importer.Plan plan) {
        return plan.diagnostics().all().stream()
                .filter(d -> d.rule().equals(ControlCharacters.RULE))
                .map(Diagnostic::toString)
                .toList();
    }
}
