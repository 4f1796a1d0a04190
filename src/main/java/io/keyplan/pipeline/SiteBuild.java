package io.keyplan.pipeline;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.diagnostic.Severity;
import io.keyplan.history.History;
import io.keyplan.history.HistoryCache;
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
        Diagnostics found = new Diagnostics();
        Content content = stages.load(contentDir, info.buildDate(), found);
        if (content != null && !found.hasErrors()) {
            stages.validate(content, found);
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
        public int accounts() {
            return content == null ? 0 : content.accounts().size();
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
     * checked: the two read different things and take about as long. A failure is no history.
     */
    private CompletableFuture<History> readHistory(Path content, HistoryCache cache, Diagnostics found) {
        CompletableFuture<History> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        done.complete(stages.history(content, content.toString().replace('\\', '/'), cache, found));
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
        Diagnostics historyFound = new Diagnostics();
        CompletableFuture<History> reading =
                readHistory(options.content(), HistoryCache.in(options.cache(), info.version()), historyFound);
        Checked checked = check(options.content(), options.strict(), info);
        Diagnostics found = checked.diagnostics();
        if (found.hasErrors()) {
            return new BuildResult(found, checked.accounts(), 0, false, notes);
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
            FolderSiteWriter out = new FolderSiteWriter(staging.path(), staging);
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
            try {
                stages.render(content, analysis, history, info, options.theme(), out);
            } catch (ThemeException e) {
                // A broken company template is the user's to fix, not a KeyPlan bug: report it like a content error.
                found.add(themeProblem(e));
                return new BuildResult(found, checked.accounts(), 0, false, notes);
            }
            if (audience.seesDataFiles()) {
                out.writeText(
                        SiteLayout.PORTFOLIO_JSON, PortfolioData.json(content, analysis, info.buildDate(), history));
                out.writeText(
                        SiteLayout.PORTFOLIO_CSV, PortfolioData.csv(content, analysis, info.buildDate(), history));
            }
            Diagnostics publishing = new Diagnostics();
            try (WriteGate.Permit p = staging.enter()) {
                // Writes into the staging folder directly, not through the writer: held as one write.
                ThemeAssets.copy(options.theme(), staging.path(), publishing);
            }
            Attachments.copy(content.root(), content.accounts(), out, publishing);
            for (SchemaGenerator.Kind k : SchemaGenerator.Kind.values()) {
                out.writeText(SiteLayout.schema(k.code()), Schema.json(k));
            }
            Sitemap.xml(info.baseUrlOr(content.portal().baseUrl()), out.pages(), info.buildDate())
                    .ifPresent(xml -> out.writeText(SiteLayout.SITEMAP, xml));
            found.addAll(publishing);
            if (found.hasErrors()) {
                return new BuildResult(found, checked.accounts(), 0, false, notes);
            }
            staging.commit();
            return new BuildResult(found, content.accounts().size(), out.pages().size(), true, notes);
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
