package io.keyplan.publish;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Attachment;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Copies each account's attachments to {@code accounts/<slug>/<relativePath>}. Every file is
 * checked again here, whatever the loader did: plain file (no symbolic link), inside the content
 * folder, not YAML or Markdown, and a target path that stays in the account's folder.
 * jbake's {@code Asset.copySingleFile} is not used: it derives the target from the source
 * folder layout, while attachments have an explicit target.
 */
public final class Attachments {
    /** Addresses inside an account folder that the site itself writes. */
    private static final java.util.Set<String> PAGES = java.util.Set.of("index.html", "print.html", "one-page.html");

    private Attachments() {
    }

    public static void copy(Path contentRoot, Iterable<Account> accounts, SiteWriter out, Diagnostics diagnostics) {
        Path root = realPath(contentRoot);
        for (Account account : accounts) {
            for (Attachment a : account.attachments()) {
                String where = a.file().toString().replace('\\', '/');
                String problem = problem(root, a);
                if (problem != null) {
                    diagnostics.error(SourceSpan.file(where), "attachment", problem,
                            "keep images and documents as plain files inside the account folder");
                    continue;
                }
                out.copyFile(a.file(), "accounts/" + SitePaths.check(account.slug()) + "/" + a.relativePath());
            }
        }
    }

    private static String problem(Path root, Attachment a) {
        if (Files.isSymbolicLink(a.file()) || !Files.isRegularFile(a.file(), LinkOption.NOFOLLOW_LINKS)) {
            return "the attachment is not a plain file (symbolic links are not published)";
        }
        if (SitePaths.isPlanSource(a.file().getFileName().toString()) || SitePaths.isPlanSource(a.relativePath())) {
            return "YAML and Markdown files are plan sources and are never copied into the site";
        }
        if (PAGES.contains(a.relativePath()) || a.relativePath().startsWith("notes/") && a.relativePath().endsWith(".html")) {
            return "the attachment '" + a.relativePath() + "' has the address of a page KeyPlan writes for the account; rename it";
        }
        try {
            SitePaths.check(a.relativePath());
        } catch (IllegalArgumentException e) {
            return "the attachment's path would leave the account folder";
        }
        if (root != null && !realPath(a.file()).startsWith(root)) {
            return "the attachment is outside the content folder";
        }
        return null;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
