package io.keyplan.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what a public text should not show (spec 7): amounts of money, percentages, e-mail
 * addresses and phone numbers, as people write them in English, Dutch and German ("EUR 2.9m",
 * "3,4 Mio. EUR", "1.234.567", "12 %", "12 Prozent", "+31 20 123 4567", "(020) 123-4567").
 * Years, dates, version and section numbers, small counts and codes such as "ISO 9001" are left
 * alone: a bare number is a figure only when it is written with thousands separators.
 *
 * <p>A hand-written scanner, not a regular expression: it reads the text once and looks at most
 * a few dozen characters around any position, so hostile input cannot make it slow. Pure
 * functions; offsets are UTF-16 indexes into the text.
 */
final class Disclosures {
    /** What was found, in the words a warning uses. */
    enum Kind {
        MONEY("an amount of money", "public-amount"),
        PERCENTAGE("a percentage", "public-percentage"),
        EMAIL("an e-mail address", "public-email"),
        PHONE("a phone number", "public-phone");

        final String words;
        final String rule;

        Kind(String words, String rule) {
            this.words = words;
            this.rule = rule;
        }
    }

    /** One finding: {@code [start, end)} of the text. */
    record Finding(Kind kind, int start, int end) {
        String in(String text) {
            return text.substring(start, end);
        }
    }

    /** Currency codes as written in upper case; codes that are English words ("ALL", "TOP") are left out. */
    private static final Set<String> CODES = Set.of(
            "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "JPY", "CNY",
            "RMB", "HKD", "SGD", "AUD", "NZD", "CAD", "INR", "BRL", "MXN", "ZAR", "RUB", "TRY", "KRW", "AED", "SAR",
            "ILS");
    /** Currencies written as words, compared in lower case. */
    private static final Set<String> WORDS =
            Set.of("euro", "euros", "dollar", "dollars", "kr", "franken", "cent", "eurocent", "pond", "pfund");

    private static final String SYMBOLS = "€$£¥₹₽₺₩₪₴₣ƒ";
    /** Multipliers that may follow a number with or without a space, compared in lower case. */
    private static final Set<String> MAGNITUDES = Set.of(
            "bn",
            "mn",
            "mln",
            "mio",
            "mrd",
            "mld",
            "tsd",
            "million",
            "millions",
            "miljoen",
            "miljoenen",
            "millionen",
            "billion",
            "billions",
            "miljard",
            "miljarden",
            "milliarde",
            "milliarden");
    /** Multipliers only written right after the number ("2.9m", "250k"): "3 m" is three metres. */
    private static final Set<String> ATTACHED = Set.of("k", "K", "m", "M");

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final int MAX_PHONE = 40;

    private Disclosures() {}

