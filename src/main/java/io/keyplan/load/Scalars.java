package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Printable;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.model.Coded;
import io.keyplan.model.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Converts single YAML values to text, numbers, yes/no, dates and coded enums, with plain-words errors. */
final class Scalars {
    /** The codes of each coded enum, looked up once per type rather than once per value. */
    private static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object c : type.getEnumConstants()) {
                byCode.putIfAbsent(((Coded) c).code(), c); // the first, as a search in declaration order finds
            }
            return Map.copyOf(byCode);
        }
    };
    /** Numbers are read to this many decimals. */
    static final int DECIMALS = 6;
    /** Longer numbers are refused unread. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Beyond every range of the model; larger values are refused before any arithmetic. */
    private static final BigDecimal LARGEST = new BigDecimal("1e18");

    private final Diagnostics diagnostics;
    /** Mistakes reported so far, for the binder to tell which parts were read in full. */
    private int mistakes;

    Scalars(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Short texts are shared, up to this many different ones. */
    private static final int SHARED_MAX = 200_000;

    private static final java.util.concurrent.ConcurrentHashMap<String, String> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One copy of a short text that many plans repeat (names, titles, regions, departments): a
     * portfolio of thousands of plans would otherwise hold each of them thousands of times.
     */
    static String shared(String text) {
        if (text.length() > 48) {
            return text;
        }
        String known = SHARED.get(text);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= SHARED_MAX) {
            return text;
        }
        known = SHARED.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    Object convert(Class<?> type, YamlNode.Scalar s, String key, Range range) {
        return convert(type, s, key, range == null ? null : Bounds.of(range));
    }

    Object convert(Class<?> type, YamlNode.Scalar s, String key, Bounds range) {
        String text = s.text().trim();
        if (type == String.class) {
            return shared(s.text());
        }
        if (type == Double.class || type == double.class || type == Integer.class || type == int.class) {
            return number(type, s, text, key, range);
        }
        if (type == Boolean.class || type == boolean.class) {
            // The YAML 1.2 core spellings, which editors read as yes/no too; "yes" and "on" are
            // YAML 1.1 and text to an editor, so they stay mistakes.
            if (!s.quoted() && isBoolean(text)) {
                return Boolean.valueOf(text.equalsIgnoreCase("true"));
            }
            fail(s, "type", quote(key) + " must be true or false, got \"" + Printable.shorten(s.text()) + "\"", null);
            return null;
        }
        if (type == LocalDate.class) {
            return date(s, text, key);
        }
        if (isCoded(type)) {
            return coded(type, s, text, key);
        }
        throw new IllegalStateException("no conversion to " + type.getName());
    }

    /** A map key: text, a year or a coded enum (section id). */
    Object mapKey(Class<?> type, YamlNode.Scalar k, String mapName) {
        String text = k.text().trim();
        if (type == String.class) {
            return shared(k.text());
        }
        if (type == Integer.class) {
            if (text.length() == 4 && digits(text, 0, 4)) {
                return Integer.valueOf(text);
            }
            fail(
                    k,
                    "type",
                    quote(mapName) + " must list years like 2026, got \"" + Printable.shorten(text) + "\"",
                    null);
            return null;
        }
        if (isCoded(type)) {
            return coded(type, k, text, mapName);
        }
        throw new IllegalStateException("no map key of type " + type.getName());
    }

    private Object number(Class<?> type, YamlNode.Scalar s, String text, String key, Bounds range) {
        boolean whole = type == Integer.class || type == int.class;
        if (text.length() > MAX_NUMBER_LENGTH) {
            // Checking or reading a million digits takes minutes; no plan needs more than a few.
            fail(
                    s,
                    "range",
                    quote(key) + " must be " + expected(type, range) + ", got a text of " + text.length()
                            + " characters",
                    "write the number with at most " + MAX_NUMBER_LENGTH + " characters");
            return null;
        }
        BigDecimal value = null;
        if (isNumber(text)) {
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException | ArithmeticException e) {
                value = null; // an exponent beyond what any number needs
            }
        }
        if (value == null || (whole && value.stripTrailingZeros().scale() > 0)) {
            String hint = text.matches(".*\\d.*")
                    ? "write a plain number: no thousands separators, currency signs or units"
                    : null;
            fail(
                    s,
                    "type",
                    quote(key) + " must be " + expected(type, range) + ", got \"" + Printable.shorten(s.text()) + "\"",
                    hint);
            return null;
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            outOfRange(s, type, key, range, value.signum(), text);
            return null;
        }
        // Digits beyond the sixth decimal are dropped: they mean nothing in a plan, and a tiny
        // amount like 1e-300 would make ratios overflow (docs/format.md, "Numbers").
        // Below 1e-7 the value rounds to 0; rounding 1e-999999999 itself would need a billion digits.
        boolean tiny = (long) value.precision() - value.scale() <= -DECIMALS - 1;
        double d = tiny ? 0.0 : value.setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
        if (range != null && (d < range.min() || d > range.max())) {
            outOfRange(s, type, key, range, value.signum(), text);
            return null;
        }
        if (whole) {
            if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                fail(s, "range", quote(key) + " is too large: " + Printable.shorten(text), null);
                return null;
            }
            return value.intValue();
        }
        return d == 0 ? 0.0 : d; // no -0.0, which would print as "-0"
    }

    private void outOfRange(YamlNode.Scalar s, Class<?> type, String key, Bounds range, int sign, String text) {
        String what = range != null && !isAmount(range)
                ? " must be " + expected(type, range) + ", got "
                : sign < 0 ? " is too far below zero: " : " is too large: ";
        fail(s, "range", quote(key) + what + Printable.shorten(text), rangeHint(range));
    }

    private static String rangeHint(Bounds range) {
        return isAmount(range)
                ? "an amount may be at most " + format(Range.AMOUNT)
                        + " (a million billion) in the portal's currency, either way"
                : null;
    }

    private static boolean isAmount(Bounds range) {
        return range != null && range.max() == Range.AMOUNT && range.min() == -Range.AMOUNT;
    }

    private LocalDate date(YamlNode.Scalar s, String text, String key) {
        if (!isDateShape(text)) {
            fail(
                    s,
                    "type",
                    quote(key) + " must be a date like 2026-03-31, got \"" + Printable.shorten(s.text()) + "\"",
                    "write dates as year-month-day");
            return null;
        }
        try {
            // The shape is checked above, so this reads what LocalDate.parse reads, without its formatter.
            return LocalDate.of(
                    Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            fail(
                    s,
                    "type",
                    quote(key) + " is not a real date: \"" + text + "\"",
                    "check the month (01-12) and the day of the month");
            return null;
        }
    }

    private Object coded(Class<?> type, YamlNode.Scalar s, String text, String key) {
        Object c = CODES.get(type).get(text);
        if (c != null) {
            return c;
        }
        // Only a mistake needs the list of codes.
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<String> codes = Coded.codes((Class) type);
        fail(
                s,
                "enum",
                quote(key) + " must be one of " + String.join(", ", codes) + "; got \"" + Printable.shorten(s.text())
                        + "\"" + Suggest.didYouMean(text, codes),
                null);
        return null;
    }

    /** The YAML 1.2 core spellings of true and false. */
    private static boolean isBoolean(String text) {
        return switch (text) {
            case "true", "True", "TRUE", "false", "False", "FALSE" -> true;
            default -> false;
        };
    }

    /** {@code 2026-03-31}: four, two and two ASCII digits. */
    private static boolean isDateShape(String text) {
        return text.length() == 10
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && digits(text, 0, 4)
                && digits(text, 5, 7)
                && digits(text, 8, 10);
    }

    /**
     * {@code [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?}, with ASCII digits, scanned by hand: it is asked
     * of every number of every plan.
     */
    static boolean isNumber(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int whole = skipDigits(text, i);
        boolean mantissa;
        if (whole > i) {
            i = whole;
            if (i < n && text.charAt(i) == '.') {
                i = skipDigits(text, i + 1);
            }
            mantissa = true;
        } else if (i < n && text.charAt(i) == '.') {
            int fraction = skipDigits(text, i + 1);
            mantissa = fraction > i + 1;
            i = fraction;
        } else {
            mantissa = false;
        }
        if (!mantissa) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
                j++;
            }
            int exponent = skipDigits(text, j);
            if (exponent == j) {
                return false;
            }
            i = exponent;
        }
        return i == n;
    }

    private static int skipDigits(String text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean digits(String text, int from, int to) {
        return skipDigits(text, from) >= to;
    }

    /** "a number from 0 to 100", "a whole number", ... */
    static String expected(Class<?> type, Bounds range) {
        String what;
        if (type == Integer.class || type == int.class) {
            what = "a whole number";
        } else if (type == Double.class || type == double.class) {
            what = "a number";
        } else if (type == Boolean.class) {
            return "true or false";
        } else if (type == LocalDate.class) {
            return "a date like 2026-03-31";
        } else if (isCoded(type)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<String> codes = Coded.codes((Class) type);
            return "one of " + String.join(", ", codes);
        } else {
            return "a single text";
        }
        // An amount's limit is far from any real figure: named only when it is passed.
        return range == null || isAmount(range)
                ? what
                : what + " from " + format(range.min()) + " to " + format(range.max());
    }

    /** 100, 5.5, 1000000000000000: as a user would write it, never 1.0E15. */
    static String format(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private void fail(YamlNode.Scalar s, String rule, String message, String hint) {
        mistakes++;
        diagnostics.error(s.at(), rule, message, hint);
    }

    int mistakes() {
        return mistakes;
    }

    /** A key as messages name it: quoted, or "the file" for the top of a file. */
    static String quote(String key) {
        return key == null ? "the file" : "'" + key + "'";
    }

    /** Used by the map binder for {@code Coded} keys; keeps enum checks in one place. */
    static boolean isCoded(Class<?> c) {
        return c.isEnum() && Coded.class.isAssignableFrom(c);
    }
}
