package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first sheet of a workbook written by FastExcel's writer in the test, and the files that are refused. */
class XlsxReaderTest {
    @TempDir
    Path dir;

    Diagnostics d = new Diagnostics();

    Path workbook() throws IOException {
        Path f = dir.resolve("accounts.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(out, "KeyPlanTest", "1.0");
            Worksheet ws = wb.newWorksheet("Accounts");
            ws.value(0, 0, "Account Name");
            ws.value(0, 1, "Owner");
            ws.value(0, 2, "Revenue 2026");
            ws.value(0, 3, "Last Review");
            ws.value(0, 4, "Since");
            ws.value(1, 0, "Acme Industries"); // a shared string
            ws.inlineString(1, 1, "Jan de Vries");
            ws.value(1, 2, 1020000.5);
            ws.value(1, 3, LocalDate.of(2026, 9, 30));
            ws.style(1, 3).format("yyyy-mm-dd").set();
            ws.value(1, 4, 2015);
            ws.value(3, 0, "Nieuwe Klant B.V."); // row 3 is empty
            ws.value(3, 1, "Els Bakker");
            wb.newWorksheet("Other").value(0, 0, "not read");
            wb.finish();
        }
        return f;
    }

    @Test
    void theFirstSheetWithSharedAndInlineStringsNumbersAndDates() throws IOException {
        Table t = XlsxReader.read(workbook(), "accounts.xlsx", d);
        assertEquals(List.of("Account Name", "Owner", "Revenue 2026", "Last Review", "Since"), t.header());
        assertTrue(t.spreadsheet());
        assertEquals(
                List.of(2, 4), t.rows().stream().map(Table.Row::line).toList(), "row numbers, the empty one skipped");
        Table.Row acme = t.rows().get(0);
        assertEquals("Acme Industries", acme.cell(0).text());
        assertEquals("Jan de Vries", acme.cell(1).text());
        assertEquals(new BigDecimal("1020000.5"), acme.cell(2).number());
        assertEquals(
                "2026-09-30",
                Values.parse(Target.Kind.DATE, acme.cell(3), t, ValuesTest.AUTO).value(),
                "a date is a serial number in the sheet");
        assertEquals(
                "2015",
                Values.parse(Target.Kind.YEAR, acme.cell(4), t, ValuesTest.AUTO).value());
        assertEquals("column C", t.columnName(2));
    }

    @Test
    void anImportFromAWorkbookReportsRowNumbersAndColumns() throws IOException {
        Path f = workbook();
        Path content = dir.resolve("content");
        ImporterTest.copy(ImporterTest.FIXTURES.resolve("content"), content);
        Importer.Plan plan = ImporterTest.importer()
                .plan(new Importer.Request(
                        f,
                        "accounts.xlsx",
                        content,
                        List.of("name=Account Name", "owner=Owner", "revenue.2026=Revenue 2026", "stage=Since"),
                        null,
                        null,
                        (char) 0,
                        null,
                        ImporterTest.TODAY));
        assertEquals(
                List.of("accounts.xlsx:2:5: error: stage (column E, 'Since'): '2015' is not one of exploratory, basic,"
                        + " cooperative, interdependent, integrated"),
                ImporterTest.errors(plan));
        Importer.Plan good = ImporterTest.importer()
                .plan(new Importer.Request(
                        f,
                        "accounts.xlsx",
                        content,
                        List.of(
                                "name=Account Name",
                                "owner=Owner",
                                "revenue.2026=Revenue 2026",
                                "last_review=Last Review"),
                        null,
                        null,
                        (char) 0,
                        null,
                        ImporterTest.TODAY));
        assertEquals(List.of(), ImporterTest.errors(good));
        assertEquals(
                List.of(
                        new Outcome.Change("business_review.revenue.2026", null, "1020000.5"),
                        new Outcome.Change("last_review", null, "2026-09-30")),
                ImporterTest.outcome(good, "acme-industries").changes());
        assertEquals(
                Outcome.Kind.NEW, ImporterTest.outcome(good, "nieuwe-klant-b-v").kind());
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path f = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertNull(XlsxReader.read(f, "bomb.xlsx", d));
        assertEquals(
                "bomb.xlsx: error: a part of the workbook unpacks to more than 100 times its size (a zip bomb?)",
                d.all().get(0).toString());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        Path f = dir.resolve("fake.xlsx");
        Files.writeString(f, "Name,Owner\nA,B\n");
        assertNull(XlsxReader.read(f, "fake.xlsx", d));
        assertEquals(
                "fake.xlsx: error: the file is not an Excel workbook (.xlsx): it is no zip archive",
                d.all().get(0).toString());
        Path zip = dir.resolve("empty.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write(1);
            z.closeEntry();
        }
        Diagnostics other = new Diagnostics();
        assertNull(XlsxReader.read(zip, "empty.xlsx", other));
        assertEquals(
                "empty.xlsx: error: the file cannot be read as an Excel workbook (.xlsx)",
                other.all().get(0).toString());
    }
}
