package io.keyplan.create;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text the user typed on the command line, written as one YAML value that reads back as
 * exactly that text: plain when it cannot be mistaken for anything else, in double quotes
 * otherwise (a name like {@code No}, {@code 3M} or {@code Smith: Sons} stays text).
 */
final class YamlText {
    /** Starts with a letter and holds nothing YAML gives a meaning to. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} .,&'()/+-]*");
    /** Words YAML readers take for a yes/no or an empty value. */
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlText() {}

    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