    /** Every finding in the text, in order, none overlapping another. */
    static List<Finding> find(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<int[]> emails = emails(s);
        int nextEmail = 0;
        int floor = 0; // nothing before this may be part of a new finding
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (nextEmail < emails.size() && i >= emails.get(nextEmail)[0]) {
                int[] e = emails.get(nextEmail++);
                out.add(new Finding(Kind.EMAIL, e[0], e[1]));
                i = floor = e[1];
                continue;
            }
            int limit = nextEmail < emails.size() ? emails.get(nextEmail)[0] : n;
            char c = s.charAt(i);
            if ((c == '+' || c == '(' || c == '0') && !wordCharBefore(s, i)) {
                int end = phone(s, i, limit);
                if (end > 0) {
                    out.add(new Finding(Kind.PHONE, i, end));
                    i = floor = end;
                    continue;
                }
            }
            if (isDigit(c)) {
                if (!numberMayStart(s, i, floor)) {
                    i = afterWord(s, i, limit);
                    continue;
                }
                Finding f = amount(s, i, limit, floor);
                if (f != null) {
                    out.add(f);
                    i = floor = f.end();
                } else {
                    i = afterWord(s, i, limit);
                }
                continue;
            }
            i++;
        }
        return out;
    }

    /** The e-mail addresses in the text, as {@code [start, end)}, in order. */
    static List<int[]> emails(String s) {
        List<int[]> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int lastEnd = 0;
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            if (at < lastEnd) {
                continue;
            }
            int a = at;
            while (a > lastEnd && at - a < MAX_LOCAL && isLocalChar(s.charAt(a - 1))) {
                a--;
            }
            while (a < at && (s.charAt(a) == '.' || s.charAt(a) == '-')) {
                a++;
            }
            if (a == at) {
                continue;
            }
            int b = at + 1;
            while (b < s.length() && b - at <= MAX_DOMAIN && isDomainChar(s.charAt(b))) {
                b++;
            }
            while (b > at + 1 && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
                b--;
            }
            if (isDomain(s, at + 1, b)) {
                out.add(new int[] {a, b});
                lastEnd = b;
            }
        }
        return out;
    }

    /** Labels of letters, digits and hyphens between dots, at least two, the last of two letters or more. */
    private static boolean isDomain(String s, int from, int to) {
        if (to - from < 4) {
            return false;
        }
        int labels = 0;
        int labelStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                if (i == labelStart) {
                    return false;
                }
                labels++;
                if (i == to) {
                    for (int k = labelStart; k < to; k++) {
                        if (!Character.isLetter(s.charAt(k))) {
                            return false;
                        }
                    }
                    return labels >= 2 && to - labelStart >= 2;
                }
                labelStart = i + 1;
            }
        }
        return false;
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || "._%+-'".indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    /**
     * A phone number from {@code i}: international ({@code +31 20 123 4567}, {@code +49 (0)89 1234567}),
     * with an area code in brackets ({@code (020) 123-4567}), or national with a leading zero in
     * two groups or more ({@code 020 123 4567}). Its end, or -1.
     */
    private static int phone(String s, int i, int limit) {
        int cap = Math.min(limit, i + MAX_PHONE);
        int j = i;
        int digits = 0;
        int groups = 0;
        int firstGroup = -1;
        char start = s.charAt(i);
        if (start == '+') {
            j++;
        } else if (start == '(') {
            int d = digitsFrom(s, j + 1, cap);
            if (d < 2 || d > 5 || j + 1 + d >= cap || s.charAt(j + 1 + d) != ')') {
                return -1;
            }
            digits += d;
            groups++;
            j += d + 2;
            if (j < cap && isPhoneSeparator(s.charAt(j))) {
                j++;
            }
        }
        int end = -1;
        while (j < cap && isDigit(s.charAt(j))) {
            int d = digitsFrom(s, j, cap);
            if (firstGroup < 0) {
                firstGroup = d;
            }
            digits += d;
            groups++;
            j += d;
            end = j;
            int k = j;
            if (k < cap && isPhoneSeparator(s.charAt(k))) {
                k++;
            }
            if (k < cap && s.charAt(k) == '(') {
                int d2 = digitsFrom(s, k + 1, cap);
                if (d2 < 1 || d2 > 4 || k + 1 + d2 >= cap || s.charAt(k + 1 + d2) != ')') {
                    break;
                }
                digits += d2;
                k += d2 + 2;
                if (k < cap && isPhoneSeparator(s.charAt(k))) {
                    k++;
                }
            }
            if (k < cap && isDigit(s.charAt(k))) {
                j = k;
            } else {
                break;
            }
        }
        if (end < 0 || end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '%')) {
            return -1;
        }
        boolean ok = switch (start) {
            case '+' -> digits >= 8 && digits <= 15;
            case '(' -> digits >= 8 && digits <= 13;
            default -> groups >= 2 && digits >= 9 && digits <= 13 && firstGroup >= 2 && firstGroup <= 5;
        };
        return ok ? end : -1;
    }

    private static boolean isPhoneSeparator(char c) {
        return isSpace(c) || c == '-' || c == '.' || c == '/';
    }

    private static int digitsFrom(String s, int j, int cap) {
        int k = j;
        while (k < cap && isDigit(s.charAt(k))) {
            k++;
        }
        return k - j;
    }

    /**
     * The amount or percentage whose number starts at {@code i}, or null when the number is none
     * (a year, a count, a code).
     */
    private static Finding amount(String s, int i, int limit, int floor) {
        int[] number = number(s, i, limit);
        int j = number[0];
        boolean grouped = number[1] == 1;
        int mag = magnitude(s, j, limit);
        boolean magnitude = mag > j;
        if (magnitude) {
            j = mag;
        }
        int before = currencyBefore(s, i, floor);
        int after = currencyAfter(s, j, limit, magnitude);
        if (before < 0 && after < 0 && !magnitude) {
            int percent = percent(s, j, limit);
            if (percent > 0) {
                return new Finding(Kind.PERCENTAGE, rangeStart(s, i, floor), percent);
            }
        }
        if (before >= 0 || after > 0 || magnitude || grouped) {
            if (!magnitude && after < 0 && j < limit && Character.isLetter(s.charAt(j))) {
                return before >= 0 ? new Finding(Kind.MONEY, before, number[0]) : null;
            }
            return new Finding(Kind.MONEY, before >= 0 ? before : i, after > 0 ? after : j);
        }
        return null;
    }

    /** "2-3 %": the percentage starts at the first number of a range written with a hyphen or dash. */
    private static int rangeStart(String s, int i, int floor) {
        if (i - 2 >= floor && (s.charAt(i - 1) == '-' || s.charAt(i - 1) == '–') && isDigit(s.charAt(i - 2))) {
            int k = i - 2;
            while (k > floor
                    && i - k < 12
                    && (isDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '.' || s.charAt(k - 1) == ',')) {
                k--;
            }
            if (isDigit(s.charAt(k)) && !wordCharBefore(s, k)) {
                return k;
            }
        }
        return i;
    }

    /**
     * The end of the number at {@code i} (digits with {@code .}, {@code ,}, apostrophes or spaces
     * between them), and 1 when it is written with thousands separators: "1.234.567",
     * "1,234,567", "1 234 567", "1,234.50".
     */
    private static int[] number(String s, int i, int limit) {
        int j = i + digitsFrom(s, i, limit);
        int first = j - i;
        int groups = 0;
        char separator = 0;
        boolean decimal = false;
        boolean regular = first <= 3;
        while (j < limit) {
            char c = s.charAt(j);
            if ((c == '.' || c == ',' || c == '\'' || c == '’') && j + 1 < limit && isDigit(s.charAt(j + 1))) {
                int d = digitsFrom(s, j + 1, limit);
                if (d == 3 && !decimal && (separator == 0 || separator == c)) {
                    separator = c;
                    groups++;
                } else if (!decimal && separator != 0 && separator != c && (c == '.' || c == ',')) {
                    decimal = true;
                } else {
                    regular = false;
                }
                j += 1 + d;
            } else if (isSpace(c)
                    && first <= 3
                    && !decimal
                    && (separator == 0 || separator == ' ')
                    && digitsFrom(s, j + 1, limit) == 3
                    && (j + 4 >= limit || !Character.isLetterOrDigit(s.charAt(j + 4)))) {
                separator = ' ';
                groups++;
                j += 4;
            } else {
                break;
            }
        }
        boolean thousands = regular && (groups >= 2 || groups >= 1 && decimal);
        return new int[] {j, thousands ? 1 : 0};
    }

    /** The end of a multiplier after the number ("m", "bn", " Mio", " million"), or {@code j}. */
    private static int magnitude(String s, int j, int limit) {
        if (j >= limit) {
            return j;
        }
        int k = lettersFrom(s, j, limit);
        if (k > j) {
            String word = s.substring(j, k);
            return ATTACHED.contains(word) || MAGNITUDES.contains(word.toLowerCase(Locale.ROOT)) ? k : j;
        }
        if (isSpace(s.charAt(j)) && j + 1 < limit) {
            k = lettersFrom(s, j + 1, limit);
            if (k > j + 1 && MAGNITUDES.contains(s.substring(j + 1, k).toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return j;
    }

    /** The end of a currency right after the amount ("2,9 €", "3 Mio. EUR", "100 euro", "2.9m€"), or -1. */
    private static int currencyAfter(String s, int j, int limit, boolean magnitude) {
        int k = j;
        if (magnitude && k < limit && s.charAt(k) == '.') {
            k++;
        }
        if (k < limit && isSpace(s.charAt(k))) {
            k++;
        }
        if (k >= limit) {
            return -1;
        }
        if (SYMBOLS.indexOf(s.charAt(k)) >= 0) {
            return k + 1;
        }
        int e = lettersFrom(s, k, limit);
        if (e > k && e - k <= 9) {
            String word = s.substring(k, e);
            if (CODES.contains(word) || WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return -1;
    }

    /** The start of a currency right before the number ("EUR 2.9m", "€2,9", "US$ 3M", "CHF 3.5"), or -1. */
    private static int currencyBefore(String s, int i, int floor) {
        int k = i;
        if (k - 1 >= floor && isSpace(s.charAt(k - 1))) {
            k--;
        }
        if (k - 1 < floor) {
            return -1;
        }
        if (SYMBOLS.indexOf(s.charAt(k - 1)) >= 0) {
            int sym = k - 1;
            int a = sym;
            while (a > floor && sym - a < 2 && Character.isUpperCase(s.charAt(a - 1))) {
                a--; // US$, A$, HK$
            }
            return a < sym && !wordCharBefore(s, a) ? a : sym;
        }
        int a = k;
        while (a > floor && k - a <= 9 && Character.isLetter(s.charAt(a - 1))) {
            a--;
        }
        if (a < k && !wordCharBefore(s, a)) {
            String word = s.substring(a, k);
            if (CODES.contains(word) || WORDS.contains(word.toLowerCase(Locale.ROOT)) && !word.equals("cent")) {
                return a;
            }
        }
        return -1;
    }

    /** The end of a percent sign or word after the number ("%", " %", " percent", " Prozent", " per cent"), or -1. */
    private static int percent(String s, int j, int limit) {
        int k = j;
        if (k < limit && isSpace(s.charAt(k))) {
            k++;
        }
        if (k >= limit) {
            return -1;
        }
        if (s.charAt(k) == '%' || s.charAt(k) == '٪' || s.charAt(k) == '％') {
            return k + 1;
        }
        int e = lettersFrom(s, k, limit);
        if (e == k || k == j) {
            return -1;
        }
        String word = s.substring(k, e).toLowerCase(Locale.ROOT);
        if (word.startsWith("percent") || word.startsWith("procent") || word.startsWith("prozent")) {
            return e;
        }
        if (word.equals("pct")) {
            return e;
        }
        if (word.equals("per") && e + 1 < limit && isSpace(s.charAt(e))) {
            int e2 = lettersFrom(s, e + 1, limit);
            if (s.substring(e + 1, e2).toLowerCase(Locale.ROOT).equals("cent")) {
                return e2;
            }
        }
        return -1;
    }

    /**
     * Whether a number may start at {@code i}: not in the middle of a word ("Q3", "S4", "A4"
     * unless the word is a currency: "EUR2.9m"), nor after a separator that makes it part of
     * something else (a date, a version, a time, an address, an entity).
     */
    private static boolean numberMayStart(String s, int i, int floor) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        if (Character.isLetter(p)) {
            int a = i;
            while (a > floor && i - a <= 3 && Character.isLetter(s.charAt(a - 1))) {
                a--;
            }
            return CODES.contains(s.substring(a, i)) && !wordCharBefore(s, a);
        }
        if (Character.isDigit(p) || "._/#%&@:\\=".indexOf(p) >= 0) {
            return false;
        }
        if ((p == '-' || p == '–') && i >= 2 && Character.isLetter(s.charAt(i - 2))) {
            return false; // COVID-19, A-1; "2-3 %" is a range
        }
        return true;
    }

    /** Past the run of letters, digits and separators a rejected number stands in. */
    private static int afterWord(String s, int i, int limit) {
        int k = i;
        while (k < limit
                && (Character.isLetterOrDigit(s.charAt(k))
                        || (s.charAt(k) == '.' || s.charAt(k) == ',')
                                && k + 1 < limit
                                && Character.isLetterOrDigit(s.charAt(k + 1)))) {
            k++;
        }
        return Math.max(k, i + 1);
    }

    private static int lettersFrom(String s, int j, int limit) {
        int k = j;
        while (k < limit && k - j < 16 && Character.isLetter(s.charAt(k))) {
            k++;
        }
        return k - j >= 16 ? j : k;
    }

    private static boolean wordCharBefore(String s, int i) {
        return i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A space between the parts of an amount: plain, no-break, thin or narrow no-break. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
    }
}
