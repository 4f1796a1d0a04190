package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the public build warns about in released text (spec 7): amounts of money, percentages,
 * e-mail addresses and phone numbers as people write them in English, Dutch and German, and the
 * numbers that are none of these (years, dates, codes, counts, versions).
 */
class DisclosuresTest {
    /** Input, then each finding as {@code KIND text}; none for a text that must not warn. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // money: currency code or sign before or after, every number format and multiplier
                found("Largest food customer (EUR 2.9m in 2026) with", "MONEY EUR 2.9m"),
                found("a contract of about EUR 9.5m", "MONEY EUR 9.5m"),
                found("Umsatz von EUR 3,4 Mio im Jahr", "MONEY EUR 3,4 Mio"),
                found("rund 3,4 Mio. EUR pro Jahr", "MONEY 3,4 Mio. EUR"),
                found("omzet van € 1 mld in 2030", "MONEY € 1 mld"),
                found("Wil groei naar EUR 1 mrd omzet", "MONEY EUR 1 mrd"),
                found("Grow from EUR 640m to EUR 1bn revenue", "MONEY EUR 640m", "MONEY EUR 1bn"),
                found("costs about EUR 18k per hour", "MONEY EUR 18k"),
                found("a deal of €2.9m", "MONEY €2.9m"),
                found("worth $3.5M", "MONEY $3.5M"),
                found("worth US$ 3M a year", "MONEY US$ 3M"),
                found("£1.2bn turnover", "MONEY £1.2bn"),
                found("CHF 3.5 Mio. Auftragswert", "MONEY CHF 3.5 Mio"),
                found("SEK 12 000 per site", "MONEY SEK 12 000"),
                found("NOK 450k budget", "MONEY NOK 450k"),
                found("DKK 2,5 mio.", "MONEY DKK 2,5 mio"),
                found("USD 1,250,000 in total", "MONEY USD 1,250,000"),
                found("1.234.567 Euro Umsatz", "MONEY 1.234.567 Euro"),
                found("revenue of 1,234,567 last year", "MONEY 1,234,567"),
                found("een omzet van 1.234.567", "MONEY 1.234.567"),
                found("total 1 234 567 over three years", "MONEY 1 234 567"),
                found("total 1\u00A0234\u00A0567 over three years", "MONEY 1\u00A0234\u00A0567"),
                found("total 1\u2009234\u2009567 over three years", "MONEY 1\u2009234\u2009567"),
                found("Preis 1.234,50 € netto", "MONEY 1.234,50 €"),
                found("grew to 2.9m last year", "MONEY 2.9m"),
                found("budget of 250k for sensors", "MONEY 250k"),
                found("3,4 Mio Umsatz", "MONEY 3,4 Mio"),
                found("ruim 3 miljoen per jaar", "MONEY 3 miljoen"),
                found("etwa 2 Millionen im Jahr", "MONEY 2 Millionen"),
                found("about 2 million a year", "MONEY 2 million"),
                found("€ 450.000 investering", "MONEY € 450.000"),
                found("100 euro per uur", "MONEY 100 euro"),
                found("a 2.9m€ deal", "MONEY 2.9m€"),
                found("EUR2.9m", "MONEY EUR2.9m"),
                found("hourly rate of EUR 95", "MONEY EUR 95"),
                found("1,5 mln euro", "MONEY 1,5 mln euro"),
                // percentages
                found("OEE from 71 % to 80 % by 2028", "PERCENTAGE 71 %", "PERCENTAGE 80 %"),
                found("a share of 12%", "PERCENTAGE 12%"),
                found("a share of 12\u00A0% today", "PERCENTAGE 12\u00A0%"),
                found("down 12 percent", "PERCENTAGE 12 percent"),
                found("down 12 per cent", "PERCENTAGE 12 per cent"),
                found("12 procent lager", "PERCENTAGE 12 procent"),
                found("um 12 Prozent gesenkt", "PERCENTAGE 12 Prozent"),
                found("margins down by 2-3 % a year", "PERCENTAGE 2-3 %"),
                found("index at 3.1 %, not 4.5 %", "PERCENTAGE 3.1 %", "PERCENTAGE 4.5 %"),
                found("Verfügbarkeit 99,8 %", "PERCENTAGE 99,8 %"),
                found("3 percentage points", "PERCENTAGE 3 percentage"),
                // e-mail addresses
                found(
                        "write to sanne.verhoeven@kesslerdewit.example today",
                        "EMAIL sanne.verhoeven@kesslerdewit.example"),
                found("<jan@example.com>", "EMAIL jan@example.com"),
                found("[Jan](mailto:jan.de-vries+kam@sub.example.co.uk).", "EMAIL jan.de-vries+kam@sub.example.co.uk"),
                found("Mail: info@müller-gmbh.de.", "EMAIL info@müller-gmbh.de"),
                // phone numbers
                found("call +31 20 123 4567 today", "PHONE +31 20 123 4567"),
                found("Tel. (020) 123-4567", "PHONE (020) 123-4567"),
                found("Tel. +49 (0)89 1234567", "PHONE +49 (0)89 1234567"),
                found("bel 020 123 4567", "PHONE 020 123 4567"),
                found("bel 06-12345678", "PHONE 06-12345678"),
                found("+44 20 7946 0958.", "PHONE +44 20 7946 0958"),
                found("Tel: +4989123456789", "PHONE +4989123456789"),
                // no figure at all
                found("We have worked together since 2026."),
                found("Go-live in Q3 2026."),
                found("Certified to ISO 9001 and IEC 62443."),
                found("Service desk open 24/7."),
                found("Three plants, 3 sites, 5 lines."),
                found("Release 1.2.3 of the firmware."),
                found("Contract expires 2026-11-29."),
                found("Vertrag bis 29.11.2026 verlängert."),
                found("One of our top 20 customers."),
                found("See section 6.4 and 3.2.1."),
                found("HTM 03-01 verification reports"),
                found("S/4HANA go-live 2027-06"),
                found("a 12,000 m2 warehouse"),
                found("the 90's"),
                found("COVID-19 measures"),
                found("A4 paper, 3D model, 10km radius"),
                found("meeting at 9:30 on 01.12.2026"),
                found("from 2 to 3 shifts"),
                found("our #1 supplier"),
                found("in EUR, not in USD"),
                found("the 2.0 version, 3 m long belt"),
                found("https://example.com/report?id=2026"),
                found("at @kesslerdewit on social media"),
                found("+5 more sites in 2027"),
                found("phone extension 1234"),
                found("(2026-11-29)"),
                found("0800 1234"));
    }

    private static Arguments found(String text, String... findings) {
        return Arguments.of(text, List.of(findings));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhatThePublicMustNotSeeAndNothingElse(String text, List<String> expected) {
        List<String> found = Disclosures.find(text).stream()
                .map(f -> f.kind() + " " + f.in(text))
                .toList();
        assertEquals(expected, found);
    }

    /** Hostile input: long runs of what the scanner looks at, 1 MB each: a quadratic scan would take hours. */
    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputIsScannedInLinearTime(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Disclosures.find(text));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Emails.withhold(text));
    }

    static Stream<String> hostile() {
        return Stream.of(
                "1",
                "1.",
                "1,234",
                "1 234 ",
                "+1 ",
                "(020) ",
                "0",
                "a@",
                "@a.b",
                "a.b@c.d",
                "a@b.",
                "€1 ",
                "EUR 1",
                "1%",
                "1 Mio ",
                "\u00A01",
                "x@y.zz ",
                "aaaaaaaaaa",
                "-1",
                "((",
                "[x](mailto:a@b.cc)");
    }
}
