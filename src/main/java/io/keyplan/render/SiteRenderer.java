package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Note;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.model.Status;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import io.keyplan.site.SiteWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders every page of the site (spec section 7) through the theme's templates.
 *
 * <p>Every template gets {@code site}, {@code build}, {@code root} (the way back to the site
 * root: "", "../", ...), {@code current} (which navigation entry is active) and
 * {@code title}; page templates get their own variables on top (see each {@code render*}
 * method). Accounts are rendered in parallel; {@link SiteWriter} is thread-safe.
 */
public final class SiteRenderer {
    /** Flexmark's parser and renderers are immutable: one instance serves all threads and builds. */
    private static final Markdown MARKDOWN = new Markdown();
    /** The theme's favicon, which every page links to ({@code layout.peb}, {@code print-layout.peb}). */
    static final String FAVICON = SiteLayout.ASSETS + "favicon.svg";

    private final Theme theme;
    private final PageWriter pages;

    /** With the built-in theme. */
    public SiteRenderer() {
        this(Theme.bundled());
    }

    public SiteRenderer(Theme theme) {
        this(theme, null);
    }

    /** With {@code cache} (null: none), which reuses pages of earlier builds whose inputs are unchanged. */
    public SiteRenderer(Theme theme, PageCache cache) {
        this.theme = Objects.requireNonNull(theme);
        this.pages = new PageWriter(theme, cache);
    }

    /**
     * Builds what the first page would otherwise build while every other page waits for it: the tables of
     * Pebble's HTML escaper (unbescape makes all of HTML 5's two thousand entities in one class initialiser,
     * whichever set it writes) and this class's Markdown parser. The build calls it on the theme's thread,
     * which has nothing left to do when the pages start. Changes nothing a page says; any thread, any number
     * of times.
     */
    public static void prepare() {
        Objects.requireNonNull(MARKDOWN);
        org.unbescape.html.HtmlEscape.escapeHtml4Xml("<");
    }

    /** Which site-wide pages (portfolio, completeness, ...) a site for {@code audience} has. */
    static SiteModel.Nav nav(Audience audience, boolean historyAvailable) {
        // A public site has no portfolio-wide pages and shows no computed figure (spec 7).
        SiteModel.Nav nav = audience.seesFigures() ? SiteModel.Nav.ALL : SiteModel.Nav.NONE;
        return nav.withChanges(audience.seesHistoryPages(historyAvailable));
    }

    /** The site without git history, as a build outside a repository makes it. */
    public void render(Content content, PortfolioAnalysis analysis, BuildInfo info, SiteWriter out) {
        render(content, analysis, History.none(), info, out);
    }

