package io.keyplan.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code KEYPLAN_JAVA_OPTIONS} into JVM options by the rules of the JDK's own
 * {@code JDK_JAVA_OPTIONS}, so that one way of writing options works for both: white space
 * separates options; single or double quotes keep white space inside one option and are removed
 * ({@code -Dtitle="Key accounts"}, {@code '-Dx=a b'}); there is no escape character, so Windows
 * paths keep their backslashes.
 */
final class JavaOptions {
    private JavaOptions() {}

    /** @throws IllegalArgumentException with a message for the user when a quote is not closed */
    static List<String> split(String text) {
        List<String> options = new ArrayList<>();
        StringBuilder option = new StringBuilder();
        boolean inOption = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    option.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inOption = true;
            } else if (Character.isWhitespace(c)) {
                if (inOption) {
                    options.add(option.toString());
                    option.setLength(0);
                    inOption = false;
                }
            } else {
                option.append(c);
                inOption = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("KEYPLAN_JAVA_OPTIONS has a " + (quote == '"' ? "double" : "single")
                    + " quote that is not closed: " + text.strip());
        }
        if (inOption) {
            options.add(option.toString());
        }
        return options;
    }
}
