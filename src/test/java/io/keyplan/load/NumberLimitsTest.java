package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every number of the model has a range that keeps the figures computed from it finite: what
 * {@code validate} lets through, {@code build} can always handle.
 */
class NumberLimitsTest {
    @TempDir
    Path dir;

    /** Every amount of account.yaml, each on its own line, with {@code @} where the value goes. */
    private static final String AMOUNTS = """
            name: Acme
            owner: Jan
            business_review:
              revenue:
                2026: @
              customer_spend: @
              products:
                - name: P
                  revenue: {2026: @}
            investments:
              by_us:
                - item: I
                  amount: @
            opportunities:
              - description: O
                value: @
            forecast:
              current_year_target: @
              year_1: @
              year_2: @
              year_3: @
              years_4_6: @
            cross_sell:
              products: [P]
              departments:
                D:
                  P: {status: opportunity, potential: @}
            """;

    private List<String> load(String accountYaml) throws IOException {
        Diagnostics d = new Diagnostics();
        loadContent(accountYaml, d);
        return d.all().stream()
                .filter(x -> x.isError())
                .map(x -> x.rule() + " " + x.at().line() + ":" + x.at().column() + " " + x.message())
                .toList();
    }

    private Content loadContent(String accountYaml, Diagnostics d) throws IOException {
        Files.writeString(dir.resolve("portal.yaml"), "currency: EUR\n");
        Path acme = Files.createDirectories(dir.resolve("accounts/acme"));
        Files.writeString(acme.resolve("account.yaml"), accountYaml);
        return assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> new ContentLoader().load(dir, LocalDate.of(2026, 6, 1), d));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e307",
                "-1e307",
                "1.7976931348623157e308",
                "-1.8e308",
                "1e400",
                "1e999999999",
                "1e2147483647",
                "1000000000000000.5",
                "1e16",
                "-1000000000000001",
                "123456789012345678901234567890"
            })
    void everyAmountOutsideItsRangeIsAnErrorAtItsPlace(String value) throws IOException {
        List<String> errors = load(AMOUNTS.replace("@", value));
        assertEquals(11, errors.size(), errors::toString);
        for (String e : errors) {
            assertTrue(e.startsWith("range "), e);
            assertTrue(e.contains((value.startsWith("-") ? "is too far below zero: " : "is too large: ") + value), e);
        }
        // One per line, at the value's column.
        String tooLarge = value.startsWith("-") ? "is too far below zero: " : "is too large: ";
        assertTrue(errors.contains("range 5:11 '2026' " + tooLarge + value), errors::toString);
        assertTrue(errors.contains("range 6:19 'customer_spend' " + tooLarge + value), errors::toString);
        assertTrue(errors.contains("range 27:43 'potential' " + tooLarge + value), errors::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {".inf", "-.inf", ".nan", ".NaN", "+.inf", "Infinity", "NaN", "1e", "0x10", "1_000"})
    void infinityAndNotANumberAreNoNumbers(String value) throws IOException {
        List<String> errors = load(AMOUNTS.replace("@", value));
        assertEquals(11, errors.size(), errors::toString);
        errors.forEach(
                e -> assertTrue(e.startsWith("type ") && e.contains("must be a number, got \"" + value + "\""), e));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1000000000000000",
                "-1000000000000000",
                "1e15",
                "0",
                "-0",
                "0.000001",
                "1e-300",
                "-1e-300",
                "4.9e-324",
                "0.0000004",
                "1e-999999999",
                "-1e-2147483647",
                "0.00000049999999"
            })
    void amountsAtTheLimitsAreFine(String value) throws IOException {
        Diagnostics d = new Diagnostics();
        Content c = loadContent(AMOUNTS.replace("@", value), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
        Double spend = c.accounts().get(0).plan().businessReview().customerSpend();
        assertTrue(Double.isFinite(spend) && (spend == 0 || Math.abs(spend) >= 1e-6), "read as " + spend);
    }

    @Test
    void digitsBeyondTheSixthDecimalAreRounded() throws IOException {
        Diagnostics d = new Diagnostics();
        Account a = loadContent(AMOUNTS.replace("@", "0.1234567"), d).accounts().get(0);
        assertEquals(0.123457, a.plan().businessReview().customerSpend());
        a = loadContent(AMOUNTS.replace("@", "0.0000005"), d).accounts().get(0);
        assertEquals(0.000001, a.plan().businessReview().customerSpend(), "half up at the sixth decimal");
        a = loadContent(AMOUNTS.replace("@", "1e-999999999"), d).accounts().get(0);
        assertEquals(0.0, a.plan().businessReview().customerSpend());
        a = loadContent(AMOUNTS.replace("@", "1e-300"), d).accounts().get(0);
        assertEquals(0.0, a.plan().businessReview().customerSpend());
        assertEquals(
                "0.0",
                String.valueOf(loadContent(AMOUNTS.replace("@", "-1e-300"), d)
                        .accounts()
                        .get(0)
                        .plan()
                        .businessReview()
                        .customerSpend()),
                "no negative zero");
    }

    @Test
    void aNumberOfAMillionDigitsIsRefusedQuickly() throws IOException {
        for (String value :
                List.of("9".repeat(1_000_000), "1" + "0".repeat(999_998) + "x", "1." + "1".repeat(999_997) + "x")) {
            List<String> errors = load("name: Acme\nowner: Jan\nbusiness_review:\n  customer_spend: " + value + "\n");
            assertEquals(
                    List.of("range 4:19 'customer_spend' must be a number, got a text of 1000000 characters"), errors);
        }
    }

    /** Random number-like texts: a range error, a type error or a finite value in range, quickly; never an exception. */
    @Test
    void randomNumberTextsNeverCrashOrEscapeTheirRange() throws NoSuchFieldException {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "0123456789.eE+-_ x";
        io.keyplan.model.Range amount =
                io.keyplan.model.Forecast.class.getRecordComponents()[0].getAnnotation(io.keyplan.model.Range.class);
        io.keyplan.model.Range percent =
                io.keyplan.model.Opportunity.class.getRecordComponents()[4].getAnnotation(io.keyplan.model.Range.class);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 20_000; i++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + random.nextInt(random.nextBoolean() ? 8 : 70);
                for (int k = 0; k < n; k++) {
                    b.append(
                            random.nextInt(3) == 0
                                    ? alphabet.charAt(random.nextInt(alphabet.length()))
                                    : (char) ('0' + random.nextInt(10)));
                }
                if (random.nextInt(4) == 0) {
                    b.insert(
                            random.nextInt(b.length() + 1),
                            "e" + (random.nextBoolean() ? "-" : "") + random.nextInt(Integer.MAX_VALUE));
                }
                String text = b.toString();
                YamlNode.Scalar s = new YamlNode.Scalar(text, false, false, new io.keyplan.model.SourceSpan("x", 1, 1));
                for (io.keyplan.model.Range r : new io.keyplan.model.Range[] {amount, percent, null}) {
                    for (Class<?> type : List.of(Double.class, Integer.class)) {
                        Diagnostics d = new Diagnostics();
                        Object v = new Scalars(d).convert(type, s, "k", r);
                        assertEquals(v == null, d.hasErrors(), text);
                        if (v instanceof Double x) {
                            assertTrue(
                                    Double.isFinite(x)
                                            && (r == null ? Math.abs(x) <= 1e18 : x >= r.min() && x <= r.max()),
                                    text);
                            assertTrue(x == 0 || Math.abs(x) >= 1e-6, text);
                        }
                    }
                }
            }
        });
    }

    @Test
    void percentagesScoresYearsAndCountsKeepTheirRanges() throws IOException {
        List<String> errors = load("""
                name: Acme
                owner: Jan
                customer_since: 1e307
                business_review:
                  gross_margin_pct: 1e-300
                  net_contribution_pct: 100.0000001
                  quotes: {won: 1e10, lost: 99999999999999999999}
                objectives:
                  - objective: O
                    year: 99999
                opportunities:
                  - description: O
                    probability: -1e307
                """);
        assertEquals(
                List.of(
                        "range 3:17 'customer_since' must be a whole number from 1800 to 2200, got 1e307",
                        "range 7:17 'won' must be a whole number from 0 to 1000000000, got 1e10",
                        "range 7:29 'lost' must be a whole number from 0 to 1000000000, got 99999999999999999999",
                        "range 10:11 'year' must be a whole number from 1800 to 2200, got 99999",
                        "range 13:18 'probability' must be a number from 0 to 100, got -1e307"),
                errors);
    }
}