    /** The whole site; {@code history} is what git knows of the content ({@link History#none()} without a repository). */
    public void render(Content content, PortfolioAnalysis analysis, History history, BuildInfo info, SiteWriter out) {
        Session s = session(content, analysis, history, info);
        List<Account> accounts = content.accounts();
        OnePagePlan[] onePagePlans = new OnePagePlan[accounts.size()];
        List<Runnable> first = new ArrayList<>();
        List<Runnable> last = new ArrayList<>();
        // The site-wide pages each cover the whole portfolio: the longest tasks start first, so the
        // accounts fill the cores around them instead of one page finishing alone at the end.
        for (String path : s.sitePages()) {
            if (SiteLayout.BOOKLET.equals(path)) {
                // The booklet shows every account's one-page plan, made while rendering that account.
                last.add(() -> s.renderSitePage(path, () -> booklet(Arrays.asList(onePagePlans)), out));
            } else {
                first.add(() -> s.renderSitePage(path, out));
            }
        }
        first.add(() -> out.writeText(SiteLayout.SEARCH_INDEX, s.searchIndex()));
        // One task per account writes all its pages, so they share its views, charts and texts.
        List<Runnable> perAccount = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            int at = i;
            perAccount.add(() -> onePagePlans[at] =
                    renderAccount(accounts.get(at), analysis, s.site, s.rc, info, s.shown, s.printing, s.history, out));
        }
        first.addAll(perAccount);
        RenderTasks.run(first, last);
    }

    /** The booklet's plans: every non-archived account's, in slug order. */
    private static List<OnePagePlan> booklet(List<OnePagePlan> onePagePlans) {
        return onePagePlans.stream().filter(p -> p.status() != Status.ARCHIVED).toList();
    }

    /**
     * The site of one content, analysis and build, page by page: for live preview, which renders
     * a page when it is asked for. {@link #render} renders the whole site through the same session,
     * so a page rendered here is byte for byte the page a build writes.
     */
    public Session session(Content content, PortfolioAnalysis analysis, BuildInfo info) {
        return session(content, analysis, History.none(), info);
    }

    /** As {@link #session(Content, PortfolioAnalysis, BuildInfo)}, with what git knows of the content. */
    public Session session(Content content, PortfolioAnalysis analysis, History history, BuildInfo info) {
        return new Session(content, analysis, history, info);
    }

    /** One content, analysis and build, rendered page by page; safe to use from several threads. */
    public final class Session {
        private final Content content;
        private final PortfolioAnalysis analysis;
        private final BuildInfo info;
        private final SiteModel site;
        private final RenderContext rc;
        private final Set<SectionId> shown;
        private final PrintPages printing;
        private final PagePlaceholders placeholders;
        /** The history this audience may see: all of it internally, dates of the shown sections publicly. */
        private final History history;

        private Session(Content content, PortfolioAnalysis analysis, History history, BuildInfo info) {
            this.content = content;
            this.analysis = analysis;
            this.info = info;
            Portal portal = content.portal();
            Audience audience = info.audience();
            this.rc = new RenderContext(
                    theme.messages(portal.language()),
                    new Formats(portal.language(), portal.currency()),
                    MARKDOWN,
                    portal.allowHtml());
            this.placeholders = new PagePlaceholders(portal, rc.messages(), rc.formats());
            List<SiteModel.PageLink> pageLinks = content.pages().stream()
                    .map(p -> new SiteModel.PageLink(
                            p.name(),
                            p.title() == null || p.title().isBlank() ? p.name() : p.title(),
                            SiteLayout.freePage(p.name())))
                    .toList();
            this.site = new SiteModel(
                    portal.title(),
                    portal.organisation(),
                    portal.language().code(),
                    portal.currency(),
                    portal.fiscalYear(),
                    nav(audience, history.available()),
                    pageLinks,
                    // --base-url or portal.yaml's base_url: the pages' canonical links and the 404 page's home link.
                    info.withBaseUrl(info.baseUrlOr(portal.baseUrl())));
            this.shown = audience.sections(portal);
            this.history = audience.seesAuthors() ? history : history.released(shown);
            PrintPages print = audience.seesPrintedPlans() ? new PrintPages(pages) : null;
            this.printing = print != null && print.available() ? print : null;
        }

        /** The pages {@link #renderAccount} writes for {@code a}: its page, its notes, its printed views. */
        public List<String> accountPages(Account a) {
            return SiteLayout.pagesOf(a, printing != null, site.nav().changes());
        }

        /** Writes every page of the account {@code a} (one of the session's accounts). */
        public void renderAccount(Account a, SiteWriter out) {
            SiteRenderer.this.renderAccount(a, analysis, site, rc, info, shown, printing, history, out);
        }

        /** The site-wide pages (front page, free pages, portfolio pages, booklet, 404), in no particular order. */
        public List<String> sitePages() {
            return SiteLayout.sitePages(
                    content, info.audience(), printing != null, site.nav().changes());
        }

        /** The search index ({@link SiteLayout#SEARCH_INDEX}) of what this session's audience sees. */
        public String searchIndex() {
            return new SearchIndex(MARKDOWN, rc.messages(), placeholders).script(content, info.audience());
        }

        /** Writes the site-wide page {@code path}, one of {@link #sitePages}; the booklet's plans are made here. */
        public void renderSitePage(String path, SiteWriter out) {
            renderSitePage(
                    path,
                    () -> booklet(content.accounts().stream()
                            .map(a -> PrintPages.onePage(a, analysis.account(a.slug()), site, rc, pages))
                            .toList()),
                    out);
        }

        private void renderSitePage(String path, Supplier<List<OnePagePlan>> booklet, SiteWriter out) {
            Portal portal = content.portal();
            switch (path) {
                case SiteLayout.HOME -> renderIndex(content, analysis, history, site, rc, out);
                case SiteLayout.BOOKLET ->
                    printing.renderBooklet(booklet.get(), analysis, portal.threshold(), site, rc, out);
                case SiteLayout.PORTFOLIO ->
                    SiteRenderer.this.renderSitePage(
                            SiteLayout.PORTFOLIO,
                            "portfolio.peb",
                            "portfolio",
                            "portfolio.title",
                            PortfolioPage.variables(content, analysis, rc),
                            site,
                            rc,
                            out);
                case SiteLayout.COMPLETENESS ->
                    SiteRenderer.this.renderSitePage(
                            SiteLayout.COMPLETENESS,
                            "completeness.peb",
                            "completeness",
                            "completeness.title",
                            CompletenessPage.variables(content, analysis, history, rc),
                            site,
                            rc,
                            out);
                case SiteLayout.ACTIONS ->
                    SiteRenderer.this.renderSitePage(
                            SiteLayout.ACTIONS,
                            "actions.peb",
                            "actions",
                            "actions.title",
                            ActionsPage.variables(content, analysis),
                            site,
                            rc,
                            out);
                case SiteLayout.REVIEWS ->
                    SiteRenderer.this.renderSitePage(
                            SiteLayout.REVIEWS,
                            "reviews.peb",
                            "reviews",
                            "reviews.title",
                            ReviewsPage.variables(content, analysis),
                            site,
                            rc,
                            out);
                case SiteLayout.CHANGES ->
                    SiteRenderer.this.renderSitePage(
                            SiteLayout.CHANGES,
                            "changes.peb",
                            "changes",
                            "changes.title",
                            HistoryPages.changesPage(content, history, info.buildDate()),
                            site,
                            rc,
                            out);
                case SiteLayout.NOT_FOUND ->
                    renderNotFound(site, rc, site.build().baseUrl(), out);
                default -> {
                    for (Page p : content.pages()) {
                        if (SiteLayout.freePage(p.name()).equals(path)) {
                            renderPage(placeholders.expand(p), site, rc, out);
                            return;
                        }
                    }
                    if (SiteLayout.HOW_TO_READ.equals(path)) {
                        SiteRenderer.this.renderSitePage(
                                SiteLayout.HOW_TO_READ,
                                "how-to-read.peb",
                                "howto",
                                "howto.title",
                                Map.of("portal", portal),
                                site,
                                rc,
                                out);
                        return;
                    }
                    throw new IllegalArgumentException("not a site-wide page: " + path);
                }
            }
        }
    }

    /**
     * A site-wide page ({@code portfolio/index.html}, ...): the variables of its page class on top of
     * the usual ones; {@code current} is its navigation entry.
     */
    private void renderSitePage(
            String path,
            String template,
            String current,
            String titleKey,
            Map<String, Object> vars,
            SiteModel site,
            RenderContext rc,
            SiteWriter out) {
        Map<String, Object> ctx =
                PageWriter.base(site, rc, path, current, rc.messages().get(titleKey));
        ctx.putAll(vars);
        pages.stream(out, path, template, ctx);
    }

    /** {@code index.html}: variables {@code cards}, {@code archived}, {@code filters}; a card's {@code updated} needs history. */
    private void renderIndex(
            Content content,
            PortfolioAnalysis analysis,
            History history,
            SiteModel site,
            RenderContext rc,
            SiteWriter out) {
        List<AccountCard> cards = new ArrayList<>();
        List<AccountCard> archived = new ArrayList<>();
        for (Account a : content.accounts()) {
            boolean isArchived = a.plan().effectiveStatus() == Status.ARCHIVED;
            String updated = history.available()
                    ? HistoryPages.ago(
                            history.of(a.slug()).lastChanged(), site.build().buildDate(), rc)
                    : null;
            // An archived account is out of the running: its card shows no health, quadrant or tier.
            AccountCard card =
                    card(a, site.nav().portfolio() && !isArchived ? analysis.account(a.slug()) : null, updated, rc);
            (isArchived ? archived : cards).add(card);
        }
        // The archived cards follow the filters too, so their values are among the choices.
        List<AccountCard> all = new ArrayList<>(cards);
        all.addAll(archived);
        Filters filters = new Filters(
                distinct(all, AccountCard::owner), distinct(all, AccountCard::region),
                distinct(all, AccountCard::industry), distinct(all, AccountCard::businessUnit));
        Map<String, Object> ctx = PageWriter.base(
                site, rc, SiteLayout.HOME, "accounts", rc.messages().get("index.title"));
        ctx.put("cards", cards);
        ctx.put("archived", archived);
        ctx.put("filters", filters);
        pages.stream(out, SiteLayout.HOME, "index.peb", ctx);
    }

    /** {@code figures} null: no computed figure on the card (public build); {@code updated} null: no history. */
    private static AccountCard card(Account a, AccountFigures figures, String updated, RenderContext rc) {
        AccountPlan p = a.plan();
        String why = p.why() != null && AccountView.filled(p.why().statement())
                ? p.why().statement()
                : p.overview() != null ? p.overview().whyKey() : null;
        return new AccountCard(
                a.slug(),
                p.name(),
                p.owner() == null ? null : p.owner().name(),
                blankToNull(p.industry()),
                blankToNull(p.region()),
                blankToNull(p.businessUnit()),
                p.stage(),
                p.effectiveStatus(),
                MARKDOWN.firstSentence(why),
                SiteLayout.accountPage(a.slug()),
                cardFigures(figures, rc),
                updated,
                p.language());
    }

    /** Quadrant, tier and health, each in words; the tone is the CSS modifier. */
    private static List<AccountCard.Figure> cardFigures(AccountFigures f, RenderContext rc) {
        if (f == null) {
            return List.of();
        }
        Messages m = rc.messages();
        var q = f.selection().quadrant();
        return List.of(
                new AccountCard.Figure(
                        "figure.quadrant",
                        q == null ? m.get("quadrant.none") : m.get("quadrant." + q.code()),
                        q == null ? "none" : "q-" + q.code()),
                new AccountCard.Figure(
                        "figure.tier",
                        f.tier() == null
                                ? m.get("tier.none")
                                : m.get("tier." + f.tier().code()),
                        f.tier() == null ? "none" : "tier-" + f.tier().code()),
                new AccountCard.Figure(
                        "figure.health",
                        m.get("health." + f.health().code()),
                        "health-" + f.health().code()),
                new AccountCard.Figure("figure.rank", f.rank() == null ? "" : String.valueOf(f.rank()), "rank"));
    }

    private static List<String> distinct(List<AccountCard> cards, Function<AccountCard, String> f) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        cards.stream().map(f).filter(Objects::nonNull).forEach(values::add);
        return List.copyOf(values);
    }

    /**
     * {@code accounts/<slug>/index.html}: variables {@code account}, {@code plan}, {@code view}
     * ({@link AccountView}), {@code sections}, {@code fig} ({@link AccountFiguresView}, null in a build
     * without computed figures), {@code hist} ({@link HistoryPages.AccountBlock}, null without git
     * history); then its notes, its history page when the site has one ({@code history.peb}, see
     * {@link HistoryPages#historyPage}), and with {@code print} its printed views. Returns the
     * account's one-page plan for the booklet, or null without {@code print}.
     */
    private OnePagePlan renderAccount(
            Account a,
            PortfolioAnalysis analysis,
            SiteModel site,
            RenderContext rc,
            BuildInfo info,
            Set<SectionId> shown,
            PrintPages print,
            History history,
            SiteWriter out) {
        boolean figuresShown = site.nav().portfolio();
        String path = SiteLayout.accountPage(a.slug());
        AccountView view = new AccountView(a, info.buildDate());
        AccountFigures figures = analysis.account(a.slug());
        AccountFiguresView fig = figuresShown || (print != null && figures != null)
                ? new AccountFiguresView(a.plan(), figures, site.fiscalYear(), rc)
                : null;
        Map<String, Object> ctx =
                PageWriter.base(site, rc, path, "accounts", a.plan().name());
        AccountFiguresView screenFig = figuresShown ? fig : null;
        ctx.put("fig", screenFig);
        ctx.put("account", a);
        ctx.put("plan", a.plan());
        ctx.put("view", view);
        ctx.put(
                "sections",
                view.sections().stream().filter(s -> shown.contains(s.id())).toList());
        SectionBodies bodies = new SectionBodies(theme, ctx);
        ctx.put("bodies", bodies);
        boolean historyPage = site.nav().changes();
        ctx.put(
                "hist",
                history.available()
                        ? HistoryPages.accountBlock(a, history.of(a.slug()), shown, historyPage, info.buildDate(), rc)
                        : null);
        pages.write(out, path, "account.peb", ctx);
        if (historyPage) {
            String historyPath = SiteLayout.historyPage(a.slug());
            Map<String, Object> hctx = PageWriter.base(
                    site,
                    rc,
                    historyPath,
                    "accounts",
                    rc.messages().get("history.title", a.plan().name()));
            hctx.put("account", a);
            hctx.put("plan", a.plan());
            hctx.putAll(HistoryPages.historyPage(a, history.of(a.slug()), info.buildDate(), rc));
            hctx.put("shallow", history.state() == History.State.SHALLOW);
            pages.write(out, historyPath, "history.peb", hctx);
        }

        for (Note n : a.notes()) {
            String notePath = SiteLayout.notePage(a.slug(), n.name());
            Map<String, Object> nctx =
                    PageWriter.base(site, rc, notePath, "accounts", n.title() == null ? n.name() : n.title());
            nctx.put("account", a);
            nctx.put("plan", a.plan());
            nctx.put("note", n);
            pages.write(out, notePath, "note.peb", nctx);
        }
        if (print == null) {
            return null;
        }
        AccountFiguresView printFig = figures == null ? null : fig;
        // The printed plan reuses the screen page's sections when they were drawn from the same figures.
        return print.renderAccount(a, figures, view, printFig, printFig == screenFig ? bodies : null, site, rc, out);
    }

    /** {@code pages/<name>.html}: variable {@code page}. */
    private void renderPage(Page p, SiteModel site, RenderContext rc, SiteWriter out) {
        String path = SiteLayout.freePage(p.name());
        Map<String, Object> ctx =
                PageWriter.base(site, rc, path, "page:" + p.name(), p.title() == null ? p.name() : p.title());
        ctx.put("page", p);
        pages.write(out, path, "page.peb", ctx);
    }

    /**
     * {@code 404.html}: variables {@code inlineCss}, {@code inlineIcon} (the theme's favicon as a
     * {@code data:} address, "" when the theme has none) and {@code homeUrl} (absolute, or "" without base_url).
     */
    private void renderNotFound(SiteModel site, RenderContext rc, String baseUrl, SiteWriter out) {
        Map<String, Object> ctx = PageWriter.base(
                site, rc, SiteLayout.NOT_FOUND, "", rc.messages().get("notfound.title"));
        ctx.put("inlineCss", theme.assetText("assets/css/keyplan.css"));
        String icon = theme.assetText(FAVICON);
        ctx.put(
                "inlineIcon",
                icon.isEmpty()
                        ? ""
                        : "data:image/svg+xml;base64,"
                                + java.util.Base64.getEncoder()
                                        .encodeToString(icon.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ctx.put("homeUrl", homeUrl(baseUrl));
        pages.write(out, SiteLayout.NOT_FOUND, "404.peb", ctx);
    }

    /** The site's front page as an absolute address; only {@code base_url} can say where that is. */
    static String homeUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank() || !baseUrl.matches("(?i)https?://.*")) {
            return "";
        }
        return baseUrl.endsWith("/") ? baseUrl + SiteLayout.HOME : baseUrl + "/" + SiteLayout.HOME;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
