package io.keyplan.pipeline;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.cache.CacheFolder;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Severity;
import io.keyplan.history.History;
import io.keyplan.history.HistoryCache;
import io.keyplan.load.BoundPlans;
import io.keyplan.model.Content;
import io.keyplan.model.SourceSpan;
import io.keyplan.publish.Attachments;
import io.keyplan.publish.FolderSiteWriter;
import io.keyplan.publish.OutputFolder;
import io.keyplan.publish.PortfolioData;
import io.keyplan.publish.Sitemap;
import io.keyplan.publish.ThemeAssets;
import io.keyplan.publish.WriteGate;
import io.keyplan.render.ThemeException;
import io.keyplan.schema.Schema;
import io.keyplan.schema.SchemaGenerator;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the stages in order: load, validate, analyse, plan warnings, render, publish. Any error
 * (or, under --strict, any warning) stops the build before the output is touched; rendering goes
 * to a staging folder that replaces the output only when everything succeeded.
 */
public final class SiteBuild {
    private final Stages stages;

    public SiteBuild(Stages stages) {
        this.stages = stages;
    }

    /** {@code keyplan validate}: everything up to the plan warnings, nothing written. */
    public Checked check(Path contentDir, boolean strict, BuildInfo info) {
        return check(contentDir, strict, info, null);
    }

    /**
     * {@link #check(Path, boolean, BuildInfo)} whose load hands its plans to {@code bound} (may be null),
     * which is finished when the load is over, whatever happened.
     */
    private Checked check(Path contentDir, boolean strict, BuildInfo info, BoundPlans bound) {
        Diagnostics found = new Diagnostics();
        Content content;
        try {
            content = stages.load(contentDir, info.buildDate(), found, bound);
        } finally {
            if (bound != null) {
                bound.finish();
            }
        }
        if (content != null) {
            // Also after mistakes in the files: one run reports them all, the references of every plan
            // that could be read included (the validator judges only against parts read in full).
            stages.validate(content, found);
            // The warnings judge computed figures, which a plan with a mistake would only make up.
            if (!found.hasErrors()) {
                PortfolioAnalysis analysis = stages.analyse(content, info.buildDate());
                stages.planWarnings(content, analysis, found);
                return new Checked(content, analysis, strict ? found.strict() : found);
            }
        }
        return new Checked(content, null, strict ? found.strict() : found);
    }

    /** What a check found; {@code analysis} is null when the content has errors. */
    public record Checked(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics) {
        /** The accounts whose plan was read and checked. */
        public int accounts() {
            return content == null ? 0 : content.accounts().size();
        }

        /** The account folders whose plan could not be read (and so was not checked). */
        public int unread() {
            return content == null ? 0 : content.unread().size();
        }
    }

    /**
     * {@code validate --profile public}: what the public build would report about released text
     * (names in folder names, surnames on their own), without building. Adds to {@code checked}'s findings.
     */
    public void checkPublic(Checked checked, boolean strict) {
        if (checked.content() != null && !checked.diagnostics().hasErrors()) {
            released(checked.content(), Audience.PUBLIC, strict, checked.diagnostics());
        }
    }

    /** The content {@code audience} sees; what the public profile finds is added to {@code found}. */
    private static Content released(Content content, Audience audience, boolean strict, Diagnostics found) {
        Diagnostics released = new Diagnostics();
        Content shown = audience.released(content, released);
        found.addAll(strict ? released.strict() : released);
        return shown;
    }

    /** Said once by a build of content that is in no git repository (a note, not a warning). */
    public static final String NO_HISTORY = "no git history found; history pages are left out";

    /** The note when the content is in a git repository that could not be read. */
    public static final String HISTORY_UNREADABLE =
            "the git history of the content could not be read; history pages are left out";

