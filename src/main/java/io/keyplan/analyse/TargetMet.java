package io.keyplan.analyse;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an objective's {@code actual} reaches its {@code target}, said only when the two can be
 * compared without a guess (docs/format.md, section 9):
 * <ul>
 * <li>both plain numbers ({@code "2900000"}, {@code "-6"}, {@code "12.5"}), both with a {@code %} or
 *     both without: met when the actual is at least the target; a target may say the way instead,
 *     {@code "<= 36"} (at most), {@code "< 36"}, {@code ">= 80"}, {@code "> 80"}, {@code "= 0"}
 *     ({@code ≤} and {@code ≥} too);</li>
 * <li>both a yes or a no ({@code yes/no}, {@code ja/nee}, {@code ja/nein}, {@code true/false}): met
 *     when they say the same.</li>
 * </ul>
 * Anything else (a sentence, a number with thousands separators, a blank) gives null: nothing is shown.
 */
public final class TargetMet {
    private static final Pattern TARGET =
            Pattern.compile("(<=|>=|≤|≥|<|>|=)?\\s*(-?\\d{1,15}(?:\\.\\d{1,6})?)\\s*(%?)");
    private static final Pattern ACTUAL = Pattern.compile("(-?\\d{1,15}(?:\\.\\d{1,6})?)\\s*(%?)");
    private static final Map<String, Boolean> YES_NO =
            Map.of("yes", true, "ja", true, "true", true, "no", false, "nee", false, "nein", false, "false", false);

    private TargetMet() {}

    /** True when met, false when not, null when the target and the actual cannot be compared. */
    public static Boolean of(String target, String actual) {
        if (target == null || actual == null || target.isBlank() || actual.isBlank()) {
            return null;
        }
        String t = target.strip().replace('\u2212', '-');
        String a = actual.strip().replace('\u2212', '-');
        Boolean ty = YES_NO.get(t.toLowerCase(Locale.ROOT));
        Boolean ay = YES_NO.get(a.toLowerCase(Locale.ROOT));
        if (ty != null && ay != null) {
            return ty.equals(ay);
        }
        Matcher tm = TARGET.matcher(t);
        Matcher am = ACTUAL.matcher(a);
        if (!tm.matches() || !am.matches() || !tm.group(3).equals(am.group(2))) {
            return null;
        }
        int c = new BigDecimal(am.group(1)).compareTo(new BigDecimal(tm.group(2)));
        String way = tm.group(1) == null ? ">=" : tm.group(1);
        return switch (way) {
            case "<=", "≤" -> c <= 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "=" -> c == 0;
            default -> c >= 0;
        };
    }
}
