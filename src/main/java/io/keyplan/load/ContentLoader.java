package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import io.keyplan.model.PortalFile;
import io.keyplan.model.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads a content folder (spec section 1) into the model, reporting every problem found. */
public final class ContentLoader {
    /** Where the digest of each plan's bytes goes ({@code build --cache}); null: none is made. */
    private final PlanDigests digests;
    /** Account folders as read by earlier builds ({@code build --cache}); null: every folder is read. */
    private final LoadCache cache;
    /** Where each plan read from its file goes with its bytes, for the history beside the load; null: nowhere. */
    private final BoundPlans bound;

    /** A loader that makes no digests. */
    public ContentLoader() {
        this(null);
    }

    /** A loader that records in {@code digests} what each plan it makes was bound from. */
    public ContentLoader(PlanDigests digests) {
        this(digests, null);
    }

    /**
     * A loader that records in {@code digests} (may be null) what each plan it makes was bound from,
     * and reuses from {@code cache} (may be null) what an unchanged account folder gave before.
     */
    public ContentLoader(PlanDigests digests, LoadCache cache) {
        this(digests, cache, null);
    }

    /**
     * {@link #ContentLoader(PlanDigests, LoadCache)} that also hands each plan it binds from a file,
     * with the bytes it was bound from, to {@code bound} (may be null). With a {@code cache} nothing is
     * handed over (the cache reads the folders it does not know itself, and a build with a cache keeps
     * its history too). The caller says when the load is over ({@link BoundPlans#finish}).
     */
    public ContentLoader(PlanDigests digests, LoadCache cache, BoundPlans bound) {
        this.digests = digests;
        this.cache = cache;
        this.bound = bound;
    }

