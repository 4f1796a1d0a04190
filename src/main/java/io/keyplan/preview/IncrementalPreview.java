package io.keyplan.preview;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.history.GitHistory;
import io.keyplan.history.History;
import io.keyplan.history.HistoryCache;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import io.keyplan.model.SourceSpan;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.publish.Attachments;
import io.keyplan.publish.PortfolioData;
import io.keyplan.publish.Sitemap;
import io.keyplan.publish.ThemeAssets;
import io.keyplan.render.SiteRenderer;
import io.keyplan.render.Theme;
import io.keyplan.render.ThemeException;
import io.keyplan.schema.Schema;
import io.keyplan.schema.SchemaGenerator;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import io.keyplan.validate.ContentValidator;
import io.keyplan.validate.PlanWarnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The preview {@code keyplan serve} uses: the site in memory, kept up to date one edit at a time.
 *
 * <p>Start-up reads and checks everything once, as {@code keyplan build} does, but renders nothing:
 * a page is rendered when it is first asked for ({@link #file}) and kept until an edit touches its
 * inputs. {@link #refresh} reads again only what changed: one account folder (with its own findings,
 * so the other accounts' findings stay), {@code portal.yaml}, {@code pages/} or the theme; then it runs
 * validation of what was read again, the plan warnings and the portfolio figures (cheap), and drops the
 * rendered pages whose inputs changed: an account's pages when its plan or its figures changed, the
 * site-wide pages (front page, portfolio, booklet, ...) when any account changed, everything when the
 * theme, {@code portal.yaml} or the free pages' titles changed. An empty change set, a change to the
 * content folder itself, to {@code accounts/} or to more than {@value #MANY} accounts at once reads
 * everything again.
 *
 * <p>Every file served is byte for byte the file {@code keyplan build} writes for the same files,
 * audience and build date (theme assets, attachments, data files, schema and sitemap included); with
 * errors the last good state stays served and {@link #diagnostics} gives the current findings, the
 * same a build reports. Safe to call from several threads; refreshes run one at a time.
 */
public final class IncrementalPreview implements Preview {
    /** More accounts than this in one refresh: read everything again. */
    static final int MANY = 64;

    private final Path contentDir;
    private final Path themeDir;
    private final Path contentAbs;
    private final Path themeAbs;
    private final BuildInfo info;
    /** What git knew when the preview started. */
    private final History history;

    private final ContentLoader loader = new ContentLoader();

    // What was read; changed by refresh only, under this object's lock.
    private Diagnostics rootFindings = new Diagnostics();
    private Portal portal;
    private Diagnostics portalFindings = new Diagnostics();
    private List<Page> pages = List.of();
    private Diagnostics pageFindings = new Diagnostics();
    private final TreeMap<String, Entry> accounts = new TreeMap<>();
    /** Validation of the free pages, and the portal and pages it was done with. */
    private Diagnostics pageChecks;

    private Portal pageChecksPortal;
    private List<Page> pageChecksPages;
    private Theme theme;
    /** {@link #themeStamp(Path)} of the theme read. */
    private String themeStamp;

    private Diagnostics themeFindings = new Diagnostics();
    private Map<String, byte[]> assets = Map.of();
    private Diagnostics assetFindings = new Diagnostics();
    /** Each account's published attachments, by slug. */
    private final Map<String, Attached> attached = new HashMap<>();

    private long generation;
    /**
     * The rendered accounts, least recently asked for first, with their size: rendered pages are
     * kept up to {@link #CACHE_BYTES} (a 1,000-plan site is about 120 MB of HTML), then the least
     * recently asked for are dropped and rendered again when asked for. Guarded by itself.
     */
    private final java.util.LinkedHashMap<Unit, Long> recent = new java.util.LinkedHashMap<>(64, 0.75f, true);

    private long cachedBytes;
    /** How many bytes of rendered account pages are kept at most. */
    static final long CACHE_BYTES = 64L << 20;
    /** {@link #CACHE_BYTES}, or less in a test. */
    volatile long cacheLimit = CACHE_BYTES;
    /** Pages rendered so far (an account's pages count as one), for tests and the benchmark. */
    private final java.util.concurrent.atomic.AtomicLong renders = new java.util.concurrent.atomic.AtomicLong();

    private volatile Snapshot served;
    private volatile Diagnostics current = new Diagnostics();

    /** The outcome of the first reading, for {@link #started()}. */
    private final Update started;

    /**
     * Reads, checks and analyses everything once (no page is rendered yet).
     *
     * @param contentDir the content folder ({@code --content})
     * @param themeDir the theme folder ({@code --theme}); when it does not exist, the built-in theme
     * @param audience who the site is for ({@code --profile})
     * @param buildDate the build date ("today", or {@code SOURCE_DATE_EPOCH})
     * @param version what pages show as KeyPlan's version
     */
    public IncrementalPreview(Path contentDir, Path themeDir, Audience audience, LocalDate buildDate, String version) {
        this(contentDir, themeDir, audience, buildDate, version, null);
    }

    /**
     * {@link #IncrementalPreview(Path, Path, Audience, LocalDate, String)} that reads the git history
     * through the user's cache, as {@code build} does without {@code --cache}.
     *
     * @param userCache the user's cache folder ({@code HistoryCache.user}); null for none
     */
    public IncrementalPreview(
            Path contentDir, Path themeDir, Audience audience, LocalDate buildDate, String version, Path userCache) {
        this.contentDir = Objects.requireNonNull(contentDir);
        this.themeDir = Objects.requireNonNull(themeDir);
        this.contentAbs = contentDir.toAbsolutePath().normalize();
        this.themeAbs = themeDir.toAbsolutePath().normalize();
        this.info = new BuildInfo(buildDate, version, audience);
        long start = System.nanoTime();
        // Read once: a full read of a large repository takes seconds, too long for every edit. So the
        // dates are those of the start; an edit made while serving shows as not yet committed only
        // after a restart (docs/format.md, section 9).
        this.history = readHistory(contentDir, HistoryCache.user(userCache, contentDir, version));
        synchronized (this) {
            readAll();
            publish();
            generation = 1;
            started = update(start, "all files");
        }
    }

    private static History readHistory(Path contentDir, HistoryCache cache) {
        try {
            return GitHistory.read(contentDir, contentDir.toString().replace('\\', '/'), cache, new Diagnostics());
        } catch (RuntimeException | Error e) {
            return History.none(); // a preview without dates is still a preview
        }
    }

    /** What the constructor read, as an update: the first line {@code keyplan serve} prints. */
    public Update started() {
        return started;
    }

    /** The build's facts: date, version, audience. */
    public BuildInfo info() {
        return info;
    }

    @Override
    public synchronized Update refresh(Collection<Path> changed) {
        long start = System.nanoTime();
        Reread c = classify(changed);
        if (c.nothing()) {
            return update(start, "nothing KeyPlan reads");
        }
        if (c.all()) {
            readAll();
        } else {
            if (c.theme()) {
                readTheme();
            }
            if (c.portal()) {
                portalFindings = new Diagnostics();
                portal = loader.portal(contentDir, info.buildDate(), portalFindings);
            }
            if (c.pages()) {
                pageFindings = new Diagnostics();
                pages = loader.pages(contentDir, pageFindings);
            }
            c.accounts().parallelStream().map(this::read).toList().forEach(e -> {
                if (e.account() == null
                        && e.loaded().errorCount() == 0
                        && e.loaded().warningCount() == 0) {
                    accounts.remove(e.name());
                } else {
                    accounts.put(e.name(), e);
                }
            });
        }
        if (publish()) {
            generation++;
        }
        return update(start, c.what());
    }

    private Update update(long start, String what) {
        Snapshot s = served;
        return new Update(
                generation,
                current,
                s == null ? 0 : s.content.accounts().size(),
                Duration.ofNanos(System.nanoTime() - start),
                what);
    }

    @Override
    public Optional<Served> file(String sitePath) {
        Snapshot s = served;
        if (s == null || sitePath == null) {
            return Optional.empty();
        }
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + SiteLayout.INDEX;
        }
        try {
            byte[] bytes = s.bytes(path);
            return bytes == null ? Optional.empty() : Optional.of(new Served(bytes, MediaTypes.of(path)));
        } catch (ThemeException e) {
            // A template that fails on this page: a build would stop with it; show it like a content error.
            current.add(SiteBuild.themeProblem(e));
            return Optional.empty();
        }
    }

    @Override
    public Diagnostics diagnostics() {
        return current;
    }

    /** Every path the site has now, sorted (pages are listed whether or not they are rendered yet). */
    public Set<String> paths() {
        Snapshot s = served;
        return s == null ? Set.of() : s.paths();
    }

    /** How many times a page was rendered (all pages of an account count as one). */
    long renders() {
        return renders.get();
    }

    @Override
    public void close() {
        served = null;
        synchronized (recent) {
            recent.clear();
            cachedBytes = 0;
        }
    }

    // --- what changed --------------------------------------------------------------------------

    /** What a refresh reads again. */
    private record Reread(
            boolean all, boolean theme, boolean portal, boolean pages, Set<String> accounts, String what) {
        boolean nothing() {
            return !all && !theme && !portal && !pages && accounts.isEmpty();
        }
    }

    private Reread classify(Collection<Path> changed) {
        if (changed.isEmpty()) {
            return new Reread(true, true, true, true, Set.of(), "everything");
        }
        boolean theme = false;
        boolean portalFile = false;
        boolean pageFiles = false;
        boolean all = rootFindings.hasErrors() || !Files.isDirectory(contentDir.resolve("accounts"));
        Set<String> names = new TreeSet<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(themeAbs)) {
                theme = true;
            } else if (abs.startsWith(contentAbs)) {
                Path rel = contentAbs.relativize(abs);
                String first = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
                if (first.isEmpty() || first.equals("accounts") && rel.getNameCount() == 1) {
                    all = true;
                } else if (first.startsWith(".")) {
                    continue; // hidden: never read (.git, .DS_Store)
                } else if (first.equals("portal.yaml")) {
                    portalFile = true;
                } else if (first.equals("pages")) {
                    pageFiles = true;
                } else if (first.equals("accounts")) {
                    String name = rel.getName(1).toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    names.add(name);
                } else {
                    continue; // the loader reads nothing else in the content folder
                }
            } else {
                all = true; // not a path we know: be safe
            }
        }
        if (names.size() > MANY) {
            all = true;
        }
        String what = Changes.describe(changed, contentDir, themeDir);
        if (all) {
            return new Reread(true, true, true, true, Set.of(), what);
        }
        return new Reread(false, theme, portalFile, pageFiles, names, what);
    }

    // --- reading ---------------------------------------------------------------------------------

    /** One entry of {@code accounts/}: the account (null when it could not be read) and what loading it found. */
    private static final class Entry {
        private final String name;
        private final Account account;
        private final Diagnostics loaded;
        /** Validation of the account, and the portal it was done with; null until done. */
        private Diagnostics checked;

        private Portal checkedWith;

        Entry(String name, Account account, Diagnostics loaded) {
            this.name = name;
            this.account = account;
            this.loaded = loaded;
        }

        String name() {
            return name;
        }

        Account account() {
            return account;
        }

        Diagnostics loaded() {
            return loaded;
        }
    }

    private Entry read(String name) {
        Diagnostics d = new Diagnostics();
        return new Entry(name, loader.account(contentDir, name, d), d);
    }

    private void readAll() {
        rootFindings = new Diagnostics();
        accounts.clear();
        attached.clear();
        pageChecks = null;
        portalFindings = new Diagnostics();
        pageFindings = new Diagnostics();
        if (!Files.isDirectory(contentDir)) {
            // The loader says what is wrong with the folder itself.
            loader.load(contentDir, info.buildDate(), rootFindings);
            portal = Portal.of(null, info.buildDate().getYear());
            pages = List.of();
        } else {
            portal = loader.portal(contentDir, info.buildDate(), portalFindings);
            List<String> names = loader.accountNames(contentDir, rootFindings);
            pages = loader.pages(contentDir, pageFindings);
            if (names != null) {
                names.parallelStream().map(this::read).toList().forEach(e -> accounts.put(e.name(), e));
            }
        }
        readTheme();
    }

    private void readTheme() {
        String stamp = themeStamp(themeDir);
        if (theme != null && stamp != null && stamp.equals(themeStamp)) {
            return; // not changed since it was read: the same theme, so its rendered pages stay
        }
        themeStamp = stamp;
        themeFindings = new Diagnostics();
        assetFindings = new Diagnostics();
        try {
            theme = Theme.load(themeDir);
        } catch (ThemeException e) {
            theme = null;
            themeFindings.add(SiteBuild.themeProblem(e));
        }
        assets = assets(themeDir, assetFindings);
    }

    /**
     * What the theme folder holds, as a digest of every file's path and bytes; "built-in" when the
     * folder does not exist; null when it cannot be read (read the theme again to find out).
     */
    private static String themeStamp(Path themeDir) {
        if (!Files.isDirectory(themeDir)) {
            return "built-in";
        }
        try (Stream<Path> walk = Files.walk(themeDir)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path p : walk.sorted().toList()) {
                digest.update(themeDir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (Files.isSymbolicLink(p)) {
                    digest.update(Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8));
                } else if (Files.isRegularFile(p)) {
                    digest.update(Files.readAllBytes(p));
                }
                digest.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The theme's assets exactly as a build copies them: copied into a private folder, read, removed. */
    private static Map<String, byte[]> assets(Path themeDir, Diagnostics found) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("keyplan-preview-assets");
            ThemeAssets.copy(themeDir, tmp, found);
            Map<String, byte[]> out = new HashMap<>();
            Path root = tmp;
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(p)) {
                        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
            return Map.copyOf(out);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            found.error(
                    SourceSpan.file(themeDir.toString().replace('\\', '/')),
                    "theme",
                    "the theme's assets cannot be read: " + e.getMessage(),
                    "check that the files in the theme's assets folder can be read");
            return Map.of();
        } finally {
            delete(tmp);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder the system cleans up; nothing the user can act on.
        }
    }

    // --- checking, and the new state ----------------------------------------------------------------

    /**
     * Checks what was read as a build does; when it holds no error, it becomes the state served.
     * True when what is served or what was found changed.
     */
    private boolean publish() {
        Diagnostics found = new Diagnostics();
        found.addAll(rootFindings);
        found.addAll(portalFindings);
        found.addAll(pageFindings);
        accounts.values().forEach(e -> found.addAll(e.loaded()));
        List<Account> list = accounts.values().stream()
                .map(Entry::account)
                .filter(Objects::nonNull)
                .toList();
        Content content = new Content(contentDir, portal, list, pages);
        // Also after mistakes in the files, as a build does: the page shows every error at once.
        validate(content, found);
        if (found.hasErrors()) {
            return found(found);
        }
        PortfolioAnalysis analysis = PortfolioAnalyser.analyse(content, info.buildDate());
        PlanWarnings.check(content, analysis, found);
        Audience audience = info.audience();
        if (audience != Audience.INTERNAL) {
            Diagnostics released = new Diagnostics();
            content = audience.released(content, released);
            found.addAll(released);
            if (found.hasErrors()) {
                return found(found);
            }
            analysis = PortfolioAnalyser.analyse(content, info.buildDate());
        }
        if (theme == null) {
            found.addAll(themeFindings);
            return found(found);
        }
        found.addAll(assetFindings);
        Map<String, Attached> attachments = attach(content, found);
        if (found.hasErrors()) {
            return found(found);
        }
        Snapshot next = new Snapshot(content, analysis, theme, attachments, served);
        served = next;
        return found(found) || !next.same;
    }

    /** Makes {@code found} the current findings; true when they differ from the previous ones. */
    private boolean found(Diagnostics found) {
        Diagnostics before = current;
        current = found;
        return before.errorCount() != found.errorCount()
                || before.warningCount() != found.warningCount()
                || !before.all().equals(found.all());
    }

    /**
     * Validation as a build runs it, account by account: every rule of {@link ContentValidator} looks at
     * one account (or the free pages) and the portal at a time, so the findings of a content are the
     * findings of each account on its own plus those of the free pages. An account is checked again
     * when it was read again or the portal changed.
     */
    private void validate(Content content, Diagnostics found) {
        boolean portalRead = !portalFindings.hasErrors();
        List<Entry> todo = accounts.values().stream()
                .filter(e -> e.account() != null && (e.checked == null || e.checkedWith != portal))
                .toList();
        todo.parallelStream().forEach(e -> {
            Diagnostics d = new Diagnostics();
            ContentValidator.validate(
                    new Content(contentDir, portal, List.of(e.account()), List.of(), List.of(), portalRead), d);
            e.checked = d;
            e.checkedWith = portal;
        });
        accounts.values().stream().filter(e -> e.account() != null).forEach(e -> found.addAll(e.checked));
        if (pageChecks == null || pageChecksPortal != portal || pageChecksPages != pages) {
            pageChecks = new Diagnostics();
            ContentValidator.validate(
                    new Content(content.root(), portal, List.of(), pages, List.of(), portalRead), pageChecks);
            pageChecksPortal = portal;
            pageChecksPages = pages;
        }
        found.addAll(pageChecks);
    }

    /** An account's published attachments, and the account as read and as released they were taken from. */
    private record Attached(Account read, Account shown, Map<String, byte[]> files, Diagnostics found) {}

    /** Copies (into memory) the attachments of every account read again; the others' stay. */
    private Map<String, Attached> attach(Content content, Diagnostics found) {
        Map<String, Attached> now = new HashMap<>();
        for (Account a : content.accounts()) {
            Entry e = accounts.get(a.slug());
            Account read = e == null ? null : e.account();
            Attached before = attached.get(a.slug());
            Attached at = before != null
                            && before.read() == read
                            && before.shown().attachments().equals(a.attachments())
                    ? before
                    : copy(content.root(), read, a);
            now.put(a.slug(), at);
            found.addAll(at.found());
        }
        attached.clear();
        attached.putAll(now);
        return Map.copyOf(now);
    }

    private static Attached copy(Path root, Account read, Account shown) {
        MemorySiteWriter out = new MemorySiteWriter();
        Diagnostics d = new Diagnostics();
        try {
            Attachments.copy(root, List.of(shown), out, d);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            d.error(
                    SourceSpan.file(shown.source().file()),
                    "attachment",
                    "an attachment of this account cannot be read: " + e.getMessage(),
                    "check that the files in the account folder can be read");
        }
        return new Attached(read, shown, Map.copyOf(out.files()), d);
    }

    // --- the state served ------------------------------------------------------------------------

    /** What every page of an account is rendered from besides the session's site-wide settings. */
    private record UnitKey(Account account, AccountFigures figures) {
        boolean same(UnitKey o) {
            return (account == o.account || account.equals(o.account))
                    && (figures == o.figures || Objects.equals(figures, o.figures));
        }
    }

    /** The pages of one account, rendered together when one of them is first asked for. */
    private final class Unit {
        private final UnitKey key;
        private volatile Map<String, byte[]> pages;

        Unit(UnitKey key) {
            this.key = key;
        }

        Map<String, byte[]> pages(SiteRenderer.Session session) {
            Map<String, byte[]> p = pages;
            long size = -1;
            if (p == null) {
                synchronized (this) {
                    p = pages;
                    if (p == null) {
                        MemorySiteWriter out = new MemorySiteWriter();
                        renders.incrementAndGet();
                        session.renderAccount(key.account(), out);
                        p = Map.copyOf(out.files());
                        pages = p;
                        size = p.values().stream().mapToLong(b -> b.length).sum();
                    }
                }
            }
            kept(this, size);
            return p;
        }

        /** Forgets the rendered pages; they are rendered again when asked for. */
        synchronized void drop() {
            pages = null;
        }
    }

    /**
     * Notes that {@code unit} was asked for ({@code size} < 0) or has just been rendered with
     * {@code size} bytes, and drops the least recently asked for units while over {@link #cacheLimit}.
     */
    private void kept(Unit unit, long size) {
        synchronized (recent) {
            if (size >= 0) {
                Long before = recent.put(unit, size);
                cachedBytes += size - (before == null ? 0 : before);
            } else if (recent.get(unit) == null) {
                return;
            }
            var it = recent.entrySet().iterator();
            while (cachedBytes > cacheLimit && it.hasNext()) {
                Map.Entry<Unit, Long> e = it.next();
                if (e.getKey() != unit) {
                    e.getKey().drop();
                    cachedBytes -= e.getValue();
                    it.remove();
                }
            }
        }
    }

    /** Forgets units no state uses any more. */
    private void forget(Collection<Unit> gone) {
        synchronized (recent) {
            for (Unit u : gone) {
                Long size = recent.remove(u);
                if (size != null) {
                    cachedBytes -= size;
                }
            }
        }
    }

    /** Bytes of rendered account pages kept now. */
    long cachedBytes() {
        synchronized (recent) {
            return cachedBytes;
        }
    }

    /**
     * What the pages of the whole site share: the theme, the portal, the free pages' names and titles
     * (the navigation), and the build's facts.
     */
    private record Context(Theme theme, Portal portal, List<List<String>> nav) {
        static Context of(Theme theme, Content content) {
            return new Context(
                    theme,
                    content.portal(),
                    content.pages().stream()
                            .map(p -> List.of(p.name(), String.valueOf(p.title())))
                            .toList());
        }

        boolean same(Context o) {
            return o != null && theme == o.theme && portal.equals(o.portal) && nav.equals(o.nav);
        }
    }

    /** A memo: computed once, when first asked for. */
    private static final class Lazy {
        private final Supplier<byte[]> make;
        private volatile byte[] value;

        Lazy(Supplier<byte[]> make) {
            this.make = make;
        }

        byte[] get() {
            byte[] v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /** One good state of the site; pages are rendered into it when asked for. Immutable but for its caches. */
    private final class Snapshot {
        private final Content content;
        private final SiteRenderer.Session session;
        private final Context context;
        private final Map<String, Unit> units = new HashMap<>();
        /** Account page path -> slug. */
        private final Map<String, String> owner = new HashMap<>();

        private final Set<String> sitePages;
        private final Map<String, byte[]> sitePageCache;
        private final Map<String, byte[]> files = new HashMap<>();
        private final Map<String, Lazy> lazy = new HashMap<>();
        /** True when this state serves exactly what {@code before} served. */
        private final boolean same;

        Snapshot(
                Content content,
                PortfolioAnalysis analysis,
                Theme theme,
                Map<String, Attached> attachments,
                Snapshot before) {
            this.content = content;
            this.session = new SiteRenderer(theme).session(content, analysis, history, info);
            this.context = Context.of(theme, content);
            boolean sameContext = before != null && context.same(before.context);
            boolean sameAccounts = sameContext
                    && before.content.accounts().size() == content.accounts().size();
            for (Account a : content.accounts()) {
                UnitKey key = new UnitKey(a, analysis.account(a.slug()));
                Unit old = sameContext ? before.units.get(a.slug()) : null;
                boolean keep = old != null && old.key.same(key);
                sameAccounts &= keep;
                units.put(a.slug(), keep ? old : new Unit(key));
                session.accountPages(a).forEach(p -> owner.put(p, a.slug()));
            }
            if (before != null) {
                Set<Unit> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                now.addAll(units.values());
                forget(before.units.values().stream()
                        .filter(u -> !now.contains(u))
                        .toList());
            }
            this.sitePages = Set.copyOf(session.sitePages());
            this.sitePageCache = new ConcurrentHashMap<>();
            if (sameContext) {
                for (Map.Entry<String, byte[]> e : before.sitePageCache.entrySet()) {
                    if (keeps(e.getKey(), before, sameAccounts)) {
                        sitePageCache.put(e.getKey(), e.getValue());
                    }
                }
            }
            files.putAll(assets);
            attachments.values().forEach(a -> files.putAll(a.files()));
            for (SchemaGenerator.Kind k : SchemaGenerator.Kind.values()) {
                files.put(SiteLayout.schema(k.code()), Schema.json(k).getBytes(StandardCharsets.UTF_8));
            }
            Audience audience = info.audience();
            if (audience.seesDataFiles()) {
                PortfolioAnalysis an = analysis;
                lazy.put(
                        SiteLayout.PORTFOLIO_JSON,
                        sameAccounts
                                ? before.lazy.get(SiteLayout.PORTFOLIO_JSON)
                                : new Lazy(() -> utf8(PortfolioData.json(content, an, info.buildDate(), history))));
                lazy.put(
                        SiteLayout.PORTFOLIO_CSV,
                        sameAccounts
                                ? before.lazy.get(SiteLayout.PORTFOLIO_CSV)
                                : new Lazy(() -> utf8(PortfolioData.csv(content, an, info.buildDate(), history))));
            }
            // The index covers every account and free page: kept only when none of them changed.
            boolean sameIndex = sameAccounts && content.pages().equals(before.content.pages());
            SiteRenderer.Session sess = session;
            lazy.put(
                    SiteLayout.SEARCH_INDEX,
                    sameIndex ? before.lazy.get(SiteLayout.SEARCH_INDEX) : new Lazy(() -> utf8(sess.searchIndex())));
            this.same = before != null
                    && sameAccounts
                    && content.pages().equals(before.content.pages())
                    && sameFiles(files, before.files);
            List<String> html = new ArrayList<>(owner.keySet());
            html.addAll(sitePages);
            files.keySet().stream().filter(p -> p.endsWith(".html")).forEach(html::add);
            Sitemap.xml(content.portal().baseUrl(), List.copyOf(new TreeSet<>(html)), info.buildDate())
                    .ifPresent(xml -> files.put(SiteLayout.SITEMAP, utf8(xml)));
        }

        /**
         * Whether the site-wide page {@code path} of {@code before} (same theme, portal and navigation)
         * is this state's too: a free page when it is unchanged, "How to read" and 404 always (they
         * show no account), the others when no account and no figure changed.
         */
        private boolean keeps(String path, Snapshot before, boolean sameAccounts) {
            if (!sitePages.contains(path)) {
                return false;
            }
            Optional<Page> page = content.pages().stream()
                    .filter(p -> SiteLayout.freePage(p.name()).equals(path))
                    .findFirst();
            if (page.isPresent()) {
                return before.content.pages().contains(page.get());
            }
            return path.equals(SiteLayout.HOW_TO_READ) || path.equals(SiteLayout.NOT_FOUND) || sameAccounts;
        }

        byte[] bytes(String path) {
            String slug = owner.get(path);
            if (slug != null) {
                return units.get(slug).pages(session).get(path);
            }
            if (sitePages.contains(path)) {
                byte[] b = sitePageCache.get(path);
                if (b == null) {
                    MemorySiteWriter out = new MemorySiteWriter();
                    renders.incrementAndGet();
                    session.renderSitePage(path, out);
                    b = out.files().get(path);
                    sitePageCache.put(path, b);
                }
                return b;
            }
            byte[] b = files.get(path);
            if (b != null) {
                return b;
            }
            Lazy l = lazy.get(path);
            return l == null ? null : l.get();
        }

        Set<String> paths() {
            Set<String> all = new TreeSet<>(owner.keySet());
            all.addAll(sitePages);
            all.addAll(files.keySet());
            all.addAll(lazy.keySet());
            return all;
        }
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            byte[] other = b.get(e.getKey());
            if (other != e.getValue() && !java.util.Arrays.equals(other, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
