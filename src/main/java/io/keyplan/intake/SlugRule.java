package io.keyplan.intake;

import io.keyplan.load.Slugs;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The folder name of a new account made from its name by the spec's slug rule
 * ({@code [a-z0-9][a-z0-9-]*}, at most 64 characters): accents folded (é -> e), the letters NFD
 * cannot fold spelled out (ß -> ss, æ -> ae, ø -> o), everything else a hyphen.
 */
final class SlugRule {
    private SlugRule() {}

    /** The slug for {@code name}; empty when the name has no letter or digit to make one from. */
    static String derive(String name) {
        String folded = fold(name);
        if (!folded.matches("(?s).*[a-z0-9].*")) {
            return "";
        }
        return Slugs.suggest(folded);
    }

    /** Lower case without accents, the way names are compared when a row is matched to an account. */
    static String fold(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("đ", "d")
                .replace("ð", "d")
                .replace("ł", "l")
                .replace("þ", "th")
                .replace("ı", "i");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
