package io.keyplan.text;

/**
 * The plural rules of the languages KeyPlan speaks, English, Dutch and German, which have the same
 * two forms (CLDR categories "one" and "other"): <b>one</b> is the integer 1 written without
 * decimals ("1 day", "1 dag", "1 Tag"), <b>other</b> is every other number, 0, 2, 1.5 and also
 * "1.0" ("0 days", "1,5 dagen", "1,0 Tage"). A language added later may need more forms (CLDR has
 * "few", "many", ...); this class would then grow a rule per language, which is why it takes one.
 *
 * <p>The JDK has no plural rules of its own (only MessageFormat's choice format, which cannot tell
 * "1" from "1.0"), and ICU4J is 13 MB for these few lines; see docs/decisions.md.
 */
public final class Plural {
    private Plural() {}

    /** The CLDR categories KeyPlan's languages use. */
    public enum Category {
        ONE,
        OTHER;

        /** The category's suffix of a message key: {@code one} or {@code other}. */
        public String code() {
            return this == ONE ? "one" : "other";
        }
    }

    /** The category of {@code n} written without decimals, in {@code language} (en, nl or de). */
    public static Category of(String language, long n) {
        return Math.abs(n) == 1 ? Category.ONE : Category.OTHER;
    }

    /** The category of {@code n}: one only for exactly 1 (1.5 and 0.5 are other, as "1.5 days"). */
    public static Category of(String language, double n) {
        return Math.abs(n) == 1.0 ? Category.ONE : Category.OTHER;
    }

    /**
     * The category of a number as it is shown on the page ({@code "1"}, {@code "1,5"},
     * {@code "1.234"}): what a reader sees decides. Only the plain digit 1 (with a sign, maybe) is one.
     */
    public static Category ofShown(String language, String shown) {
        String s = shown.strip();
        if (s.startsWith("-") || s.startsWith("+") || s.startsWith("\u2212")) {
            s = s.substring(1).strip();
        }
        return s.equals("1") ? Category.ONE : Category.OTHER;
    }

    /**
     * A count and its noun in English, for the command line and the diagnostics (which are in
     * English): {@code count(1, "account", "accounts")} is "1 account", 2 gives "2 accounts".
     */
    public static String count(long n, String one, String other) {
        return n + " " + (of("en", n) == Category.ONE ? one : other);
    }
}
