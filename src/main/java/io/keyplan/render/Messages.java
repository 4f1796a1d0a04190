package io.keyplan.render;

import io.keyplan.text.Plural;
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
    /** {@code {N|one form|other form}}; a form holds no bar and no brace but those of an argument ({@code {1}}). */
    private static final Pattern SELECTOR =
            Pattern.compile("\\{(\\d)\\|((?:[^{}|]|\\{\\d})*)\\|((?:[^{}|]|\\{\\d})*)}");

    private final String language;
    private final Map<String, String> texts;

    /** {@code language}: its code (en, nl, de), whose plural rules choose the forms. */
    public Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
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
            text = text.replace("{" + i + "}", args[i] == null ? "" : String.valueOf(args[i]));
        }
        return text;
    }

    private String forms(String text, Object[] args) {
        Matcher m = SELECTOR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            String chosen = i < args.length && args[i] != null
                    ? (category(args[i]) == Plural.Category.ONE ? m.group(2) : m.group(3))
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(chosen));
        }
        m.appendTail(out);
        return out.toString();
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
