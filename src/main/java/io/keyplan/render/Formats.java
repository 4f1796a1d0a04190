package io.keyplan.render;

import io.keyplan.model.Language;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, amounts, percentages and dates as the portal's language writes them:
 * en in the British style, nl as in the Netherlands, de as in Germany.
 * {@link NumberFormat} is not thread-safe and costly to look up (locale providers, symbols), so
 * each thread keeps one of each kind and sets its digits per call.
 */
public final class Formats {
    private final Locale locale;
    private final Currency currency;
    private final DateTimeFormatter dateFormat;
    private final ThreadLocal<NumberFormat> moneyFormat;
    private final ThreadLocal<NumberFormat> numberFormat;
    private final ThreadLocal<NumberFormat> percentFormat;

    public Formats(Language language, String currencyCode) {
        this.locale = locale(language);
        this.currency = currency(currencyCode);
        this.dateFormat = DateTimeFormatter.ofPattern(language == Language.DE ? "dd.MM.yyyy" : "d MMM yyyy", locale);
        this.moneyFormat = ThreadLocal.withInitial(() -> {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(currency);
            f.setMaximumFractionDigits(0);
            f.setMinimumFractionDigits(0);
            return f;
        });
        this.numberFormat = ThreadLocal.withInitial(() -> NumberFormat.getNumberInstance(locale));
        this.percentFormat = ThreadLocal.withInitial(() -> NumberFormat.getPercentInstance(locale));
    }

    public static Locale locale(Language language) {
        switch (language) {
            case NL:
                return Locale.forLanguageTag("nl-NL");
            case DE:
                return Locale.forLanguageTag("de-DE");
            default:
                return Locale.forLanguageTag("en-GB");
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "EUR" : code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Currency.getInstance("EUR");
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The currency amounts are written in. */
    public Currency currency() {
        return currency;
    }

    /** An amount in the portal currency, in whole units: {@code € 1.234.567} (nl). */
    public String money(Number amount) {
        if (amount == null) {
            return "";
        }
        return unbroken(moneyFormat.get().format(amount.doubleValue()));
    }

    /** A number with grouping and at most {@code decimals} decimals. */
    public String number(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat f = numberFormat.get();
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return unbroken(f.format(value.doubleValue()));
    }

    /** A percentage given as 0..100: {@code 45 %} (de), {@code 45%} (en, nl). */
    public String percent(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat f = percentFormat.get();
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return unbroken(f.format(value.doubleValue() / 100.0));
    }

    /**
     * A number and its unit stay on one line ("100 %", "€ 2.870.000"): the locale's spaces are
     * no-break spaces already in most JDKs, a plain space here would let a table cell break them.
     */
    private static String unbroken(String formatted) {
        return formatted.replace(' ', '\u00A0');
    }

    /** A date: {@code 23 Nov 2026} (en), {@code 23 nov. 2026} (nl), {@code 23.11.2026} (de). */
    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }
}
