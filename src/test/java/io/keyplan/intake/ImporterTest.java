package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import from end to end over the fixtures in src/test/resources/intake: what it plans, writes and refuses. */
class ImporterTest {
    static final Path FIXTURES = Path.of("src/test/resources/intake");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final List<String> SALESFORCE = List.of(
            "name=Account Name",
            "owner=Account Owner",
            "industry=Industry",
            "region=Billing Country",
            "revenue.2026=Annual Revenue",
            "customer_since=Customer Since");

    @TempDir
    Path dir;

    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = dir.resolve("content");
        copy(FIXTURES.resolve("content"), content);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    static Importer importer() {
        SiteBuild build = new SiteBuild(Stages.standard());
        BuildInfo info = new BuildInfo(TODAY, "test");
        return new Importer(scratch -> build.check(scratch, false, info).diagnostics());
    }

    Importer.Plan plan(String file, List<String> maps) throws IOException {
        return plan(file, maps, (char) 0, null);
    }

    Importer.Plan plan(String file, List<String> maps, char decimal, Importer.DateOrder order) throws IOException {
        Path f = file.startsWith("/") ? Path.of(file) : FIXTURES.resolve(file);
        return importer().plan(new Importer.Request(f, file, content, maps, null, null, decimal, order, TODAY));
    }

    /** Every file under the content folder with its bytes, to show that nothing was written. */
    Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(content)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(content.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static List<String> errors(Importer.Plan plan) {
        return plan.diagnostics().all().stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::toString)
                .toList();
    }