    /**
     * @param contentDir the content folder
     * @param buildDate  gives the default fiscal year
     * @return what could be read; when {@code diagnostics} has errors it may be incomplete
     */
    public Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics) {
        DisplayPath display = DisplayPath.fromWorkingDirectory();
        int year = buildDate.getYear();
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(
                    SourceSpan.file(display.of(contentDir)),
                    "missing-file",
                    "the content folder '" + display.of(contentDir) + "' does not exist",
                    "run keyplan in the folder that holds content/, or name the content folder on the command line");
            return new Content(contentDir, Portal.of(null, year), List.of(), List.of());
        }
        ContentFiles files;
        try {
            files = new ContentFiles(contentDir, display, diagnostics);
        } catch (IOException e) {
            diagnostics.error(
                    SourceSpan.file(display.of(contentDir)), "missing-file", "the content folder cannot be read", null);
            return new Content(contentDir, Portal.of(null, year), List.of(), List.of());
        }
        Diagnostics portalFound = new Diagnostics();
        Portal portal = Portal.of(portalFile(files, portalFound), year);
        diagnostics.addAll(portalFound);
        List<String> unread = new ArrayList<>();
        List<Account> accounts = accounts(files, diagnostics, unread, digests, cache, bound);
        List<Page> pages = new PageReader(files, diagnostics).read(contentDir.resolve("pages"));
        return new Content(contentDir, portal, accounts, pages, unread, !portalFound.hasErrors());
    }

    private static PortalFile portalFile(ContentFiles files, Diagnostics diagnostics) {
        Path file = files.root().resolve("portal.yaml");
        if (!Files.exists(file) || !files.checkInside(file)) {
            return null;
        }
        YamlNode.Mapping root = YamlFiles.read(file, files.display(file), diagnostics);
        if (root == null) {
            return null;
        }
        PortalFile portal = new Binder(diagnostics).bind(PortalFile.class, root);
        if (portal != null) {
            PortalChecks.check(portal, diagnostics);
        }
        return portal;
    }

    /** The accounts that could be read; the names of the folders that could not go to {@code unread}. */
    private static List<Account> accounts(
            ContentFiles files,
            Diagnostics diagnostics,
            List<String> unread,
            PlanDigests digests,
            LoadCache cache,
            BoundPlans bound) {
        List<Path> entries = accountEntries(files, diagnostics);
        if (entries == null) {
            return List.of();
        }
        List<Path> dirs = new ArrayList<>();
        for (Path p : entries) {
            if (isAccountFolder(files, p, diagnostics)) {
                dirs.add(p);
            } else if (Files.isDirectory(p)) {
                unread.add(p.getFileName().toString());
            }
        }
        AccountReader reader = new AccountReader(files, diagnostics, digests, bound);
        String root = files.root().toString();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        // Parallel for speed; the ordered stream keeps the slug order of dirs.
        List<Account> read = dirs.parallelStream()
                .map(dir -> cache == null ? reader.read(dir) : cache.read(dir, files, diagnostics, digests, root, cwd))
                .toList();
        for (int i = 0; i < dirs.size(); i++) {
            if (read.get(i) == null) {
                unread.add(dirs.get(i).getFileName().toString());
            }
        }
        unread.sort(null);
        return read.stream().filter(Objects::nonNull).toList();
    }

    /** The entries of {@code accounts/}, or null (reported) when there is no such folder. */
    private static List<Path> accountEntries(ContentFiles files, Diagnostics diagnostics) {
        Path dir = files.root().resolve("accounts");
        if (!Files.isDirectory(dir)) {
            diagnostics.error(
                    SourceSpan.file(files.display(files.root())),
                    "missing-file",
                    "the content folder has no 'accounts' folder",
                    "put one folder per account into " + files.display(dir) + "/");
            return null;
        }
        return files.list(dir);
    }

    /** True when the entry {@code p} of {@code accounts/} is an account folder to read; otherwise says why not. */
    private static boolean isAccountFolder(ContentFiles files, Path p, Diagnostics diagnostics) {
        String name = p.getFileName().toString();
        String shown = files.display(p);
        if (!Files.isDirectory(p)) {
            diagnostics.error(
                    SourceSpan.file(shown),
                    "unknown-file",
                    "'accounts' holds only account folders; '" + name + "' is a file",
                    "move it into an account folder, or delete it");
            return false;
        } else if (!Slugs.isValid(name)) {
            diagnostics.error(
                    SourceSpan.file(shown),
                    "slug",
                    "the account folder '" + name
                            + "' is not a valid name: use only lower-case letters, digits and '-', at most "
                            + Slugs.MAX_LENGTH + " characters",
                    "rename the folder to '" + Slugs.suggest(name) + "'");
            return false;
        }
        return files.checkInside(p);
    }

    // --- one part at a time, for live preview ---------------------------------------------------
    //
    // Each part reports exactly what load() reports about it, into its own findings, so a caller can
    // read one account folder again and replace that account's findings while keeping the others'.
    // load() is the union of the parts (with the content folder's own findings).

    /** The content folder as {@link #load} sees it, or null when it is not a readable folder (load() says why). */
    private static ContentFiles files(Path contentDir, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentDir)) {
            return null;
        }
        try {
            return new ContentFiles(contentDir, DisplayPath.fromWorkingDirectory(), diagnostics);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code portal.yaml} with the defaults applied, as {@link #load} reads it. */
    public Portal portal(Path contentDir, LocalDate buildDate, Diagnostics diagnostics) {
        ContentFiles files = files(contentDir, diagnostics);
        return Portal.of(files == null ? null : portalFile(files, diagnostics), buildDate.getYear());
    }

    /** The free pages ({@code pages/}), as {@link #load} reads them. */
    public List<Page> pages(Path contentDir, Diagnostics diagnostics) {
        ContentFiles files = files(contentDir, diagnostics);
        return files == null ? List.of() : new PageReader(files, diagnostics).read(contentDir.resolve("pages"));
    }

    /**
     * The names in {@code accounts/} that {@link #load} looks at (hidden ones left out), sorted; null
     * when there is no content or no accounts folder (reported as load() reports it).
     */
    public List<String> accountNames(Path contentDir, Diagnostics diagnostics) {
        ContentFiles files = files(contentDir, diagnostics);
        List<Path> entries = files == null ? null : accountEntries(files, diagnostics);
        return entries == null
                ? null
                : entries.stream().map(p -> p.getFileName().toString()).toList();
    }

    /**
     * The entry {@code name} of {@code accounts/} as {@link #load} reads it, with what load() reports
     * about it; null when it is no account (gone, hidden, a file, a bad name, a folder without a
     * usable {@code account.yaml}).
     */
    public Account account(Path contentDir, String name, Diagnostics diagnostics) {
        ContentFiles files = files(contentDir, diagnostics);
        if (files == null || name.startsWith(".")) {
            return null;
        }
        Path p = contentDir.resolve("accounts").resolve(name);
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !isAccountFolder(files, p, diagnostics)) {
            return null;
        }
        return new AccountReader(files, diagnostics, digests).read(p);
    }
}
