package io.keyplan.site;

import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.SectionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where every page and file of the site is, and how one page links to another: the one place
 * the site's address scheme is written down. Render asks it where to write, validation asks it
 * which page a link is read from and which names an attachment may not take, publish asks it
 * where attachments go. An instance lists the pages one build writes for one {@link Audience};
 * live preview and search use that list to know which pages exist and which belong to an account.
 *
 * <p>Paths are relative to the site root with forward slashes ({@code accounts/acme/index.html}).
 * Links inside the site are relative too ({@link #link}), so a site works under any sub-path and
 * from a file share. The bundled templates write the site-wide addresses literally
 * ({@code rel('portfolio/index.html')}); a test holds them to the constants here.
 */
public final class SiteLayout {
    /** The front page: the account cards. */
    public static final String HOME = "index.html";
    /** The portfolio: matrix, ranking, pyramid, whale curve. */
    public static final String PORTFOLIO = "portfolio/index.html";
    /** Every non-archived account's one-page plan, for print. */
    public static final String BOOKLET = "portfolio/booklet.html";

    public static final String COMPLETENESS = "completeness/index.html";
    public static final String ACTIONS = "actions/index.html";
    public static final String REVIEWS = "reviews/index.html";
    /** What changed in the last 30 and 90 days across the portfolio (from git; internal only). */
    public static final String CHANGES = "changes/index.html";
    /** The generated "How to read" page is a free page; a free page of that name takes its place. */
    public static final String HOW_TO_READ_NAME = "how-to-read";

    public static final String HOW_TO_READ = freePage(HOW_TO_READ_NAME);
    public static final String NOT_FOUND = "404.html";
    public static final String PORTFOLIO_JSON = "data/portfolio.json";
    public static final String PORTFOLIO_CSV = "data/portfolio.csv";
    public static final String SCHEMA = schema("account");

    /**
     * The JSON Schema of one kind of file ({@code account}, {@code portal}, {@code note}) for
     * editors; published in every build, public too, as a schema holds no content.
     */
    public static String schema(String kind) {
        return "schema/" + kind + ".schema.json";
    }

    public static final String SITEMAP = "sitemap.xml";
    /**
     * The search index: a script, not JSON, because a browser does not fetch a file next to a page
     * opened from {@code file://}; a script element loads it anywhere. Every build writes one, of
     * what its audience sees.
     */
    public static final String SEARCH_INDEX = "search/index.js";
    /** The theme's assets folder, copied as it is. */
    public static final String ASSETS = "assets/";

    /** In an account's folder: the account's page. */
    public static final String INDEX = "index.html";
    /** In an account's folder: the whole plan on A4. */
    public static final String PRINT = "print.html";
    /** In an account's folder: the plan on one page. */
    public static final String ONE_PAGE = "one-page.html";
    /** In an account's folder: the commits that changed the plan (from git; internal only). */
    public static final String HISTORY = "history.html";
    /** In an account's folder: the folder of the account's note pages. */
    public static final String NOTES = "notes";
    /** The pages in every account folder besides the notes, whether or not a build writes them (public builds print nothing). */
    public static final List<String> ACCOUNT_PAGES = List.of(INDEX, PRINT, ONE_PAGE, HISTORY);

    private final Audience audience;
    private final List<String> pages;

    private SiteLayout(Audience audience, List<String> pages) {
        this.audience = audience;
        this.pages = List.copyOf(pages);
    }

    /**
     * The pages a build of {@code content} (as released to {@code audience}) writes, in the
     * order: front page, account pages (each account's page, notes, printed views), free pages,
     * site-wide pages, 404. Printed views are listed when the audience sees them.
     */
    public static SiteLayout of(Content content, Audience audience) {
        return of(content, audience, audience.seesPrintedPlans());
    }

    /**
     * As {@link #of(Content, Audience)}; {@code printed}: the build writes printed views (the audience
     * sees them and the theme has their templates; a theme copied before they existed has none).
     */
    public static SiteLayout of(Content content, Audience audience, boolean printed) {
        return of(content, audience, printed, false);
    }

    /**
     * As {@link #of(Content, Audience, boolean)}; {@code historyAvailable}: the content's git history
     * could be read, so an audience that sees history pages gets them ({@link Audience#seesHistoryPages}).
     */
    public static SiteLayout of(Content content, Audience audience, boolean printed, boolean historyAvailable) {
        boolean history = audience.seesHistoryPages(historyAvailable);
        List<String> sitePages = sitePages(content, audience, printed, history);
        List<String> pages = new ArrayList<>();
        pages.add(sitePages.get(0)); // the front page first, then the accounts, then the rest
        for (Account a : content.accounts()) {
            pages.addAll(pagesOf(a, printed, history));
        }
        pages.addAll(sitePages.subList(1, sitePages.size()));
        return new SiteLayout(audience, pages);
    }

    /**
     * The pages that are no account's: front page, free pages, site-wide pages for an audience that
     * sees figures, the booklet with {@code printed}, 404.
     */
    public static List<String> sitePages(Content content, Audience audience, boolean printed) {
        return sitePages(content, audience, printed, false);
    }

    /** As {@link #sitePages(Content, Audience, boolean)}; with {@code history} the changes page too. */
    public static List<String> sitePages(Content content, Audience audience, boolean printed, boolean history) {
        List<String> pages = new ArrayList<>();
        pages.add(HOME);
        content.pages().forEach(p -> pages.add(freePage(p.name())));
        if (audience.seesFigures()) {
            pages.add(PORTFOLIO);
            if (!hasFreePage(content, HOW_TO_READ_NAME)) {
                pages.add(HOW_TO_READ);
            }
            pages.add(COMPLETENESS);
            pages.add(ACTIONS);
            pages.add(REVIEWS);
        }
        if (history) {
            pages.add(CHANGES);
        }
        if (printed) {
            pages.add(BOOKLET);
        }
        pages.add(NOT_FOUND);
        return pages;
    }

    /** The pages of one account: its page, its notes' pages and, for an audience that sees them, its printed views. */
    public static List<String> pagesOf(Account account, Audience audience) {
        return pagesOf(account, audience.seesPrintedPlans());
    }

    /** The pages of one account: its page, its notes' pages and, with {@code printed}, its printed views. */
    public static List<String> pagesOf(Account account, boolean printed) {
        return pagesOf(account, printed, false);
    }

    /** As {@link #pagesOf(Account, boolean)}; with {@code history} the account's history page too. */
    public static List<String> pagesOf(Account account, boolean printed, boolean history) {
        List<String> pages = new ArrayList<>();
        pages.add(accountPage(account.slug()));
        for (Note n : account.notes()) {
            pages.add(notePage(account.slug(), n.name()));
        }
        if (history) {
            pages.add(historyPage(account.slug()));
        }
        if (printed) {
            pages.add(printPage(account.slug()));
            pages.add(onePagePlan(account.slug()));
        }
        return pages;
    }

    /** True when the content has its own free page {@code name}. */
    public static boolean hasFreePage(Content content, String name) {
        return content.pages().stream().map(Page::name).anyMatch(name::equals);
    }

    public Audience audience() {
        return audience;
    }

    /** Every page of this build, as {@link #of} lists them. */
    public List<String> pages() {
        return pages;
    }

    // --- addresses --------------------------------------------------------------------------

    /** {@code accounts/<slug>/}: the folder of one account, with the trailing slash. */
    public static String accountFolder(String slug) {
        return "accounts/" + slug + "/";
    }

    /** {@code accounts/<slug>/index.html}. */
    public static String accountPage(String slug) {
        return accountFolder(slug) + INDEX;
    }

    /** {@code accounts/<slug>/print.html}. */
    public static String printPage(String slug) {
        return accountFolder(slug) + PRINT;
    }

    /** {@code accounts/<slug>/one-page.html}. */
    public static String onePagePlan(String slug) {
        return accountFolder(slug) + ONE_PAGE;
    }

    /** {@code accounts/<slug>/history.html}. */
    public static String historyPage(String slug) {
        return accountFolder(slug) + HISTORY;
    }

    /** {@code accounts/<slug>/notes/<name>.html}. */
    public static String notePage(String slug, String note) {
        return accountFolder(slug) + notePage(note);
    }

    /** {@code notes/<name>.html}: a note's page, relative to its account's folder. */
    public static String notePage(String note) {
        return NOTES + "/" + note + ".html";
    }

    /** {@code pages/<name>.html}: a free page. */
    public static String freePage(String name) {
        return "pages/" + name + ".html";
    }

    /** {@code accounts/<slug>/<relativePath>}: where an attachment is published. */
    public static String attachment(String slug, String relativePath) {
        return accountFolder(slug) + relativePath;
    }

    /** The anchor of a section on its account's page ({@code account.peb} writes {@code id="s-<code>"}). */
    public static String sectionAnchor(SectionId section) {
        return "#s-" + section.code();
    }

    /** The anchor of an account's one-page plan inside the booklet. */
    public static String bookletAnchor(String slug) {
        return "#acc-" + slug;
    }

    // --- links ------------------------------------------------------------------------------

    /** "../" once per folder the page {@code from} is in: the way back to the site root. */
    public static String root(String from) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The relative link from the page {@code from} to the site path {@code to}, both relative to the root. */
    public static String link(String from, String to) {
        return root(Objects.requireNonNull(from)) + to;
    }

    // --- names an account folder keeps for its pages -------------------------------------------

    /** Every path KeyPlan writes into an account's folder, relative to it. */
    public static List<String> accountPages(Collection<String> notes) {
        List<String> pages = new ArrayList<>(ACCOUNT_PAGES);
        notes.forEach(n -> pages.add(notePage(n)));
        return pages;
    }

    /**
     * The page of {@code accountPages(notes)} that {@code relativePath}, or one of its folders, would
     * take the place of, compared as Windows and macOS compare names; null when none. A file
     * {@code notes} collides with the notes folder as soon as there is a note.
     */
    public static String collidingPage(String relativePath, Collection<String> notes) {
        String path = SitePaths.fold(relativePath);
        for (String page : accountPages(notes)) {
            String p = SitePaths.fold(page);
            if (path.equals(p) || path.startsWith(p + "/") || p.startsWith(path + "/")) {
                return page;
            }
        }
        return null;
    }
}
