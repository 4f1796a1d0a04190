package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Coded;
import io.keyplan.model.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Converts single YAML values to text, numbers, yes/no, dates and coded enums, with plain-words errors. */
final class Scalars {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Diagnostics diagnostics;

    Scalars(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Short texts are shared, up to this many different ones. */
    private static final int SHARED_MAX = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

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
        String text = s.text().trim();
        if (type == String.class) {
            return shared(s.text());
        }
        if (type == Double.class || type == double.class || type == Integer.class || type == int.class) {
            return number(type, s, text, key, range);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (!s.quoted() && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            fail(s, "type", Binder.quote(key) + " must be true or false, got \"" + shorten(s.text()) + "\"", null);
            return null;
        }
        if (type == LocalDate.class) {
            return date(s, text, key);
        }
        if (Binder.isCoded(type)) {
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
            if (YEAR.matcher(text).matches()) {
                return Integer.valueOf(text);
            }
            fail(k, "type", Binder.quote(mapName) + " must list years like 2026, got \"" + shorten(text) + "\"", null);
            return null;
        }
        if (Binder.isCoded(type)) {
            return coded(type, k, text, mapName);
        }
        throw new IllegalStateException("no map key of type " + type.getName());
    }

    private Object number(Class<?> type, YamlNode.Scalar s, String text, String key, Range range) {
        boolean whole = type == Integer.class || type == int.class;
        BigDecimal value = null;
        if (NUMBER.matcher(text).matches()) {
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null || (whole && value.stripTrailingZeros().scale() > 0)) {
            String hint = text.matches(".*\\d.*") ? "write a plain number: no thousands separators, currency signs or units" : null;
            fail(s, "type", Binder.quote(key) + " must be " + expected(type, range) + ", got \""
                    + shorten(s.text()) + "\"", hint);
            return null;
        }
        double d = value.doubleValue();
        if (range != null && (d < range.min() || d > range.max()) || Double.isInfinite(d)) {
            fail(s, "range", Binder.quote(key) + " must be " + expected(type, range) + ", got " + text, null);
            return null;
        }
        if (whole) {
            if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                fail(s, "range", Binder.quote(key) + " is too large: " + text, null);
                return null;
            }
            return value.intValue();
        }
        return d;
    }

    private LocalDate date(YamlNode.Scalar s, String text, String key) {
        if (!DATE.matcher(text).matches()) {
            fail(s, "type", Binder.quote(key) + " must be a date like 2026-03-31, got \"" + shorten(s.text()) + "\"",
                    "write dates as year-month-day");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fail(s, "type", Binder.quote(key) + " is not a real date: \"" + text + "\"",
                    "check the month (01-12) and the day of the month");
            return null;
        }
    }

    private Object coded(Class<?> type, YamlNode.Scalar s, String text, String key) {
        for (Object c : type.getEnumConstants()) {
            if (((Coded) c).code().equals(text)) {
                return c;
            }
        }
        // Only a mistake needs the list of codes.
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<String> codes = Coded.codes((Class) type);
        fail(s, "enum", Binder.quote(key) + " must be one of " + String.join(", ", codes) + "; got \""
                + shorten(s.text()) + "\"" + Suggest.didYouMean(text, codes), null);
        return null;
    }

    /** "a number from 0 to 100", "a whole number", ... */
    static String expected(Class<?> type, Range range) {
        String what;
        if (type == Integer.class || type == int.class) {
            what = "a whole number";
        } else if (type == Double.class || type == double.class) {
            what = "a number";
        } else if (type == Boolean.class) {
            return "true or false";
        } else if (type == LocalDate.class) {
            return "a date like 2026-03-31";
        } else if (Binder.isCoded(type)) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<String> codes = Coded.codes((Class) type);
            return "one of " + String.join(", ", codes);
        } else {
            return "a single text";
        }
        return range == null ? what : what + " from " + format(range.min()) + " to " + format(range.max());
    }

    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static String shorten(String text) {
        String t = text.replace("\n", " ");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private void fail(YamlNode.Scalar s, String rule, String message, String hint) {
        diagnostics.error(s.at(), rule, message, hint);
    }
}
