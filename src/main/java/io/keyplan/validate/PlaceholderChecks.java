package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Suggest;
import io.keyplan.markdown.Placeholders;
import io.keyplan.model.Content;
import io.keyplan.model.Page;

/**
 * The placeholders of the free pages ({@link Placeholders}): a name KeyPlan does not know, a
 * table that does not stand on a line of its own, and {@code {{ organisation }}} in a portal
 * without one are errors at the placeholder's line and column, so that no page shows braces
 * or an empty gap where a figure should be.
 */
final class PlaceholderChecks {
    private static final String HINT = "a page can show these settings of portal.yaml: "
            + String.join(", ", Placeholders.Name.keys())
            + "; to show the braces themselves, put them in `backticks` or write \\{{";

    private PlaceholderChecks() {}

    static void check(Content content, Diagnostics d) {
        for (Page p : content.pages()) {
            if (!Placeholders.mayHold(p.markdown())) {
                continue;
            }
            String fileText = null;
            for (Placeholders.Found f : Placeholders.find(p.markdown())) {
                String problem = problem(f, content);
                if (problem == null) {
                    continue;
                }
                if (fileText == null) {
                    fileText = SourceText.read(p.source().file());
                }
                d.error(
                        SourceText.inFile(p.source(), fileText, p.markdown(), f.start()),
                        "placeholder",
                        problem,
                        f.name() == null ? HINT : hint(f.name()));
            }
        }
    }

    private static String problem(Placeholders.Found f, Content content) {
        String shown = "'{{ " + f.written() + " }}'";
        if (f.name() == null) {
            return shown + " is not a placeholder KeyPlan knows"
                    + Suggest.didYouMean(f.written(), Placeholders.Name.keys());
        }
        if (f.name().table() && !f.alone()) {
            return shown + " shows a table, so it must stand on a line of its own";
        }
        if (f.name() == Placeholders.Name.ORGANISATION
                && (content.portal().organisation() == null
                        || content.portal().organisation().isBlank())) {
            return shown + " shows 'organisation' from portal.yaml, but portal.yaml has none";
        }
        return null;
    }

    private static String hint(Placeholders.Name name) {
        return name.table()
                ? "put the placeholder on a line by itself, with a blank line above and below it"
                : "add 'organisation: Your Company Ltd' to portal.yaml";
    }
}
