package io.keyplan.render;

import java.util.Map;

/**
 * The UI texts of one language: every {@code *.properties} file of the theme's
 * {@code i18n/<lang>/} folder merged. A missing key shows as the key itself, so a gap in a
 * translation is visible on the page instead of breaking the build.
 */
public final class Messages {
    private final Map<String, String> texts;

    public Messages(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Every text by key (in no particular order), for the theme's fingerprint. */
    Map<String, String> texts() {
        return texts;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}}... replaced by the arguments.
     * Deliberately not MessageFormat: translators write apostrophes ("KPI's") freely.
     */
    public String get(String key, Object... args) {
        String text = texts.getOrDefault(key, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i] == null ? "" : String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * The text for a count: {@code key.one} when {@code count} is 1, else {@code key.other}, with
     * {@code {0}} the count as {@code shownCount} writes it and {@code {1}}... the arguments. English,
     * Dutch and German all have just these two forms (CLDR "one" and "other").
     */
    public String plural(String key, long count, String shownCount, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = shownCount;
        System.arraycopy(args, 0, all, 1, args.length);
        return get(key + (count == 1 ? ".one" : ".other"), all);
    }
}
