package io.keyplan.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.keyplan.testing.Growth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a cell may hold for each kind of field (docs/importing.md, "Values"). */
class ValuesTest {
    static final Values.Settings AUTO = new Values.Settings((char) 0, null, "EUR");
    static final Table CSV = new Table("f.csv", 1, List.of("A"), List.of(), false, false);

    static String amount(String text) {
        Values.Result r = Values.amount(text, AUTO);
        return r.value() == null ? "error: " + r.problem() : r.value();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1234567|1234567",
                "1,234,567.00|1234567",
                "1.234.567,00|1234567",
                "1 234 567|1234567",
                "1\u00a0234\u00a0567,50|1234567.5",
                "1'234'567.50|1234567.5",
                "1234567,5|1234567.5",
                "1234.56|1234.56",
                "-1.500,25|-1500.25",
                "(2,500.00)|-2500",
                "EUR 1.200.000|1200000",
                "€ 88.000,00|88000",
                "88000 €|88000",
                "1.234.567|1234567",
                "0,5|0.5",
            })
    void amountsAsCrmsAndExcelWriteThem(String text, String expected) {
        assertEquals(expected, amount(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234|error: '1.234' can be read as 1234 or as 1.234",
                "1,250|error: '1,250' can be read as 1250 or as 1.25",
                "EUR 1.2m|error: 'EUR 1.2m' uses a short form (k, m, bn)",
                "250k|error: '250k' uses a short form (k, m, bn)",
                "USD 100|error: 'USD 100' is in USD, the portal counts in EUR",
                "$100|error: '$100' is in USD, the portal counts in EUR",
                "12,34,567|error: '12,34,567' is not a number: its thousands separators are not in groups of three",
                "lots|error: 'lots' is not a number",
                "n/a|error: 'n/a' is not a number",
            })
    void amountsThatAreWrongOrAmbiguousAreErrors(String text, String expected) {
        assertEquals(expected, amount(text));
    }

    @Test
    void aCellOfThousandsOfDigitGroupsIsAnErrorNotACrash() {
        String cell = "1,".repeat(20_000) + "1";
        assertEquals(
                // The cell is quoted shortened, as every long value in a message (Printable.shorten).
                "error: '" + cell.substring(0, 57) + "...' is not a number: its thousands separators are not in"
                        + " groups of three",
                amount(cell));
    }

    @Test
    void aCellWithALongRunOfSpacesIsReadInLinearTime() {
        // The currency and line-break patterns read a run of spaces to its end from each of its spaces.
        Growth.check("an amount with spaces inside", " ", 100_000, spaces -> amount("1" + spaces + "1"));
        Growth.check("an amount with spaces before its unit", " ", 100_000, spaces -> amount("1" + spaces + "1 EUR"));
        Growth.check(
                "a text with spaces inside",
                " ",
                100_000,
                spaces -> Values.parse(Target.Kind.TEXT, Table.Cell.text("a" + spaces + "b"), CSV, AUTO)
                        .value());
        assertEquals("1", amount("1" + " ".repeat(1_000) + "EUR"));
        assertEquals("1", amount("1" + " ".repeat(1_000) + "€"));
    }

    @Test
    void theLinearPatternsFindWhatThePlainOnesFound() {
        // The patterns as they were before they were made linear.
        Pattern currency =
                Pattern.compile("^([A-Za-z]{3}|[€$£¥])(?=[\\s\\d(\u2212-])\\s*|(?<=[\\d\\s])\\s*([A-Za-z]{3}|[€$£¥])$");
        Pattern breaks = Pattern.compile("\\s*\\R\\s*");
        char[] alphabet = {
            '1', ' ', '\t', 'E', 'U', 'R', 'x', '€', '$', '(', '-', '\u2212', '\n', '\r', '\u0085', '\u2028'
        };
        Random random = new Random(24);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            Matcher was = currency.matcher(text);
            Matcher is = Values.CURRENCY.matcher(text);
            boolean found = was.find();
            assertEquals(found, is.find(), text);
            if (found) {
                assertEquals(
                        List.of(was.start(), was.end(), String.valueOf(was.group(1)), String.valueOf(was.group(2))),
                        List.of(is.start(), is.end(), String.valueOf(is.group(1)), String.valueOf(is.group(2))),
                        text);
            }
            assertEquals(
                    breaks.matcher(text).replaceAll(" "),
                    Values.BREAK_WITH_SPACE.matcher(text).replaceAll(" "),
                    text);
        }
    }

    @Test
    void theDecimalOptionSettlesOneSeparator() {
        assertEquals(
                "1.234",
                Values.amount("1,234", new Values.Settings(',', null, "EUR")).value());
        assertEquals(
                "1234",
                Values.amount("1,234", new Values.Settings('.', null, "EUR")).value());
        assertEquals(
                "1234",
                Values.amount("1.234", new Values.Settings(',', null, "EUR")).value());
    }

    @Test
    void aColumnTellsItsDecimalMarkWhenOneValueShowsIt() {
        assertEquals('.', Values.decimalMarkOf(List.of("250,000", "420,000.00")));
        assertEquals(',', Values.decimalMarkOf(List.of("250.000", "1.020.000")));
        assertEquals('.', Values.decimalMarkOf(List.of("250.000", "1,020,000")));
        assertEquals(0, Values.decimalMarkOf(List.of("1.020.000", "1,020,000")));
        assertEquals(0, Values.decimalMarkOf(List.of("250.000", "17")));
    }

    static String date(String text, Values.DateOrder order) {
        Values.Result r = Values.date(text, order);
        return r.value() == null ? "error: " + r.problem() : r.value();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-09-30|2026-09-30",
                "2026-09-30T08:15:00Z|2026-09-30",
                "2026-09-30 08:15|2026-09-30",
                "2026/09/30|2026-09-30",
                "30.09.2026|2026-09-30",
                "1.3.2026|2026-03-01",
                "30-09-2026|2026-09-30",
                "30/09/2026|2026-09-30",
                "09/30/2026|2026-09-30",
                "9/30/2026 10:15 AM|2026-09-30",
                "04/04/2026|2026-04-04",
                "03/04/2026|error: '03/04/2026' can be read as 3 April or as 4 March",
                "30/09/26|error: '30/09/26' has a two-digit year",
                "2026-02-30|error: '2026-02-30' is not a date of the calendar",
                "next week|error: 'next week' is not a date",
            })
    void datesWithoutADateFormat(String text, String expected) {
        assertEquals(expected, date(text, null));
    }

    @Test
    void theDateFormatSaysWhichWayRoundASlashDateIs() {
        assertEquals("2026-04-03", date("03/04/2026", Values.DateOrder.DAY_FIRST));
        assertEquals("2026-03-04", date("03/04/2026", Values.DateOrder.MONTH_FIRST));
        assertEquals(
                "error: '30/09/2026' is not a date of the calendar", date("30/09/2026", Values.DateOrder.MONTH_FIRST));
    }

    @Test
    void excelDateSerials() {
        assertEquals("2026-09-30", Values.serial(new BigDecimal("46295"), false).value());
        assertEquals("1900-01-01", Values.serial(BigDecimal.ONE, false).value());
        assertEquals("1900-03-01", Values.serial(new BigDecimal("61"), false).value());
        assertEquals("2026-09-30", Values.serial(new BigDecimal("44833"), true).value());
        assertEquals(
                "2026-09-30", Values.serial(new BigDecimal("46295.75"), false).value());
    }

    @Test
    void yearsFromYearsDatesAndSerials() {
        assertEquals("2015", Values.year(Table.Cell.text("2015"), CSV, "2015").value());
        assertEquals(
                "2015",
                Values.year(Table.Cell.text("01-03-2015"), CSV, "01-03-2015").value());
        assertEquals(
                "2015",
                Values.year(Table.Cell.text("2015-03-01 10:00"), CSV, "2015-03-01 10:00")
                        .value());
        assertEquals(
                "2015",
                Values.year(new Table.Cell("2015", new BigDecimal("2015")), CSV, "2015")
                        .value());
        assertEquals(
                "2026",
                Values.year(new Table.Cell("46295", new BigDecimal("46295")), CSV, "46295")
                        .value());
        assertEquals(
                "the year 1066 is out of range",
                Values.year(Table.Cell.text("1066"), CSV, "1066").problem());
        assertEquals(
                "'15' is not a year",
                Values.year(Table.Cell.text("15"), CSV, "15").problem());
    }

    @Test
    void codedValuesAsPeopleWriteThem() {
        assertEquals(
                "at-risk",
                Values.coded("At Risk", io.keyplan.model.Status.class).value());
        assertEquals(
                "at-risk",
                Values.coded("AT_RISK", io.keyplan.model.Status.class).value());
        assertEquals("nl", Values.coded("NL", io.keyplan.model.Language.class).value());
        Values.Result r = Values.coded("cooperatve", io.keyplan.model.Stage.class);
        assertNull(r.value());
        assertEquals(
                "'cooperatve' is not one of exploratory, basic, cooperative, interdependent, integrated (did you mean"
                        + " 'cooperative'?)",
                r.problem());
    }

    @Test
    void textLosesItsLineBreaksAndOuterSpaces() {
        assertEquals(
                "Ports and logistics",
                Values.parse(Target.Kind.TEXT, Table.Cell.text("  Ports\r\nand logistics "), CSV, AUTO)
                        .value());
    }
}
