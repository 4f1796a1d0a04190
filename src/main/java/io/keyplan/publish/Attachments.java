package io.keyplan.publish;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.HardLinks;
import io.keyplan.model.Account;
import io.keyplan.model.Attachment;
import io.keyplan.model.Note;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.SiteLayout;
import io.keyplan.site.SitePaths;
import io.keyplan.site.SiteWriter;
import io.keyplan.validate.ActiveContent;
import io.keyplan.validate.ActiveFinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies each account's attachments to {@code accounts/<slug>/<relativePath>}. Every file is
 * checked again here, whatever the loader and validation did: plain file (no symbolic link, no
 * second name through a hard link), inside the content folder, not YAML or Markdown, not an address
 * KeyPlan writes a page to, nothing a browser would run ({@link ActiveContent}), and a target path
 * that stays in the account's folder.
 * jbake's {@code Asset.copySingleFile} is not used: it derives the target from the source
 * folder layout, while attachments have an explicit target.
 */
public final class Attachments {
    private Attachments() {}

    public static void copy(Path contentRoot, Iterable<Account> accounts, SiteWriter out, Diagnostics diagnostics) {
        Path root = realPath(contentRoot);
        for (Account account : accounts) {
            List<String> notes = account.notes().stream().map(Note::name).toList();
            for (Attachment a : account.attachments()) {
                String where = a.source().file();
                String problem = problem(root, a, notes);
                if (problem != null) {
                    diagnostics.error(
                            SourceSpan.file(where),
                            "attachment",
                            problem,
                            "keep images and documents as plain files inside the account folder");
                    continue;
                }
                out.copyFile(a.file(), SiteLayout.attachment(SitePaths.check(account.slug()), a.relativePath()));
            }
        }
    }

    private static String problem(Path root, Attachment a, List<String> notes) {
        if (Files.isSymbolicLink(a.file()) || !Files.isRegularFile(a.file(), LinkOption.NOFOLLOW_LINKS)) {
            return "the attachment is not a plain file (symbolic links are not published)";
        }
        if (SitePaths.isPlanSource(a.file().getFileName().toString()) || SitePaths.isPlanSource(a.relativePath())) {
            return "YAML and Markdown files are plan sources and are never copied into the site";
        }
        if (SiteLayout.collidingPage(a.relativePath(), notes) != null) {
            return "the attachment '" + a.relativePath()
                    + "' has the address of a page KeyPlan writes for the account; rename it";
        }
        if (!SitePaths.isWritable(a.relativePath())) {
            return "the attachment's path would leave the account folder";
        }
        if (root != null && !realPath(a.file()).startsWith(root)) {
            return "the attachment is outside the content folder";
        }
        if (HardLinks.count(a.file()) > 1) {
            return "the attachment is a hard link: the same file has another name, perhaps outside the content folder";
        }
        try {
            ActiveFinding active =
                    ActiveContent.check(a.file(), a.file().getFileName().toString());
            return active == null ? null : active.message();
        } catch (IOException e) {
            // Validation read it a moment ago: this is the machine (permissions, a failing disk), exit 2.
            throw new UncheckedIOException("cannot read " + a.file(), e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
