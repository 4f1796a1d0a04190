package io.keyplan.profile;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.SourceSpan;
import java.util.List;

/**
 * Warns about every amount of money, percentage, e-mail address and phone number in a text that a
 * public build releases (spec 7), at the line and column where it is written: the public build
 * leaves figure fields out, and the same figures written in prose must not slip through. Only a
 * warning (an error with {@code --strict}): the author decides, the build cannot.
 */
final class DisclosureWarnings {
    private static final int SHOWN = 40;
    private static final String SECTION =
            "move it to a section the public site does not show (see 'public_sections' in portal.yaml)";
    private static final String PAGE = "keep the page internal (without 'visibility: public' in its front matter)";

    private final Diagnostics diagnostics;
    private final ScalarPositions scalars = new ScalarPositions();

    DisclosureWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A YAML value whose value is at {@code at}. */
    void field(String text, SourceSpan at) {
        List<Disclosures.Finding> found = Disclosures.find(text);
        if (!found.isEmpty()) {
            report(text, found, scalars.of(text, at, starts(found)), "this text", SECTION);
        }
    }

    /** The body of a Markdown file: a narrative or a free page. */
    void markdown(String body, SourceSpan file, boolean page) {
        List<Disclosures.Finding> found = Disclosures.find(body);
        if (!found.isEmpty()) {
            report(
                    body,
                    found,
                    BodyPositions.of(file, body, starts(found)),
                    page ? "the page" : "this text",
                    page ? PAGE : SECTION);
        }
    }

    /** A page's title from its front matter. */
    void title(String title, SourceSpan file) {
        List<Disclosures.Finding> found = Disclosures.find(title);
        if (!found.isEmpty()) {
            report(title, found, scalars.of(title, SurnameWarnings.titleAt(file), starts(found)), "the title", PAGE);
        }
    }

    private static int[] starts(List<Disclosures.Finding> found) {
        return found.stream().mapToInt(Disclosures.Finding::start).toArray();
    }

    private void report(String text, List<Disclosures.Finding> found, SourceSpan[] at, String where, String elsewhere) {
        for (int i = 0; i < found.size(); i++) {
            Disclosures.Finding f = found.get(i);
            String shown = shown(f.in(text));
            if (f.kind() == Disclosures.Kind.EMAIL) {
                diagnostics.warning(
                        at[i],
                        f.kind().rule,
                        "the public site would show an e-mail address (\"" + shown + "\"); it is withheld there",
                        "the public build never publishes e-mail addresses: take it out of " + where
                                + " to keep the text readable");
            } else {
                diagnostics.warning(
                        at[i],
                        f.kind().rule,
                        "the public site would show " + f.kind().words + " (\"" + shown + "\")",
                        "figures and contact details are internal: remove it from " + where + ", or " + elsewhere);
            }
        }
    }

    /** The finding as written, on one line and not too long to read in a message. */
    private static String shown(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN) + "…";
    }
}
