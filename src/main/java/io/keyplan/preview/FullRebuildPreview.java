package io.keyplan.preview;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.publish.Attachments;
import io.keyplan.publish.PortfolioData;
import io.keyplan.publish.Sitemap;
import io.keyplan.publish.ThemeAssets;
import io.keyplan.render.ThemeException;
import io.keyplan.schema.Schema;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The simple {@link Preview}: every refresh runs the whole pipeline in memory (load, validate,
 * plan warnings, audience, analyse, render) and adds the theme's assets, the attachments, the data
 * files, the schema and the sitemap as {@link SiteBuild#build} writes them. With errors, the files
 * of the last good refresh stay served. Reads the content and theme folders, never writes to them;
 * the theme's assets pass through a private temporary folder that is removed before the refresh ends.
 */
public final class FullRebuildPreview implements Preview {
    private final Path content;
    private final Path theme;
    private final BuildInfo info;
    private final Stages stages;
    private final Object refreshing = new Object();
    private volatile State state = new State(Map.of(), new Diagnostics(), 0, "");
    /** Held while a temporary folder exists, so that {@link #close} never leaves one behind. */
    private final Object temporary = new Object();

    private boolean closed;

    /** What is served now: the files of the last good refresh and what the last refresh found. */
    private record State(Map<String, byte[]> files, Diagnostics diagnostics, long generation, String found) {}

    /**
     * @param theme the theme folder; when it does not exist, the built-in theme (as {@code build})
     */
    public FullRebuildPreview(Path content, Path theme, BuildInfo info, Stages stages) {
        this.content = content;
        this.theme = theme;
        this.info = info;
        this.stages = stages;
    }

    @Override
    public Update refresh(Collection<Path> changed) {
        synchronized (refreshing) {
            long start = System.nanoTime();
            Diagnostics found = new Diagnostics();
            int[] accounts = {0};
            Map<String, byte[]> files = build(found, accounts);
            State before = state;
            Map<String, byte[]> served = files == null ? before.files() : files;
            String text = describe(found);
            boolean same = text.equals(before.found()) && sameFiles(served, before.files());
            State after = new State(served, found, same ? before.generation() : before.generation() + 1, text);
            state = after;
            return new Update(
                    after.generation(),
                    found,
                    accounts[0],
                    Duration.ofNanos(System.nanoTime() - start),
                    Changes.describe(changed, content, theme));
        }
    }

    /** The site's files, or null when the content has errors (they are in {@code found}). */
    private Map<String, byte[]> build(Diagnostics found, int[] accounts) {
        SiteBuild.Checked checked = new SiteBuild(stages).check(content, false, info);
        found.addAll(checked.diagnostics());
        accounts[0] = checked.accounts();
        if (found.hasErrors()) {
            return null;
        }
        Content shown = checked.content();
        PortfolioAnalysis analysis = checked.analysis();
        Audience audience = info.audience();
        if (audience != Audience.INTERNAL) {
            Diagnostics released = new Diagnostics();
            shown = audience.released(shown, released);
            found.addAll(released);
            if (found.hasErrors()) {
                return null;
            }
            analysis = stages.analyse(shown, info.buildDate());
        }
        MemoryWriter out = new MemoryWriter();
        try {
            stages.render(shown, analysis, info, theme, out);
        } catch (ThemeException e) {
            found.add(SiteBuild.themeProblem(e));
            return null;
        }
        if (audience.seesDataFiles()) {
            out.writeText(SiteLayout.PORTFOLIO_JSON, PortfolioData.json(shown, analysis, info.buildDate()));
            out.writeText(SiteLayout.PORTFOLIO_CSV, PortfolioData.csv(shown, analysis, info.buildDate()));
        }
        Diagnostics publishing = new Diagnostics();
        Map<String, byte[]> assets = themeAssets(publishing);
        Attachments.copy(shown.root(), shown.accounts(), out, publishing);
        out.writeText(SiteLayout.SCHEMA, Schema.json());
        // As in build: the sitemap lists the pages written through the writer, not the theme's assets.
        Sitemap.xml(shown.portal().baseUrl(), out.pages()).ifPresent(xml -> out.writeText(SiteLayout.SITEMAP, xml));
        found.addAll(publishing);
        if (found.hasErrors()) {
            return null;
        }
        Map<String, byte[]> files = new TreeMap<>(out.files());
        assets.forEach(files::putIfAbsent);
        return Map.copyOf(files);
    }

    /** The theme's assets as {@link ThemeAssets} copies them, read back from a private folder that is then removed. */
    private Map<String, byte[]> themeAssets(Diagnostics publishing) {
        synchronized (temporary) {
            return closed ? Map.of() : copyThemeAssets(publishing);
        }
    }

    private Map<String, byte[]> copyThemeAssets(Diagnostics publishing) {
        Path folder;
        try {
            folder = Files.createTempDirectory("keyplan-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the theme's assets", e);
        }
        try {
            ThemeAssets.copy(theme, folder, publishing);
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    if (Files.isRegularFile(p)) {
                        files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's assets", e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + folder, e);
        }
    }

    private static String describe(Diagnostics found) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : found.all()) {
            out.append(d).append('\n').append(d.hint()).append('\n');
        }
        return out.append(found.omitted()).toString();
    }

    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (a == b) {
            return true;
        }
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<Served> file(String sitePath) {
        byte[] bytes = state.files().get(sitePath);
        return bytes == null ? Optional.empty() : Optional.of(new Served(bytes, MediaTypes.of(sitePath)));
    }

    @Override
    public Diagnostics diagnostics() {
        return state.diagnostics();
    }

    /** The site paths of every file served now, sorted. */
    java.util.SortedSet<String> paths() {
        return new java.util.TreeSet<>(state.files().keySet());
    }

    /** How many refreshes changed what is served so far. */
    public long generation() {
        return state.generation();
    }

    @Override
    public void close() {
        synchronized (temporary) {
            closed = true;
        }
        state = new State(Map.of(), new Diagnostics(), state.generation(), "");
    }
}
