package io.keyplan.intake;

import io.keyplan.diagnostic.Printable;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.model.Coded;
import io.keyplan.model.Language;
import io.keyplan.model.Stage;
import io.keyplan.model.Status;
import io.keyplan.model.Visibility;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cell into the value a field holds, accepting what CRMs and Excel write in English, Dutch
 * and German settings; a value that could be read two ways is an error that says how to settle it.
 * Pure functions: the result is the value as written to YAML ({@code 1234567.5},
 * {@code 2026-09-30}, {@code at-risk}) or a problem. docs/importing.md lists what is accepted.
 */
final class Values {
    /** Which way round a date with the year last is: day first (30/09/2026) or month first (09/30/2026). */
    enum DateOrder {
        DAY_FIRST,
        MONTH_FIRST
    }

    /** The parsed value as YAML text, or what is wrong with the cell ({@code value} null). */
    record Result(String value, String problem, String hint) {
        static Result ok(String value) {
            return new Result(value, null, null);
        }

        static Result bad(String problem, String hint) {
            return new Result(null, problem, hint);
        }
    }

    /**
     * How to read the file's values.
     *
     * @param decimal   ',' or '.' when the user said which is the decimal mark; 0 to tell from the value
     * @param dateOrder null to tell from the value
     * @param currency  the portal's currency: an amount may name it, never another
     */
    record Settings(char decimal, DateOrder dateOrder, String currency) {}

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ,].*)?");
    private static final Pattern YEAR_LAST =
            Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?:[T ,].*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2}(?:\\s.*)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    // A unit after the amount may start only at a run of spaces or one space into it (after a word):
    // started from every space of a long run, the pattern read the run to its end each time.
    static final Pattern CURRENCY = Pattern.compile(
            "^([A-Za-z]{3}|[€$£¥])(?=[\\s\\d(\u2212-])\\s*|(?<=[\\d\\s])(?<!\\s\\s)\\s*([A-Za-z]{3}|[€$£¥])$");
    // Possessive: the JDK matches a greedy group by recursion, once per group of digits, and a cell of
    // thousands of them overflowed the stack.
    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:[.,'][0-9]+)*+");
    /** A line break with the white space around it, read in linear time: see {@code markdown.PlainTextCollector}'s. */
    static final Pattern BREAK_WITH_SPACE = Pattern.compile("(?:(?<!\\s)|(?!\\s))\\s*\\R\\s*");

    private static final Pattern SCALE = Pattern.compile("(?i).*\\d\\s*(k|m|mn|mio|mln|bn|mrd|million|thousand)\\.?$");

    private Values() {}

    static Result parse(Target.Kind kind, Table.Cell cell, Table table, Settings s) {
        String text = cell.text().strip();
        return switch (kind) {
            case SLUG, TEXT, PERSON -> Result.ok(BREAK_WITH_SPACE.matcher(text).replaceAll(" "));
            case YEAR -> year(cell, table, text);
            case DATE -> cell.number() != null ? serial(cell.number(), table.date1904()) : date(text, s.dateOrder());
            case STAGE -> coded(text, Stage.class);
            case STATUS -> coded(text, Status.class);
            case VISIBILITY -> coded(text, Visibility.class);
            case LANGUAGE -> coded(text, Language.class);
            case AMOUNT -> cell.number() != null ? Result.ok(XlsxReader.plain(cell.number())) : amount(text, s);
        };
    }

    static Result year(Table.Cell cell, Table table, String text) {
        if (cell.number() != null) {
            BigDecimal n = cell.number();
            if (n.compareTo(BigDecimal.valueOf(Target.FIRST_YEAR)) >= 0
                    && n.compareTo(BigDecimal.valueOf(Target.LAST_YEAR)) <= 0
                    && n.stripTrailingZeros().scale() <= 0) {
                return Result.ok(n.toBigInteger().toString());
            }
            Result d = serial(n, table.date1904());
            return d.value() == null ? d : Result.ok(d.value().substring(0, 4));
        }
        if (YEAR.matcher(text).matches()) {
            return inYears(Integer.parseInt(text));
        }
        // A date column ("Customer Since: 2015-03-01") gives its year; which way round day and month
        // are does not matter for that.
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return inYears(Integer.parseInt(iso.group(1)));
        }
        Matcher last = YEAR_LAST.matcher(text);
        if (last.matches()) {
            return inYears(Integer.parseInt(last.group(4)));
        }
        return Result.bad(
                "'" + Printable.shorten(text) + "' is not a year", "write the year with four digits, e.g. 2015");
    }

    private static Result inYears(int year) {
        return year >= Target.FIRST_YEAR && year <= Target.LAST_YEAR
                ? Result.ok(Integer.toString(year))
                : Result.bad(
                        "the year " + year + " is out of range",
                        "a year from " + Target.FIRST_YEAR + " to " + Target.LAST_YEAR);
    }

    /** An Excel date serial: days since 1899-12-30 (Excel counts a 29 February 1900 that never was). */
    static Result serial(BigDecimal n, boolean date1904) {
        long days = n.longValue();
        if (days < 1 || days > 2_958_465) {
            return Result.bad("'" + XlsxReader.plain(n) + "' is not a date", "format the cell as a date in Excel");
        }
        LocalDate d = date1904
                ? LocalDate.of(1904, 1, 1).plusDays(days)
                : days < 60
                        ? LocalDate.of(1899, 12, 31).plusDays(days)
                        : LocalDate.of(1899, 12, 30).plusDays(days);
        return Result.ok(d.toString());
    }

    static Result date(String text, DateOrder order) {
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return ymd(text, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String sep = m.group(2);
            DateOrder o = order;
            if (o == null) {
                if (a > 12 && b <= 12) {
                    o = DateOrder.DAY_FIRST;
                } else if (b > 12 && a <= 12) {
                    o = DateOrder.MONTH_FIRST;
                } else if (!sep.equals("/")) {
                    // 30.09.2026 (German) and 30-09-2026 (Dutch) put the day first; only the slash is
                    // written both ways round.
                    o = DateOrder.DAY_FIRST;
                } else if (a == b) {
                    o = DateOrder.DAY_FIRST;
                } else {
                    return Result.bad(
                            "'" + Printable.shorten(text) + "' can be read as " + a + " " + month(b) + " or as " + b
                                    + " " + month(a),
                            "say which with --date-format DD/MM/YYYY or --date-format MM/DD/YYYY, or write the date"
                                    + " as YYYY-MM-DD");
                }
            }
            return o == DateOrder.DAY_FIRST
                    ? ymd(text, m.group(4), m.group(3), m.group(1))
                    : ymd(text, m.group(4), m.group(1), m.group(3));
        }
        if (SHORT_YEAR.matcher(text).matches()) {
            return Result.bad(
                    "'" + Printable.shorten(text) + "' has a two-digit year",
                    "write the year with four digits, or YYYY-MM-DD");
        }
        return Result.bad("'" + Printable.shorten(text) + "' is not a date", "write it as YYYY-MM-DD, e.g. 2026-09-30");
    }

    private static String month(int m) {
        return m >= 1 && m <= 12
                ? java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                : "month " + m;
    }

    private static Result ymd(String text, String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return Result.ok(date.toString());
        } catch (DateTimeException e) {
            return Result.bad(
                    "'" + Printable.shorten(text) + "' is not a date of the calendar", "check the day and the month");
        }
    }

    static <E extends Enum<E> & Coded> Result coded(String text, Class<E> type) {
        String code = text.toLowerCase(Locale.ROOT).trim().replaceAll("[\\s_]+", "-");
        if (Coded.fromCode(type, code).isPresent()) {
            return Result.ok(code);
        }
        List<String> codes = Coded.codes(type);
        return Result.bad(
                "'" + Printable.shorten(text) + "' is not one of " + String.join(", ", codes)
                        + Suggest.didYouMean(code, codes),
                "change the value in the export, or leave this column out of the mapping");
    }

    /**
     * An amount: digits with a decimal mark and thousands separators as any of the three languages
     * write them ({@code 1234567}, {@code 1,234,567.00}, {@code 1.234.567,00}, {@code 1 234 567},
     * {@code 1'234'567.50}), a minus sign or accounting brackets, and the portal's currency code or
     * sign. {@code 1.234} alone is refused unless {@code --decimal} says which mark is the decimal one.
     */
    static Result amount(String raw, Settings s) {
        String text = raw.replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replace('\u2009', ' ')
                .strip();
        if (SCALE.matcher(text).matches()) {
            return Result.bad(
                    "'" + Printable.shorten(raw) + "' uses a short form (k, m, bn)",
                    "write the full amount in digits, e.g. 1200000 for 1.2m");
        }
        boolean negative = false;
        if (text.startsWith("(") && text.endsWith(")")) {
            negative = true;
            text = text.substring(1, text.length() - 1).strip();
        }
        Matcher cur = CURRENCY.matcher(text);
        if (cur.find()) {
            String unit = cur.group(1) != null ? cur.group(1) : cur.group(2);
            String code = switch (unit) {
                case "€" -> "EUR";
                case "$" -> "USD";
                case "£" -> "GBP";
                case "¥" -> "JPY";
                default -> unit.toUpperCase(Locale.ROOT);
            };
            if (!code.equals(s.currency())) {
                return Result.bad(
                        "'" + Printable.shorten(raw) + "' is in " + code + ", the portal counts in " + s.currency(),
                        "convert the amounts to " + s.currency() + " before the import");
            }
            text = cur.replaceFirst("").strip();
        }
        if (text.startsWith("-") || text.startsWith("\u2212")) {
            negative = !negative;
            text = text.substring(1).strip();
        }
        text = text.replaceAll("(?<=\\d) (?=\\d{3}(\\D|$))", "");
        if (!DIGITS.matcher(text).matches()) {
            return Result.bad(
                    "'" + Printable.shorten(raw) + "' is not a number",
                    "write the amount in digits, e.g. 1234567 or 1.234.567,00");
        }
        String number = decimal(text, s.decimal());
        if (number == null) {
            return Result.bad(
                    "'" + Printable.shorten(raw) + "' can be read as "
                            + Printable.shorten(XlsxReader.plain(
                                    new BigDecimal(grouped(text, text.indexOf('.') >= 0 ? '.' : ',', (char) 0))))
                            + " or as "
                            + Printable.shorten(XlsxReader.plain(
                                    new BigDecimal(grouped(text, (char) 0, text.indexOf('.') >= 0 ? '.' : ',')))),
                    "say which mark is the decimal one with --decimal , or --decimal . (or write the amount"
                            + " without thousands separators)");
        }
        if (number.isEmpty()) {
            return Result.bad(
                    "'" + Printable.shorten(raw)
                            + "' is not a number: its thousands separators are not in groups of three",
                    "write the amount in digits, e.g. 1234567 or 1.234.567,00");
        }
        BigDecimal value = new BigDecimal(number);
        return Result.ok(XlsxReader.plain(negative ? value.negate() : value));
    }

    /**
     * The digits with '.' as the decimal mark; null when it cannot be told which mark is the decimal
     * one, the empty string when the separators are not in groups of three.
     */
    static String decimal(String text, char decimalMark) {
        int dots = count(text, '.');
        int commas = count(text, ',');
        char dec;
        if (decimalMark != 0) {
            dec = decimalMark;
        } else if (dots > 0 && commas > 0) {
            dec = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
        } else if (dots + commas == 0) {
            dec = 0;
        } else {
            char only = dots > 0 ? '.' : ',';
            if (text.indexOf('\'') >= 0) {
                dec = only; // 1'234.50: the apostrophe groups, so the other mark is the decimal one
            } else if (dots + commas > 1) {
                dec = 0; // 1.234.567 or 1,234,567: only thousands
                return grouped(text, only, dec);
            } else if (text.length() - text.indexOf(only) - 1 == 3) {
                return null; // 1.234 or 1,234: a thousand, or one and a bit
            } else {
                dec = only;
            }
        }
        char group = dec == '.' ? ',' : dec == ',' ? '.' : 0;
        return grouped(text, group, dec);
    }

    /** Removes thousands separators {@code group} (and apostrophes), checking groups of three. */
    private static String grouped(String text, char group, char dec) {
        String whole = text;
        String fraction = "";
        if (dec != 0) {
            int d = text.lastIndexOf(dec);
            if (d >= 0) {
                whole = text.substring(0, d);
                fraction = text.substring(d + 1);
                if (fraction.indexOf('.') >= 0 || fraction.indexOf(',') >= 0 || fraction.indexOf('\'') >= 0) {
                    return "";
                }
            }
        }
        String[] parts = whole.split("[" + (group == 0 ? "" : "\\" + group) + "']", -1);
        if (parts.length > 1) {
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() != 3) {
                    return "";
                }
            }
            if (parts[0].isEmpty() || parts[0].length() > 3) {
                return "";
            }
        }
        String digits = String.join("", parts);
        if (digits.indexOf('.') >= 0 || digits.indexOf(',') >= 0) {
            return "";
        }
        return fraction.isEmpty() ? digits : digits + "." + fraction;
    }

    /**
     * The decimal mark a column's amounts show without doubt (a value with both marks, or one mark
     * used twice as thousands separator), so that 250,000 in a column that also holds 420,000.00 is
     * read the same way; 0 when the column does not tell or contradicts itself.
     */
    static char decimalMarkOf(List<String> cells) {
        char found = 0;
        for (String raw : cells) {
            String t = raw.strip();
            int dots = count(t, '.');
            int commas = count(t, ',');
            char mark;
            if (dots > 0 && commas > 0) {
                mark = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
            } else if (dots > 1 && commas == 0) {
                mark = ',';
            } else if (commas > 1 && dots == 0) {
                mark = '.';
            } else {
                continue;
            }
            if (found != 0 && found != mark) {
                return 0;
            }
            found = mark;
        }
        return found;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
