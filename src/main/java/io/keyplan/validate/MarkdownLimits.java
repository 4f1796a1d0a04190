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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Markdown that the renderer would take minutes over, or could not nest deep enough for
 * ({@link MarkdownScan}): reported here, at the place in the content file, so that a build never
 * gets to it. Narratives, notes and free pages are checked, and every text of {@code account.yaml}
 * (its free-text fields are Markdown too).
 */
final class MarkdownLimits {
    private MarkdownLimits() {}

    static void check(Content content, Diagnostics d) {
        // One account's texts at a time, the accounts in parallel (Diagnostics sorts the findings).
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
        for (Page p : content.pages()) {
            check(p.markdown(), p.source(), d);
        }
    }

    /** A Markdown file's body; {@code source} is the file (its front matter is not in {@code markdown}). */
    static void check(String markdown, SourceSpan source, Diagnostics d) {
        MarkdownScan.Problem p = MarkdownScan.check(markdown);
        if (p != null) {
            d.error(inFile(source, markdown, p.offset()), "too-complex", p.message(), p.hint());
        }
    }

    /**
     * Every string in a plan's records, lists and maps, reported at the value of the closest key.
     * Keys of maps are names, not Markdown, and are left to the loader.
     */
    private static void texts(AccountPlan plan, Diagnostics d) {
        RecordWalker.visit(plan, plan.origin().at(), (value, at) -> {
            if (value instanceof String s) {
                MarkdownScan.Problem p = MarkdownScan.check(s);
                if (p != null) {
                    d.error(at.span(), "too-complex", p.message(), p.hint());
                }
            }
            return true;
        });
    }

    /**
     * The line and column of {@code offset} in the body, counted in the file: the body is the end
     * of the file, after any front matter. Lines of the body itself when the file has changed.
     */
    private static SourceSpan inFile(SourceSpan source, String body, int offset) {
        String text = body;
        int at = offset;
        String file = read(source.file());
        if (file != null && file.endsWith(body)) {
            text = file;
            at = file.length() - body.length() + offset;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(source.file(), line, at - lineStart + 1);
    }

    private static String read(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
