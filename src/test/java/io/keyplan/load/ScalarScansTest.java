package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that read numbers and dates accept exactly what the regular expressions
 * and {@link LocalDate#parse} they replaced accepted.
 */
class ScalarScansTest {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void numbersAreWhatTheRegularExpressionMatched() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "0",
                "-0",
                "+1",
                "1.",
                ".5",
                ".",
                "-.",
                "1.5e3",
                "1E-3",
                "1e",
                "1e+",
                "e3",
                "-e3",
                "1.2.3",
                "12 000",
                "1,5",
                "٣",
                "１",
                "0x10",
                "Infinity",
                "NaN",
                "1e5.5",
                "--1",
                "+-1",
                "5.e2",
                ".e2"));
        Random random = new Random(16);
        String alphabet = "0123456789.+-eE x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertEquals(NUMBER.matcher(t).matches(), Scalars.isNumber(t), t);
        }
    }

    @Test
    void datesAreWhatTheFormatterRead() {
        List<String> texts = new ArrayList<>(List.of(
                "2026-03-31",
                "2024-02-29",
                "2026-02-29",
                "2026-13-01",
                "2026-00-10",
                "2026-04-31",
                "2026-04-00",
                "0000-01-01",
                "9999-12-31",
                "2026-1-01",
                "26-01-01",
                "2026/01/01",
                "２０２６-01-01",
                "2026-01-01x",
                " 2026-01-01 "));
        Random random = new Random(16);
        for (int i = 0; i < 5_000; i++) {
            texts.add(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(15), random.nextInt(34)));
        }
        for (String t : texts) {
            Diagnostics d = new Diagnostics();
            Object read = new Scalars(d)
                    .convert(
                            LocalDate.class,
                            new YamlNode.Scalar(t, false, false, new SourceSpan("f", 1, 1)),
                            "k",
                            (io.keyplan.model.Range) null);
            assertEquals(formerly(t.trim()), read, t);
            assertEquals(read == null, d.hasErrors(), t);
        }
    }

    /** What the reader gave before: the shape by regular expression, the date by LocalDate.parse. */
    private static LocalDate formerly(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
