package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Attachment;
import io.keyplan.model.Note;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.SiteLayout;
import io.keyplan.site.SitePaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In an account's folder on the portal, the pages KeyPlan writes ({@link SitePaths#accountPages})
 * and the attachments must each have a name of their own, also as Windows and macOS compare names:
 * {@code INDEX.HTML} and {@code index.html}, or {@code Notes/} and {@code notes/}, are one name
 * there. A file and a folder of the same name cannot both be written anywhere
 * ({@code index.html/} beside the page {@code index.html}, {@code notes/n.html/} beside the note
 * {@code n.md}). Each clash is reported once, at the attachment's file or folder.
 */
final class PathCollisions {
    /** Who holds a name: a page KeyPlan writes ({@code shown} null) or an attachment's file or folder. */
    private record Holder(String spelling, boolean folder, String shown) {}

    private PathCollisions() {}

    static void check(Account account, Set<String> reported, Diagnostics d) {
        List<String> notes = account.notes().stream().map(Note::name).toList();
        Map<String, Holder> names = new HashMap<>();
        for (String page : SiteLayout.accountPages(notes)) {
            String[] parts = page.split("/");
            String prefix = "";
            for (int i = 0; i < parts.length; i++) {
                prefix = prefix.isEmpty() ? parts[i] : prefix + "/" + parts[i];
                names.putIfAbsent(SitePaths.fold(prefix), new Holder(prefix, i < parts.length - 1, null));
            }
        }
        for (Attachment a : account.attachments()) {
            String[] parts = a.relativePath().split("/");
            String prefix = "";
            for (int i = 0; i < parts.length; i++) {
                prefix = prefix.isEmpty() ? parts[i] : prefix + "/" + parts[i];
                boolean folder = i < parts.length - 1;
                String shown = folder ? a.shownFolder(prefix) : a.source().file();
                Holder held = names.putIfAbsent(SitePaths.fold(prefix), new Holder(prefix, folder, shown));
                if (held == null || held.folder() && folder && held.spelling().equals(prefix)) {
                    continue;
                }
                if (reported.add(shown)) {
                    report(prefix, folder, shown, held, d);
                }
                break;
            }
        }
    }

    private static void report(String prefix, boolean folder, String shown, Holder held, Diagnostics d) {
        String what = (folder ? "the folder '" : "the file '") + prefix + "'";
        String alike = held.spelling().equals(prefix)
                ? ""
                : " on Windows and macOS, which do not tell upper from"
                        + " lower case (nor two ways of writing one accented letter) apart";
        if (held.shown() == null) {
            d.error(
                    SourceSpan.file(shown),
                    "attachment",
                    what + " takes the address of " + page(held.spelling()) + alike,
                    "rename the " + (folder ? "folder" : "file") + "; these names belong to KeyPlan: "
                            + String.join(", ", SiteLayout.ACCOUNT_PAGES) + " and " + SiteLayout.NOTES + "/");
        } else {
            d.error(
                    SourceSpan.file(shown),
                    "duplicate-name",
                    what + " and '" + held.spelling() + "' are one name" + alike + ", so one would overwrite the other",
                    "rename one of them");
        }
    }

    private static String page(String path) {
        return switch (path) {
            case SiteLayout.INDEX -> "the account's page (index.html)";
            case SiteLayout.PRINT -> "the account's printed plan (print.html)";
            case SiteLayout.ONE_PAGE -> "the account's one-page plan (one-page.html)";
            case SiteLayout.HISTORY -> "the account's history page (history.html)";
            case SiteLayout.NOTES -> "the folder of the account's note pages (notes/)";
            default ->
                "the page of the note " + path.substring(SiteLayout.NOTES.length() + 1, path.length() - 5) + ".md ("
                        + path + ")";
        };
    }
}
