package io.keyplan.pipeline;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.model.Portal;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Stages that report what a test asks for and render two pages, so the build logic is tested alone. */
public final class FakeStages implements Stages {
    public int errors;
    public int warnings;
    public RuntimeException renderFailure;
    public String portalYaml = "";
    public List<io.keyplan.model.Account> accounts = List.of();
    public io.keyplan.history.History history = io.keyplan.history.History.none();
    public boolean historyWarning;
    /** The history cache the last build asked for. */
    public io.keyplan.history.HistoryCache historyCache;

    @Override
    public io.keyplan.history.History history(
            Path contentDir, String display, io.keyplan.history.HistoryCache cache, Diagnostics d) {
        historyCache = cache;
        return history(contentDir, display, d);
    }

    @Override
    public io.keyplan.history.History history(Path contentDir, String display, Diagnostics d) {
        if (historyWarning) {
            d.warning(io.keyplan.model.SourceSpan.file(display), "shallow-clone", "cut short");
        }
        return history;
    }

    @Override
    public Content load(Path contentDir, LocalDate buildDate, Diagnostics d) {
        for (int i = 0; i < errors; i++) {
            d.error(
                    new SourceSpan("content/accounts/acme/account.yaml", 3, 7),
                    "unknown-key",
                    "unknown key 'nmae'",
                    "did you mean 'name'?");
        }
        io.keyplan.model.PortalFile file = portalYaml.isBlank()
                ? null
                : io.keyplan.testing.Records.fromYaml(io.keyplan.model.PortalFile.class, portalYaml);
        return new Content(contentDir, Portal.of(file, buildDate.getYear()), accounts, List.of());
    }

    @Override
    public void validate(Content content, Diagnostics d) {}

    @Override
    public PortfolioAnalysis analyse(Content content, LocalDate buildDate) {
        return io.keyplan.analyse.PortfolioAnalyser.analyse(content, buildDate);
    }

    @Override
    public void planWarnings(Content content, PortfolioAnalysis analysis, Diagnostics d) {
        for (int i = 0; i < warnings; i++) {
            d.warning(
                    new SourceSpan("content/accounts/acme/account.yaml", 9, 3),
                    "stale-plan",
                    "the plan was last reviewed 120 days ago");
        }
    }

    @Override
    public void render(
            Content content,
            PortfolioAnalysis analysis,
            io.keyplan.history.History history,
            BuildInfo info,
            java.nio.file.Path theme,
            SiteWriter out) {
        out.writeText("index.html", "<p>new</p>");
        if (renderFailure != null) {
            throw renderFailure;
        }
        out.writeText("accounts/acme/index.html", "<p>acme</p>");
    }
}
