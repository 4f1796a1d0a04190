package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as Salesforce, HubSpot, Dynamics and Excel write it, and what is refused. */
class CsvReaderTest {
    @TempDir
    Path dir;

    Diagnostics d = new Diagnostics();

    Table read(byte[] bytes) throws IOException {
        Path f = dir.resolve("x.csv");
        Files.write(f, bytes);
        return CsvReader.read(f, "x.csv", d);
    }

    Table read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> texts(Table.Row row) {
        return row.cells().stream().map(Table.Cell::text).toList();
    }

    @Test
    void theSalesforceFixture() throws IOException {
        Table t = CsvReader.read(ImporterTest.FIXTURES.resolve("salesforce.csv"), "salesforce.csv", d);
        assertEquals("Account Name", t.header().get(0), "the BOM is not part of the first name");
        assertEquals(3, t.rows().size(), "the report's footer lines are no rows");
        assertEquals(List.of(2, 3, 4), t.rows().stream().map(Table.Row::line).toList());
        assertEquals("Steel, metals", t.rows().get(0).cell(2).text());
        assertEquals("Zeeland \"Blue\" Ports", t.rows().get(2).cell(0).text());
        assertEquals("Ports\nand logistics", t.rows().get(2).cell(2).text());
    }

    @Test
    void rowsAreNumberedByTheirLineInTheFileAlsoAfterALineBreakInAValue() throws IOException {
        Table t = read("Name,Notes\r\nA,\"one\r\ntwo\r\nthree\"\r\n\r\nB,x\r\n");
        assertEquals(List.of(2, 6), t.rows().stream().map(Table.Row::line).toList());
    }

    @Test
    void theDelimiterIsFoundFromTheHeader() throws IOException {
        assertEquals(
                List.of("a", "b;c"), texts(read("Name,Notes\na,b;c\n").rows().get(0)));
        assertEquals(
                List.of("a", "1,5"), texts(read("Naam;Omzet\na;1,5\n").rows().get(0)));
        assertEquals(
                List.of("a", "b, c"),
                texts(read("Name\tNotes\na\tb, c\n").rows().get(0)));
        assertEquals(List.of("a", "b"), texts(read("Name|Notes\na|b\n").rows().get(0)));
        assertEquals(
                List.of("Account; Name", "Notes"),
                read("\"Account; Name\",Notes\na,b\n").header());
    }

    @Test
    void excelsSepLineSaysTheDelimiter() throws IOException {
        Table t = read("sep=;\r\nName;Revenue\r\nA;1,5\r\n");
        assertEquals(List.of("Name", "Revenue"), t.header());
        assertEquals(2, t.headerLine());
        assertEquals(3, t.rows().get(0).line());
    }

    @Test
    void utf16WithItsByteOrderMarkAsExcelsUnicodeText() throws IOException {
        byte[] body = "Name\tOrt\nMüller\tKöln\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(List.of("Müller", "Köln"), texts(read(bytes).rows().get(0)));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithHowToSaveIt() throws IOException {
        assertNull(read("Name\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1)));
        Diagnostic e = d.all().get(0);
        assertEquals("x.csv: error: the file is not UTF-8 text", e.toString());
        assertEquals(
                "in Excel, save it with 'CSV UTF-8 (comma delimited)'; in other tools choose the UTF-8 encoding",
                e.hint());
    }

    @Test
    void aQuoteThatIsNeverClosedIsAnError() throws IOException {
        assertNull(read("Name,Notes\nA,\"open\nB,x\n"));
        assertEquals(
                "x.csv:2:1: error: the CSV file cannot be read: a quoted value is not closed",
                d.all().get(0).toString().replaceFirst("x.csv:\\d+:", "x.csv:2:"));
    }

    @Test
    void aCellOverTheLimitIsRefused() throws IOException {
        assertNull(read("Name,Notes\nA,\"" + "x".repeat(Limits.MAX_CELL_CHARS + 1) + "\"\n"));
        assertEquals(
                "x.csv:2:2: error: this cell holds more than 32767 characters",
                d.all().get(0).toString());
    }

    @Test
    void tooManyRowsAreRefused() throws IOException {
        StringBuilder b = new StringBuilder("Name\n");
        for (int i = 0; i <= Limits.MAX_ROWS; i++) {
            b.append('a').append(i).append('\n');
        }
        assertNull(read(b.toString()));
        assertEquals(
                "x.csv:100002:1: error: the file has more than 100000 rows",
                d.all().get(0).toString());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        assertNull(read(""));
        assertEquals("x.csv: error: the file is empty", d.all().get(0).toString());
    }
}
