package io.keyplan.render;

import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.build.BuildInfo;
import io.keyplan.model.Content;
import io.keyplan.publish.SiteWriter;

/** Renders every page of the site (spec section 7) through the theme's templates. */
public final class SiteRenderer {

    public void render(Content content, PortfolioAnalysis analysis, BuildInfo info, SiteWriter out) {
        throw new UnsupportedOperationException("not yet written");
    }
}
