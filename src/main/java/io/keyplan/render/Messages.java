package io.keyplan.render;

import io.keyplan.text.Plural;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UI texts of one language: every {@code *.properties} file of the theme's
 * {@code i18n/<lang>/} folder merged. A missing key shows as the key itself, so a gap in a
 * translation is visible on the page instead of breaking the build.
 *
 * <p>A text says the plural forms of a noun that follows a count inline, as
 * {@code {0|day|days}}: the first form when argument 0 is one ({@link Plural}), the second
 * otherwise. A selector whose argument is not given is left as it is, for the page's script to
 * choose with the browser's {@code Intl.PluralRules} (the filter counts).
 */
public final class Messages {
    /**
     * {@code {N|one form|other form}}; a form holds no bar and no brace but those of an argument ({@code {1}}).
     * Possessive: the JDK matches a greedy group of alternatives by recursion, once per character, and
     * a form of a few thousand characters in a theme overflowed the stack. Giving characters back
     * could never help here (what a form may hold never starts with the bar or brace after it), so
     * the matches are the same.
     */
    static final Pattern SELECTOR = Pattern.compile("\\{(\\d)\\|((?:[^{}|]|\\{\\d})*+)\\|((?:[^{}|]|\\{\\d})*+)}");

    /** The placeholders {@code {0}} to {@code {9}}, made once instead of per text and argument. */
    private static final String[] PLACEHOLDERS = {"{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}", "{7}", "{8}", "{9}"};

    /** A plural selector found in a text: argument N, its two forms, and the selector as written. */
    private record Selector(int argument, String one, String other, String written) {}

    private final String language;
    private final Map<String, String> texts;

    /**
     * Each text with a selector, split once into literal parts (String) and {@link Selector}s:
     * matching the pattern on every call cost more than the rest of {@link #get}.
     */
    private final transient Map<String, Object[]> split;

    /** {@code language}: its code (en, nl, de), whose plural rules choose the forms. */
    public Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
        Map<String, Object[]> parts = new HashMap<>();
        for (String text : this.texts.values()) {
            if (text.indexOf('|') >= 0) {
                parts.put(text, split(text));
            }
        }
        this.split = parts;
    }

    /** Texts in English. */
    public Messages(Map<String, String> texts) {
        this("en", texts);
    }

    /** Every text by key (in no particular order), for the theme's fingerprint. */
    Map<String, String> texts() {
        return texts;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}}... replaced by the arguments and each
     * {@code {N|one|other}} by the form for argument N. Deliberately not MessageFormat: translators
     * write apostrophes ("KPI's") freely.
     */
    public String get(String key, Object... args) {
        String text = texts.getOrDefault(key, key);
        if (text.indexOf('|') >= 0) {
            text = forms(text, args);
        }
        for (int i = 0; i < args.length; i++) {
            String placeholder = i < PLACEHOLDERS.length ? PLACEHOLDERS[i] : "{" + i + "}";
            text = text.replace(placeholder, args[i] == null ? "" : String.valueOf(args[i]));
        }
        return text;
    }

    private String forms(String text, Object[] args) {
        Object[] parts = split.get(text);
        if (parts == null) {
            parts = split(text); // a missing key shown as itself
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Object part : parts) {
            if (part instanceof Selector s) {
                int i = s.argument();
                out.append(
                        i < args.length && args[i] != null
                                ? (category(args[i]) == Plural.Category.ONE ? s.one() : s.other())
                                : s.written());
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    /** {@code text} as literal parts and selectors in order; joined back they give the text. */
    private static Object[] split(String text) {
        Matcher m = SELECTOR.matcher(text);
        List<Object> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(text.substring(last, m.start()));
            }
            parts.add(new Selector(m.group(1).charAt(0) - '0', m.group(2), m.group(3), m.group()));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(text.substring(last));
        }
        return parts.toArray();
    }

    /** A number by its value; anything else (a number already formatted) as the reader sees it. */
    private Plural.Category category(Object arg) {
        if (arg instanceof Number n) {
            return n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal
                    ? Plural.of(language, n.doubleValue())
                    : Plural.of(language, n.longValue());
        }
        return Plural.ofShown(language, String.valueOf(arg));
    }

    /**
     * The text for a count: {@code key.one} or {@code key.other} by the plural rules of the
     * language ({@link Plural}), with {@code {0}} the count as {@code shownCount} writes it and
     * {@code {1}}... the arguments.
     */
    public String plural(String key, long count, String shownCount, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = shownCount;
        System.arraycopy(args, 0, all, 1, args.length);
        return get(key + "." + Plural.of(language, count).code(), all);
    }
}