    static Outcome outcome(Importer.Plan plan, String slug) {
        return plan.outcomes().stream()
                .filter(o -> o.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSalesforceExportUpdatesTwoAccountsAndAddsOne() throws IOException {
        Importer.Plan plan = plan("salesforce.csv", SALESFORCE);
        assertEquals(List.of(), errors(plan));
        assertEquals(3, plan.outcomes().size());
        Outcome acme = outcome(plan, "acme-industries");
        assertEquals(Outcome.Kind.UPDATED, acme.kind());
        assertEquals(
                List.of(
                        new Outcome.Change("industry", "Steel", "Steel, metals"),
                        new Outcome.Change("region", "Benelux", "Belgium"),
                        new Outcome.Change("business_review.revenue.2026", null, "1020000")),
                acme.changes());
        assertEquals(2, acme.row());
        Outcome bakker = outcome(plan, "bakker-foods");
        assertEquals(
                List.of(
                        new Outcome.Change("region", null, "Netherlands"),
                        new Outcome.Change("business_review.revenue.2026", null, "310500.5")),
                bakker.changes());
        // Matched by the quoted name with a doubled quote; the line break in a quoted value is a space.
        Outcome zeeland = outcome(plan, "zeeland-blue-ports");
        assertEquals(Outcome.Kind.NEW, zeeland.kind());
        assertEquals(4, zeeland.row());
        assertTrue(zeeland.changes().contains(new Outcome.Change("industry", null, "Ports and logistics")));
    }

    @Test
    void theDryRunWritesNothing() throws IOException {
        Map<String, byte[]> before = snapshot();
        Importer.Plan plan = plan("salesforce.csv", SALESFORCE);
        assertEquals(3, plan.files().size());
        assertSameFiles(before, snapshot());
    }

    @Test
    void writingEditsOnlyTheMappedValuesAndKeepsEveryOtherByte() throws IOException {
        Path acme = content.resolve("accounts/acme-industries/account.yaml");
        List<String> before = Files.readAllLines(acme);
        Importer.write(plan("salesforce.csv", SALESFORCE));
        List<String> after = Files.readAllLines(acme);
        List<String> expected = new ArrayList<>(before);
        expected.set(expected.indexOf("industry: \"Steel\""), "industry: \"Steel, metals\"");
        expected.set(expected.indexOf("region: Benelux"), "region: Belgium");
        expected.add(expected.indexOf("    2025: 950000 # after the price rise") + 1, "    2026: 1020000");
        assertEquals(expected, after);
        // Untouched files of the account are untouched.
        assertEquals(
                "Acme buys from us since 2015.\n",
                Files.readString(content.resolve("accounts/acme-industries/overview.md")));
        assertEquals("""
                name: Bakker Foods B.V.
                owner: Els Bakker
                industry: Food
                region: Netherlands

                business_review:
                  revenue:
                    2026: 310500.5
                """, Files.readString(content.resolve("accounts/bakker-foods/account.yaml")));
        assertEquals(
                """
                name: Zeeland "Blue" Ports
                owner: Pieter Zeeman
                industry: Ports and logistics
                region: Netherlands
                customer_since: 2021

                business_review:
                  revenue:
                    2026: 75000
                """.replace("name: Zeeland \"Blue\" Ports", "name: \"Zeeland \\\"Blue\\\" Ports\""),
                Files.readString(content.resolve("accounts/zeeland-blue-ports/account.yaml")));
    }

    @Test
    void aRewrittenPlanKeepsItsPermissions() throws IOException {
        Path acme = content.resolve("accounts/acme-industries/account.yaml");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(acme, mode);
        Importer.write(plan("salesforce.csv", SALESFORCE));
        assertEquals(mode, Files.getPosixFilePermissions(acme));
        try (Stream<Path> left = Files.list(acme.getParent())) {
            assertEquals(
                    List.of("account.yaml", "overview.md"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void theWrittenContentValidates() throws IOException {
        Importer.write(plan("salesforce.csv", SALESFORCE));
        Diagnostics d = new SiteBuild(Stages.standard())
                .check(content, false, new BuildInfo(TODAY, "test"))
                .diagnostics();
        assertFalse(d.hasErrors(), d.all().toString());
    }

    @Test
    void runningTheSameImportTwiceChangesNothingTheSecondTime() throws IOException {
        Importer.write(plan("salesforce.csv", SALESFORCE));
        Map<String, byte[]> once = snapshot();
        Importer.Plan again = plan("salesforce.csv", SALESFORCE);
        assertEquals(List.of(), errors(again));
        assertTrue(again.outcomes().stream().allMatch(o -> o.kind() == Outcome.Kind.UNCHANGED));
        assertTrue(again.files().isEmpty());
        Importer.write(again);
        assertSameFiles(once, snapshot());
    }

    @Test
    void aDutchDynamicsExportWithDecimalCommasAndDayFirstDates() throws IOException {
        Importer.Plan plan = plan(
                "dynamics-nl.csv",
                List.of(
                        "name=Accountnaam",
                        "owner=Eigenaar",
                        "industry=Branche",
                        "region=Land",
                        "revenue.2026=Omzet 2026",
                        "customer_since=Klant sinds",
                        "last_review=Laatste review"));
        assertEquals(List.of(), errors(plan));
        Outcome acme = outcome(plan, "acme-industries");
        assertTrue(acme.changes().contains(new Outcome.Change("business_review.revenue.2026", null, "1020000")));
        assertTrue(acme.changes().contains(new Outcome.Change("last_review", null, "2026-09-30")));
        assertTrue(acme.changes().stream().noneMatch(c -> c.field().equals("customer_since")), "2015 already");
        Outcome bakker = outcome(plan, "bakker-foods");
        assertTrue(bakker.changes().contains(new Outcome.Change("business_review.revenue.2026", null, "310500.5")));
        Outcome groene = outcome(plan, "groene-vallei-cooperatie-u-a");
        assertEquals(Outcome.Kind.NEW, groene.kind());
        assertTrue(groene.changes().contains(new Outcome.Change("business_review.revenue.2026", null, "88000")));
    }

    @Test
    void aHubSpotExportWithAMappingOfDateTimesToAYear() throws IOException {
        Importer.Plan plan = plan(
                "hubspot.csv",
                List.of(
                        "name=Company name",
                        "owner=Company owner",
                        "industry=Industry",
                        "region=Country/Region",
                        "revenue.2026=Annual Revenue",
                        "customer_since=Create Date"));
        assertEquals(List.of(), errors(plan));
        assertEquals(Outcome.Kind.UPDATED, outcome(plan, "acme-industries").kind());
        Outcome fjord = outcome(plan, "fjord-fell-as");
        assertEquals(Outcome.Kind.NEW, fjord.kind());
        assertTrue(fjord.changes().contains(new Outcome.Change("customer_since", null, "2024")));
        assertTrue(fjord.changes().stream().noneMatch(c -> c.field().startsWith("business_review")), "empty cell");
    }

    @Test
    void fiftyAccountsFromACsvExportIntoAnEmptyPortfolio() throws IOException {
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty.resolve("accounts"));
        Files.writeString(empty.resolve("portal.yaml"), "currency: EUR\nfiscal_year: 2026\n");
        content = empty;
        List<String> maps = List.of(
                "name=Account Name",
                "owner=Account Owner",
                "industry=Industry",
                "region=Region",
                "revenue.2025=Revenue 2025",
                "revenue.2026=Revenue 2026",
                "customer_since=Customer Since");
        Importer.Plan plan = plan("accounts-50.csv", maps);
        assertEquals(List.of(), errors(plan));
        assertEquals(50, plan.outcomes().size());
        assertTrue(plan.outcomes().stream().allMatch(o -> o.kind() == Outcome.Kind.NEW));
        Importer.write(plan);
        SiteBuild.Checked checked = new SiteBuild(Stages.standard()).check(empty, false, new BuildInfo(TODAY, "test"));
        assertFalse(
                checked.diagnostics().hasErrors(), checked.diagnostics().all().toString());
        assertEquals(50, checked.accounts());
        assertTrue(plan("accounts-50.csv", maps).outcomes().stream().allMatch(o -> o.kind() == Outcome.Kind.UNCHANGED));
    }

    @Test
    void twoRowsForTheSameAccountAreAnErrorNamingBothRows() throws IOException {
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "Name,Owner\nNieuwe Klant,Jan\nOther,Piet\nNIEUWE KLANT,Els\n");
        Map<String, byte[]> before = snapshot();
        Importer.Plan plan = plan(csv.toString(), List.of("name=Name", "owner=Owner"));
        assertEquals(List.of(csv + ":4:1: error: lines 2 and 4 are both for the account 'nieuwe-klant'"), errors(plan));
        assertTrue(plan.files().isEmpty());
        assertSameFiles(before, snapshot());
    }

    @Test
    void anUnknownColumnIsReportedAtTheHeaderWithTheClosestName() throws IOException {
        Importer.Plan plan = plan("salesforce.csv", List.of("name=Acount Name", "owner=Account Owner"));
        assertEquals(
                List.of("salesforce.csv:1:1: error: no column 'Acount Name' for name in the header (did you mean"
                        + " 'Account Name'?)"),
                errors(plan));
        Importer.Plan other = plan("salesforce.csv", List.of("name=Account Name", "region=Billing Ctry"));
        assertEquals(
                List.of("salesforce.csv:1:4: error: no column 'Billing Ctry' for region in the header (did you mean"
                        + " 'Billing Country'?)"),
                errors(other));
    }

    @Test
    void anUnknownFieldSaysWhatItMightBe() throws IOException {
        Importer.Plan plan = plan("salesforce.csv", List.of("name=Account Name", "industy=Industry", "revenue=X"));
        assertEquals(
                List.of(
                        "--map industy=Industry: error: unknown field 'industy' (did you mean 'industry'?)",
                        "--map revenue=X: error: unknown field 'revenue'"),
                errors(plan));
        assertEquals(
                "say which year the column holds: revenue.2026",
                plan.diagnostics().all().get(1).hint());
    }

    @Test
    void unknownFieldsAndUnknownColumnsAreReportedInOneRun() throws IOException {
        Importer.Plan plan = plan("salesforce.csv", List.of("name=Acount Name", "industy=Industry"));
        assertEquals(
                List.of(
                        "--map industy=Industry: error: unknown field 'industy' (did you mean 'industry'?)",
                        "salesforce.csv:1:1: error: no column 'Acount Name' for name in the header (did you mean"
                                + " 'Account Name'?)"),
                errors(plan));
    }

    @Test
    void aMappingFileGivesItsOwnPlaces() throws IOException {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "name: Account Name\nownr: Account Owner\n");
        Importer.Plan plan = importer()
                .plan(new Importer.Request(
                        FIXTURES.resolve("salesforce.csv"),
                        "salesforce.csv",
                        content,
                        List.of(),
                        mapping,
                        "mapping.yaml",
                        (char) 0,
                        null,
                        TODAY));
        assertEquals(List.of("mapping.yaml:2:1: error: unknown field 'ownr' (did you mean 'owner'?)"), errors(plan));
        Importer.Plan good = importer()
                .plan(new Importer.Request(
                        FIXTURES.resolve("salesforce.csv"),
                        "salesforce.csv",
                        content,
                        List.of(),
                        FIXTURES.resolve("mapping-salesforce.yaml"),
                        "mapping-salesforce.yaml",
                        (char) 0,
                        null,
                        TODAY));
        assertEquals(List.of(), errors(good));
        assertEquals(3, good.outcomes().size());
    }

    @Test
    void badValuesAreReportedAtTheirRowAndColumnAndNothingIsWritten() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(
                csv,
                "Name;Owner;Revenue;Since;Review;Stage\n"
                        + "Acme Industries;Jan;lots;2015;2026-02-30;cooperative\n"
                        + ";Piet;100;;;\n"
                        + "Bakker Foods B.V.;Els;1.250;15;03/04/2026;Coop\n"
                        + "Nieuw;Ans;USD 100;2020;;basic\n");
        Map<String, byte[]> before = snapshot();
        Importer.Plan plan = plan(
                csv.toString(),
                List.of(
                        "name=Name",
                        "owner=Owner",
                        "revenue.2026=Revenue",
                        "customer_since=Since",
                        "last_review=Review",
                        "stage=Stage"));
        String f = csv.toString();
        assertEquals(
                List.of(
                        f + ":2:3: error: revenue.2026 (column 3, 'Revenue'): 'lots' is not a number",
                        f + ":2:5: error: last_review (column 5, 'Review'): '2026-02-30' is not a date of the calendar",
                        f + ":3:1: error: name (column 1): the name is empty",
                        f + ":4:3: error: revenue.2026 (column 3, 'Revenue'): '1.250' can be read as 1250 or as 1.25",
                        f + ":4:4: error: customer_since (column 4, 'Since'): '15' is not a year",
                        f + ":4:5: error: last_review (column 5, 'Review'): '03/04/2026' can be read as 3 April or as 4"
                                + " March",
                        f + ":4:6: error: stage (column 6, 'Stage'): 'Coop' is not one of exploratory, basic,"
                                + " cooperative, interdependent, integrated",
                        f + ":5:3: error: revenue.2026 (column 3, 'Revenue'): 'USD 100' is in USD, the portal counts"
                                + " in EUR"),
                errors(plan));
        assertTrue(plan.files().isEmpty());
        assertSameFiles(before, snapshot());
    }

    @Test
    void theDecimalAndDateOptionsSettleWhatAValueCannot() throws IOException {
        Path csv = dir.resolve("settled.csv");
        Files.writeString(csv, "Name;Revenue;Review\nAcme Industries;1.250;03/04/2026\n");
        Importer.Plan plan = plan(
                csv.toString(),
                List.of("name=Name", "revenue.2026=Revenue", "last_review=Review"),
                ',',
                Importer.DateOrder.MONTH_FIRST);
        assertEquals(List.of(), errors(plan));
        assertEquals(
                List.of(
                        new Outcome.Change("business_review.revenue.2026", null, "1250"),
                        new Outcome.Change("last_review", null, "2026-03-04")),
                outcome(plan, "acme-industries").changes());
    }

    @Test
    void aNewAccountWithoutOwnerIsAnError() throws IOException {
        Path csv = dir.resolve("new.csv");
        Files.writeString(csv, "Name,Industry\nNieuwe Klant,Retail\nAcme Industries,Steel\n");
        Importer.Plan plan = plan(csv.toString(), List.of("name=Name", "industry=Industry"));
        assertEquals(
                List.of(csv + ":2:1: error: 'nieuwe-klant' is a new account and needs an owner, but no column is mapped"
                        + " to owner"),
                errors(plan));
    }

    @Test
    void whenTheResultWouldNotValidateNothingIsWritten() throws IOException {
        Path csv = dir.resolve("huge.csv");
        Files.writeString(csv, "Name,Revenue\nAcme Industries,9999999999999999999\n");
        Map<String, byte[]> before = snapshot();
        Importer.Plan plan = plan(csv.toString(), List.of("name=Name", "revenue.2026=Revenue"));
        List<String> errors = errors(plan);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(
                errors.get(0).startsWith(content + "/accounts/acme-industries/account.yaml:"),
                "the error points at the real file, not the scratch copy: " + errors);
        assertTrue(plan.files().isEmpty());
        assertSameFiles(before, snapshot());
    }

    @Test
    void aValueWrittenOverSeveralLinesIsLeftToTheUser() throws IOException {
        Path acme = content.resolve("accounts/acme-industries/account.yaml");
        Files.writeString(
                acme, Files.readString(acme).replace("region: Benelux\n", "region: >-\n  Benelux\n  and France\n"));
        Path csv = dir.resolve("region.csv");
        Files.writeString(csv, "Name,Region\nAcme Industries,Belgium\n");
        Importer.Plan plan = plan(csv.toString(), List.of("name=Name", "region=Region"));
        assertEquals(
                List.of(content + "/accounts/acme-industries/account.yaml:7:1: error: import cannot change 'region'"
                        + " here: its value is not a single value on one line"),
                errors(plan));
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) {
            assertArrayEquals(expected.get(k), actual.get(k), k);
        }
    }
}