    /**
     * Reads the content's git history on a thread of its own while the content is loaded and
     * checked: the two read different things and take about as long. A failure is no history. The
     * history cache is found on that thread too: naming the user's cache file hashes the content
     * folder's path, and the first hash of a run sets up the JDK's security providers, which the main
     * thread would otherwise wait for.
     */
    private CompletableFuture<History> readHistory(
            BuildOptions options, BuildInfo info, BoundPlans loaded, Diagnostics found) {
        Path content = options.content();
        CompletableFuture<History> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        HistoryCache cache = historyCache(options, info);
                        done.complete(
                                stages.history(content, content.toString().replace('\\', '/'), cache, loaded, found));
                    } catch (RuntimeException | Error e) {
                        done.complete(History.none());
                    }
                },
                "keyplan-history");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** {@code keyplan build}. Throws {@link io.keyplan.publish.OutputRefusedException} for an unsafe output. */
    public BuildResult build(BuildOptions options, BuildInfo info, Path workingDir, Path home) {
        OutputFolder output =
                OutputFolder.open(options.output(), List.of(options.content(), options.theme()), workingDir, home);
        List<String> notes = new ArrayList<>(output.notes());
        stages.prepare(options.theme());
        if (usableCache(options) != null) {
            stages.prepareKeys(usableCache(options));
        }
        Diagnostics historyFound = new Diagnostics();
        // The loader hands its plans to the history beside it, which then need not parse them again.
        BoundPlans loaded = new BoundPlans();
        CompletableFuture<History> reading = readHistory(options, info, loaded, historyFound);
        Checked checked = check(options.content(), options.strict(), info, loaded);
        Diagnostics found = checked.diagnostics();
        if (found.hasErrors()) {
            // The history thread may still write its cache: the build is over only when it is.
            reading.join();
            return new BuildResult(found, checked.accounts(), 0, false, notes, checked.unread());
        }
        History history = reading.join();
        found.addAll(options.strict() ? historyFound.strict() : historyFound);
        if (!history.available()) {
            notes.add(stages.inRepository(options.content()) ? HISTORY_UNREADABLE : NO_HISTORY);
        }
        if (found.hasErrors()) {
            return new BuildResult(found, checked.accounts(), 0, false, notes);
        }
        try (OutputFolder.Staging staging = output.stage()) {
            FolderSiteWriter out = new FolderSiteWriter(staging.path(), staging, staging.replaces(), staging.retired());
            Content content = checked.content();
            PortfolioAnalysis analysis = checked.analysis();
            Audience audience = info.audience();
            if (audience != Audience.INTERNAL) {
                // The allow-list works on the model, so nothing outside it reaches any page or file.
                content = released(content, audience, options.strict(), found);
                if (found.hasErrors()) {
                    return new BuildResult(found, checked.accounts(), 0, false, notes);
                }
                analysis = stages.analyse(content, info.buildDate());
            }
            Diagnostics publishing = new Diagnostics();
            // The data files, the theme's assets and the schemas need no page: they are written while
            // the pages are rendered, so they do not wait at the end on one core.
            CompletableFuture<Void> files =
                    writeFiles(content, analysis, history, info, options, staging, out, publishing);
            CacheFolder cache = openCache(options, notes);
            try {
                stages.render(content, analysis, history, info, options.theme(), out, cache);
            } catch (ThemeException e) {
                // A broken company template is the user's to fix, not a KeyPlan bug: report it like a content error.
                found.add(themeProblem(e));
                files.exceptionally(ignored -> null).join();
                closeCache(cache, false, notes);
                return new BuildResult(found, checked.accounts(), 0, false, notes);
            } catch (RuntimeException | Error e) {
                files.exceptionally(ignored -> null).join();
                closeCache(cache, false, notes);
                throw e;
            }
            closeCache(cache, true, notes);
            Tasks.join(files);
            Attachments.copy(content.root(), content.accounts(), out, publishing);
            Sitemap.xml(info.baseUrlOr(content.portal().baseUrl()), out.pages(), info.buildDate())
                    .ifPresent(xml -> out.writeText(SiteLayout.SITEMAP, xml));
            found.addAll(publishing);
            if (found.hasErrors()) {
                return new BuildResult(found, checked.accounts(), 0, false, notes);
            }
            // The previous site is deleted where nobody waits: the summary is printed and the JVM exits.
            staging.commitInBackground();
            return new BuildResult(found, content.accounts().size(), out.pages().size(), true, notes);
        }
    }

    /**
     * Writes the files that need no rendered page (portfolio.json and .csv for an audience that sees
     * them, the theme's assets, the schemas) on a thread of their own; what the assets' copy finds goes
     * to {@code publishing}.
     */
    private static CompletableFuture<Void> writeFiles(
            Content content,
            PortfolioAnalysis analysis,
            History history,
            BuildInfo info,
            BuildOptions options,
            OutputFolder.Staging staging,
            FolderSiteWriter out,
            Diagnostics publishing) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        if (info.audience().seesDataFiles()) {
                            out.writeText(
                                    SiteLayout.PORTFOLIO_JSON,
                                    PortfolioData.json(content, analysis, info.buildDate(), history));
                            out.writeText(
                                    SiteLayout.PORTFOLIO_CSV,
                                    PortfolioData.csv(content, analysis, info.buildDate(), history));
                        }
                        try (WriteGate.Permit p = staging.enter()) {
                            // Writes into the staging folder directly, not through the writer: held as one write.
                            ThemeAssets.copy(options.theme(), staging.path(), publishing);
                        }
                        for (SchemaGenerator.Kind k : SchemaGenerator.Kind.values()) {
                            out.writeText(SiteLayout.schema(k.code()), Schema.json(k));
                        }
                        done.complete(null);
                    } catch (RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    }
                },
                "keyplan-files");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /**
     * The pages folder of {@code --cache}, or null without the option or when it cannot be used
     * (the note says why; the build goes on rendering every page).
     */
    private static CacheFolder openCache(BuildOptions options, List<String> notes) {
        if (options.cache() == null) {
            return null;
        }
        if (usableCache(options) == null) {
            notes.add("the cache folder " + options.cache() + " is inside the output folder, which every build"
                    + " replaces; this build does not use it. Put the cache folder elsewhere");
            return null;
        }
        CacheFolder.Opened opened = CacheFolder.open(options.cache());
        if (opened.note() != null) {
            notes.add(opened.note());
        }
        return opened.folder();
    }

    /**
     * Where the history's findings are kept: in the {@code --cache} folder when there is one, else in the
     * user's cache folder (one file per content folder; {@link HistoryCache#user}).
     */
    private static HistoryCache historyCache(BuildOptions options, BuildInfo info) {
        if (options.cache() != null) {
            return HistoryCache.in(usableCache(options), info.version());
        }
        return HistoryCache.user(options.userCache(), options.content(), info.version());
    }

    /**
     * The {@code --cache} folder, or null without one or when it lies inside the output folder: each
     * build replaces that folder, and the cache with it, and nothing but the site may be written there.
     */
    private static Path usableCache(BuildOptions options) {
        if (options.cache() == null) {
            return null;
        }
        Path cache = options.cache().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        return cache.startsWith(output) ? null : options.cache();
    }

    /**
     * After rendering: a build that rendered every page keeps only the entries it used; one that
     * stopped keeps the folder as it was (plus what it added).
     */
    private static void closeCache(CacheFolder cache, boolean rendered, List<String> notes) {
        if (cache == null) {
            return;
        }
        try {
            if (rendered) {
                cache.prune();
            }
            notes.addAll(cache.notes());
        } finally {
            cache.close();
        }
    }

    /**
     * A theme problem as a diagnostic, so every output format shows it like a content error; also
     * used by the live preview, which renders with the same stages.
     */
    public static Diagnostic themeProblem(ThemeException e) {
        SourceSpan at = e.line() > 0 ? new SourceSpan(e.file(), e.line(), 1) : SourceSpan.file(e.file());
        return new Diagnostic(Severity.ERROR, at, "theme", e.problem(), e.hint());
    }
}
