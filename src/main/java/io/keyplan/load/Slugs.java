package io.keyplan.load;

import java.util.Locale;
import java.util.regex.Pattern;

/** The slug rule of spec section 1: {@code [a-z0-9][a-z0-9-]*}, at most 64 characters. */
public final class Slugs {
    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Slugs() {}

    public static boolean isValid(String name) {
        return name.length() <= MAX_LENGTH && SLUG.matcher(name).matches();
    }

    /** A valid slug close to {@code name}, to suggest in the error message. */
    public static String suggest(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "account" : s;
    }
}
