package io.keyplan.build;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import io.keyplan.publish.SiteWriter;
import io.keyplan.render.SiteRenderer;
import io.keyplan.render.SiteModel;
import io.keyplan.render.Theme;
import java.nio.file.Path;
import java.time.LocalDate;

/** The pipeline's stages, behind one interface so that the build's own logic can be tested with fakes. */
public interface Stages {
    Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics);

    void validate(Content content, Diagnostics diagnostics);

    PortfolioAnalysis analyse(Content content, LocalDate buildDate);

    void planWarnings(Content content, PortfolioAnalysis analysis, Diagnostics diagnostics);

    void render(Content content, PortfolioAnalysis analysis, BuildInfo info, Path theme, SiteWriter out);

    /** The real stages. */
    static Stages standard() {
        return new Stages() {
            @Override
            public Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics) {
                return new ContentLoader().load(contentDir, buildDate, diagnostics);
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
            public void render(Content content, PortfolioAnalysis analysis, BuildInfo info, Path theme, SiteWriter out) {
                // A public site has no portfolio-wide pages and shows no computed figure (spec 7).
                SiteModel.Nav nav = info.publicSite() ? SiteModel.Nav.NONE : SiteModel.Nav.ALL;
                new SiteRenderer(Theme.load(theme), nav).render(content, analysis, info, out);
            }
        };
    }
}
