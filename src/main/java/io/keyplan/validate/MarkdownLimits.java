package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.markdown.MarkdownScan;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Narrative;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.RecordWalker;
import io.keyplan.model.SourceSpan;

/**
 * Markdown that the renderer would take minutes over, or could not nest deep enough for
 * ({@link MarkdownScan}): reported here, at the place in the content file, so that a build never
 * gets to it. Narratives, notes and free pages are checked, and every text of {@code account.yaml}
 * (its free-text fields are Markdown too).
 */
final class MarkdownLimits {
    private MarkdownLimits() {}

    /**
     * Every text of the content. {@link ContentValidator} checks the accounts' texts through
     * {@link AccountTexts} instead, which reads them once for this check and {@link LinkChecks}.
     */
    static void check(Content content, Diagnostics d) {
        // Every text of every plan is scanned before anything is rendered: the accounts in parallel,
        // as each reports only about its own files (Diagnostics keeps them in reading order).
        content.accounts().parallelStream().forEach(a -> {
            for (Narrative n : a.narratives().values()) {
                check(n.markdown(), n.source(), d);
            }
            for (Note n : a.notes()) {
                check(n.markdown(), n.source(), d);
            }
            if (a.plan() != null) {
                texts(a.plan(), d);
            }
        });
        checkPages(content, d);
    }

    /** The free pages' texts. */
    static void checkPages(Content content, Diagnostics d) {
        for (Page p : content.pages()) {
            check(p.markdown(), p.source(), d);
        }
    }

    /**
     * A Markdown file's body; {@code source} is the file (its front matter is not in {@code markdown}).
     * True when it is within the limits (nothing reported).
     */
    static boolean check(String markdown, SourceSpan source, Diagnostics d) {
        MarkdownScan.Problem p = MarkdownScan.check(markdown);
        if (p != null) {
            d.error(
                    SourceText.inFile(source, SourceText.read(source.file()), markdown, p.offset()),
                    "too-complex",
                    p.message(),
                    p.hint());
        }
        return p == null;
    }

    /** A text of a plan, reported at {@code at}; true when it is within the limits (nothing reported). */
    static boolean checkText(String text, RecordWalker.At at, Diagnostics d) {
        MarkdownScan.Problem p = MarkdownScan.check(text);
        if (p != null) {
            d.error(at.span(), "too-complex", p.message(), p.hint());
        }
        return p == null;
    }

    /**
     * Every string in a plan's records, lists and maps, reported at the value of the closest key.
     * Keys of maps are names, not Markdown, and are left to the loader.
     */
    private static void texts(AccountPlan plan, Diagnostics d) {
        RecordWalker.visit(plan, plan.origin().at(), (value, at) -> {
            if (value instanceof String s) {
                checkText(s, at, d);
            }
            return true;
        });
    }
}
