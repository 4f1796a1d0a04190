package io.keyplan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.text.Plural.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plural rules of en, nl and de (CLDR): one is the integer 1 written without decimals. */
class PluralTest {
    @ParameterizedTest
    @CsvSource({
        "en, 0, OTHER",
        "en, 1, ONE",
        "en, 2, OTHER",
        "en, 1.5, OTHER",
        "en, -1, ONE",
        "en, 0.5, OTHER",
        "nl, 0, OTHER",
        "nl, 1, ONE",
        "nl, 2, OTHER",
        "nl, 1.5, OTHER",
        "de, 0, OTHER",
        "de, 1, ONE",
        "de, 2, OTHER",
        "de, 1.5, OTHER"
    })
    void byValue(String language, double n, Category expected) {
        assertEquals(expected, Plural.of(language, n));
        if (n == Math.rint(n)) {
            assertEquals(expected, Plural.of(language, (long) n));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "en; 0; OTHER",
                "en; 1; ONE",
                "en; 2; OTHER",
                "en; 1.5; OTHER",
                "en; 1.0; OTHER",
                "en; 1,001; OTHER",
                "nl; 0; OTHER",
                "nl; 1; ONE",
                "nl; 2; OTHER",
                "nl; 1,5; OTHER",
                "nl; 1,0; OTHER",
                "de; 0; OTHER",
                "de; 1; ONE",
                "de; 2; OTHER",
                "de; 1,5; OTHER",
                "de; \u22121; ONE"
            })
    void byWhatTheReaderSees(String language, String shown, Category expected) {
        assertEquals(expected, Plural.ofShown(language, shown));
    }

    @ParameterizedTest
    @CsvSource({"0, 0 accounts", "1, 1 account", "2, 2 accounts", "-1, -1 account"})
    void englishCounts(long n, String expected) {
        assertEquals(expected, Plural.count(n, "account", "accounts"));
    }
}
