package io.keyplan.profile;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Warns where a released text still holds a key player's surname on its own (spec 7): full
 * names are withheld, but "Zwartkop agreed" points at a person just as well. Only a warning,
 * because surnames are words too ("Baker", "Wolf"); two-letter surnames count only when spelled
 * exactly as the player's ("Li", not "li").
 */
final class SurnameWarnings {
    static final String RULE = "public-surname";

    private final Diagnostics diagnostics;

    SurnameWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Surnames found in a YAML value: at the position of the value. */
    void field(NameRedactor.Released text, SourceSpan at) {
        for (NameRedactor.Surname s : text.surnames()) {
            warn(at, s);
        }
    }

    /** Surnames found in the body of a Markdown file: each at its own line. */
    void markdown(NameRedactor.Released text, String body, SourceSpan file) {
        if (text.surnames().isEmpty()) {
            return;
        }
        int first = firstLine(file, body);
        // One walk through the body for all of them: a position counted from the start for each
        // surname made a long text with many surnames quadratic.
        List<NameRedactor.Surname> inOrder = new ArrayList<>(text.surnames());
        inOrder.sort(Comparator.comparingInt(NameRedactor.Surname::offset));
        int line = first;
        int column = 1; // in code points, as the other positions of this warning
        int i = 0;
        for (NameRedactor.Surname s : inOrder) {
            int offset = Math.min(s.offset(), body.length());
            for (; i < offset; i++) {
                char c = body.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n')) {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            warn(new SourceSpan(file.file(), line, column), s);
        }
    }

    /** Surnames found in a page title from the front matter: at its {@code title:} line when it can be found. */
    void title(NameRedactor.Released text, SourceSpan file) {
        if (text.surnames().isEmpty()) {
            return;
        }
        SourceSpan at = file;
        String all = read(file);
        if (all != null) {
            String[] lines = all.split("\r\n|\r|\n", -1);
            for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                if (lines[i].startsWith("title:")) {
                    int col = 7;
                    while (col <= lines[i].length() && lines[i].charAt(col - 1) == ' ') {
                        col++;
                    }
                    at = new SourceSpan(file.file(), i + 1, col);
                    break;
                }
            }
        }
        for (NameRedactor.Surname s : text.surnames()) {
            warn(at, s);
        }
    }

    private void warn(SourceSpan at, NameRedactor.Surname s) {
        diagnostics.warning(
                at,
                RULE,
                "this text is published on the public site and names '" + s.shown()
                        + "', the surname of a key player of '" + s.account() + "'",
                "full names of key players are withheld on the public site, surnames on their own are not: "
                        + "reword the text if it points at the person; if '" + s.shown()
                        + "' means something else here, this warning can be ignored");
    }

    /**
     * The line of the file on which the body starts: after the front matter. The loader keeps the
     * body as it is in the file, so it is the file's tail. Line 1 when the file cannot be read.
     */
    private static int firstLine(SourceSpan file, String body) {
        if (file.line() > 0) {
            return file.line();
        }
        String all = read(file);
        return all != null && all.endsWith(body) ? 1 + lineBreaks(all, 0, all.length() - body.length()) : 1;
    }

    /** The file's text as the loader read it, or null: a position is a help, not a must. */
    private static String read(SourceSpan file) {
        try {
            Path p = Path.of(file.file());
            if (!file.file().isEmpty() && Files.isRegularFile(p)) {
                String all = Files.readString(p, StandardCharsets.UTF_8);
                return all.startsWith("\uFEFF") ? all.substring(1) : all;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable now (it was read a moment ago): the start of the file will do
        }
        return null;
    }

    /** Line breaks as Markdown counts them: LF, CR LF and a lone CR. */
    private static int lineBreaks(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }
}
