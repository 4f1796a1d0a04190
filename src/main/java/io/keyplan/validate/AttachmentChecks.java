package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.Slugs;
import io.keyplan.model.Account;
import io.keyplan.model.Attachment;
import io.keyplan.model.Coded;
import io.keyplan.model.Content;
import io.keyplan.model.SectionId;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.SiteLayout;
import io.keyplan.site.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every attachment is checked here against the rules the publish stage applies, so that what
 * {@code validate} accepts {@code build} can write: no Markdown (it would not be read), names that
 * every file system and web address can hold, nothing a browser would run
 * ({@link ActiveContent}), and no name that takes the place of a page ({@link PathCollisions}).
 */
final class AttachmentChecks {
    private AttachmentChecks() {}

    static void check(Content content, Diagnostics d) {
        Set<String> reported = new HashSet<>();
        for (Account account : content.accounts()) {
            for (Attachment a : account.attachments()) {
                if (markdown(a, d) || !names(a, reported, d)) {
                    continue;
                }
                kind(a, d);
            }
            PathCollisions.check(account, reported, d);
        }
        PortableNames.check(content, d);
    }

    /** True (and reported) for a Markdown file that KeyPlan would neither read nor publish. */
    private static boolean markdown(Attachment a, Diagnostics d) {
        String rel = a.relativePath();
        if (!SitePaths.isPlanSource(rel)) {
            return false;
        }
        String[] parts = rel.split("/");
        String name = parts[parts.length - 1];
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String hint;
        if (parts.length == 1) {
            List<String> ids = Coded.codes(SectionId.class);
            String id = base.toLowerCase(Locale.ROOT);
            hint = ids.contains(id)
                    ? "rename it to '" + id + ".md'"
                    : "a narrative file is named after its section: " + String.join(", ", ids)
                            + " (with .md); notes go into notes/";
        } else if (parts.length == 2 && parts[0].equals(SiteLayout.NOTES)) {
            hint = "rename it to '" + Slugs.suggest(base) + ".md'";
        } else {
            d.error(
                    a.source(),
                    "unknown-file",
                    "'" + rel + "' is not read: Markdown is read only next to"
                            + " account.yaml (section narratives) and directly in notes/ (notes), and it is never published",
                    "move it there, or delete it");
            return true;
        }
        d.error(
                a.source(),
                "unknown-file",
                "'" + name + "' is not read: KeyPlan reads Markdown only from files"
                        + " ending in '.md' (lower case), and never publishes it",
                hint);
        return true;
    }

    /** False (and reported once per file or folder) when a part of the path cannot be a name on every computer. */
    private static boolean names(Attachment a, Set<String> reported, Diagnostics d) {
        String[] parts = a.relativePath().split("/");
        String prefix = "";
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            prefix = prefix.isEmpty() ? part : prefix + "/" + part;
            String problem = PortableNames.problem(part);
            if (problem == null) {
                continue;
            }
            if (part.indexOf('\uFFFD') >= 0 && !fileNamesAreUtf8()) {
                // Not the author's mistake: this JVM cannot read the name with the machine's
                // language setting. The command line turns this into exit 2 with the fix.
                throw new InvalidPathException(
                        a.source().file(), "a file name cannot be read with this language setting");
            }
            boolean folder = i < parts.length - 1;
            String shown = folder ? a.shownFolder(prefix) : a.source().file();
            if (reported.add(shown)) {
                String hint =
                        "rename the " + (folder ? "folder" : "file") + ", using letters, digits, '-', '_' and '.'";
                d.error(
                        SourceSpan.file(shown),
                        "attachment",
                        "the " + (folder ? "folder" : "file") + " name '" + part + "' " + problem,
                        hint);
            }
            return false;
        }
        return true;
    }

    private static boolean fileNamesAreUtf8() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
                    .equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void kind(Attachment a, Diagnostics d) {
        String name = a.relativePath().substring(a.relativePath().lastIndexOf('/') + 1);
        try {
            ActiveFinding f = ActiveContent.check(a.file(), name);
            if (f != null) {
                d.error(new SourceSpan(a.source().file(), f.line(), f.column()), "attachment", f.message(), f.hint());
            }
        } catch (IOException e) {
            // A file that exists but cannot be read is a problem of the machine (permissions, a
            // failing disk), not of the plan: the command line reports it as such, with exit 2.
            throw new UncheckedIOException("cannot read " + a.source().file(), e);
        }
    }
}
