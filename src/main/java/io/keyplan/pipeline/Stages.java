package io.keyplan.pipeline;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.cache.CacheFolder;
import io.keyplan.cache.CodeStamp;
import io.keyplan.cache.PageStore;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.history.GitHistory;
import io.keyplan.history.History;
import io.keyplan.history.HistoryCache;
import io.keyplan.load.BoundPlans;
import io.keyplan.load.ContentLoader;
import io.keyplan.load.LoadCache;
import io.keyplan.load.PlanDigests;
import io.keyplan.model.Content;
import io.keyplan.render.PageCache;
import io.keyplan.render.SiteRenderer;
import io.keyplan.render.Theme;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The pipeline's stages, behind one interface so that the build's own logic can be tested with fakes. */
public interface Stages {
    Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics);

    /**
     * {@link #load(Path, LocalDate, Diagnostics)} that hands each plan it binds from a file, with the
     * bytes it was bound from, to {@code bound} (may be null) for the history read beside it. The
     * caller finishes {@code bound} (also when this throws); an implementation may do it earlier.
     */
    default Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics, BoundPlans bound) {
        return load(contentDir, buildDate, diagnostics);
    }

    void validate(Content content, Diagnostics diagnostics);

    PortfolioAnalysis analyse(Content content, LocalDate buildDate);

    void planWarnings(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics);

    /** The pages; {@code history} is what git knows ({@link History#none()} without a repository). */
    void render(
            Content content, PortfolioAnalysis analysis, History history, BuildInfo info, Path theme, SiteWriter out);

    /**
     * The pages as {@link #render(Content, PortfolioAnalysis, History, BuildInfo, Path, SiteWriter)}
     * writes them, reusing those in {@code cache} whose inputs are unchanged (null: no cache).
     */
    default void render(
            Content content,
            PortfolioAnalysis analysis,
            History history,
            BuildInfo info,
            Path theme,
            SiteWriter out,
            PageStore cache) {
        render(content, analysis, history, info, theme, out);
    }

    /**
     * What git knows about the content folder ({@code display}: as the user named it); History.none()
     * without a repository. The shallow-clone warning goes to {@code diagnostics}.
     */
    default History history(Path contentDir, String display, Diagnostics diagnostics) {
        return History.none();
    }

    /**
     * {@link #history(Path, String, Diagnostics)} that reuses and keeps what earlier builds read in
     * {@code cache} ({@link HistoryCache#none()} for none).
     */
    default History history(Path contentDir, String display, HistoryCache cache, Diagnostics diagnostics) {
        return history(contentDir, display, diagnostics);
    }

    /**
     * {@link #history(Path, String, HistoryCache, Diagnostics)} beside a load that hands its plans over
     * in {@code loaded} ({@link #load(Path, LocalDate, Diagnostics, BoundPlans)}), which the history then
     * need not parse again.
     */
    default History history(
            Path contentDir, String display, HistoryCache cache, BoundPlans loaded, Diagnostics diagnostics) {
        return history(contentDir, display, cache, diagnostics);
    }

    /** Whether a git repository holds the content folder, even one that {@link #history} could not read. */
    default boolean inRepository(Path contentDir) {
        return false;
    }

    /**
     * Says early which theme {@link #render} will use, so it can be read and its templates
     * compiled while the content is loaded and checked. Optional: render works without it.
     */
    default void prepare(Path theme) {}

    /**
     * Says before {@link #load} that the pages will be keyed with the cache folder {@code cache}
     * ({@code build --cache}): the loader then makes each plan's digest of the bytes it read, which
     * stands for the plan in the keys. Optional.
     */
    default void prepareKeys(Path cache) {}

    /** The real stages. */
    static Stages standard() {
        return new Stages() {
            /** Themes being read on a thread of their own, by path. */
            private final Map<Path, CompletableFuture<Theme>> themes = new ConcurrentHashMap<>();

            /** The digests of the plans loaded since {@link #prepareKeys}; null before. */
            private volatile PlanDigests digests;

            /** KeyPlan's code as {@link #prepareKeys} found it; null before. */
            private volatile String code;

            /** Account folders as read by earlier builds of the cache folder; null before {@link #prepareKeys}. */
            private volatile LoadCache loaded;

            @Override
            public void prepareKeys(Path cache) {
                code = CodeStamp.running(cache);
                digests = new PlanDigests(code);
                loaded = LoadCache.open(cache, code);
            }

            @Override
            public void prepare(Path theme) {
                CompletableFuture<Theme> loaded = new CompletableFuture<>();
                if (themes.putIfAbsent(theme, loaded) == null) {
                    Thread t = new Thread(
                            () -> {
                                try {
                                    loaded.complete(Theme.load(theme));
                                    SiteRenderer.prepare();
                                } catch (RuntimeException | Error e) {
                                    loaded.completeExceptionally(
                                            e); // reported by render, as if it had read the theme itself
                                }
                            },
                            "keyplan-theme");
                    t.setDaemon(true);
                    t.start();
                }
            }

            private Theme theme(Path theme) {
                CompletableFuture<Theme> loaded = themes.remove(theme);
                if (loaded == null) {
                    return Theme.load(theme);
                }
                return Tasks.join(loaded);
            }

            @Override
            public History history(Path contentDir, String display, Diagnostics diagnostics) {
                return GitHistory.read(contentDir, display, diagnostics);
            }

            @Override
            public History history(Path contentDir, String display, HistoryCache cache, Diagnostics diagnostics) {
                return GitHistory.read(contentDir, display, cache, diagnostics);
            }

            @Override
            public History history(
                    Path contentDir, String display, HistoryCache cache, BoundPlans loaded, Diagnostics diagnostics) {
                return GitHistory.read(contentDir, display, cache, loaded, diagnostics);
            }

            @Override
            public boolean inRepository(Path contentDir) {
                return GitHistory.inRepository(contentDir);
            }

            @Override
            public Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics) {
                return load(contentDir, buildDate, diagnostics, null);
            }

            @Override
            public Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics, BoundPlans bound) {
                LoadCache cache = loaded;
                Content content = new ContentLoader(digests, cache, bound).load(contentDir, buildDate, diagnostics);
                if (bound != null) {
                    bound.finish(); // the history need not wait for the cache to be written
                }
                if (cache != null) {
                    cache.save();
                }
                return content;
            }

            @Override
            public void validate(Content content, Diagnostics diagnostics) {
                io.keyplan.validate.ContentValidator.validate(content, diagnostics);
            }

            @Override
            public PortfolioAnalysis analyse(Content content, LocalDate buildDate) {
                return PortfolioAnalyser.analyse(content, buildDate);
            }

            @Override
            public void planWarnings(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics) {
                io.keyplan.validate.PlanWarnings.check(content, analysis, diagnostics);
            }

            @Override
            public void render(
                    Content content,
                    PortfolioAnalysis analysis,
                    History history,
                    BuildInfo info,
                    Path theme,
                    SiteWriter out) {
                render(content, analysis, history, info, theme, out, null);
            }

            @Override
            public void render(
                    Content content,
                    PortfolioAnalysis analysis,
                    History history,
                    BuildInfo info,
                    Path theme,
                    SiteWriter out,
                    PageStore cache) {
                Theme t = theme(theme);
                // KeyPlan's code, the portal settings and the audience join every page's key, though
                // a page can only see them through its variables (which are hashed as well).
                PlanDigests known = digests;
                String stamp = code == null ? CacheFolder.codeStamp() : code;
                PageCache pages = cache == null
                        ? null
                        : PageCache.of(
                                cache,
                                t,
                                known == null ? v -> null : known::of,
                                CacheFolder.FORMAT,
                                stamp,
                                content.portal(),
                                info);
                new SiteRenderer(t, pages).render(content, analysis, history, info, out);
            }
        };
    }
}
