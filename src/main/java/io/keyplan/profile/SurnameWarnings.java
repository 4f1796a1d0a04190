package io.keyplan.profile;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
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
        List<NameRedactor.Surname> inOrder = new ArrayList<>(text.surnames());
        inOrder.sort(Comparator.comparingInt(NameRedactor.Surname::offset));
        int[] offsets = inOrder.stream().mapToInt(NameRedactor.Surname::offset).toArray();
        SourceSpan[] at = BodyPositions.of(file, body, offsets);
        for (int i = 0; i < at.length; i++) {
            warn(at[i], inOrder.get(i));
        }
    }

    /** Surnames found in a page title from the front matter: at its {@code title:} line when it can be found. */
    void title(NameRedactor.Released text, SourceSpan file) {
        if (text.surnames().isEmpty()) {
            return;
        }
        SourceSpan at = titleAt(file);
        for (NameRedactor.Surname s : text.surnames()) {
            warn(at, s);
        }
    }

    /** Where the value of {@code title:} is in a page's front matter; the file when it cannot be found. */
    static SourceSpan titleAt(SourceSpan file) {
        String all = BodyPositions.read(file);
        if (all != null) {
            String[] lines = all.split("\r\n|\r|\n", -1);
            for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                if (lines[i].startsWith("title:")) {
                    int col = 7;
                    while (col <= lines[i].length() && lines[i].charAt(col - 1) == ' ') {
                        col++;
                    }
                    return new SourceSpan(file.file(), i + 1, col);
                }
            }
        }
        return file;
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
}
