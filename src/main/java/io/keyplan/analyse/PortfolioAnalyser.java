package io.keyplan.analyse;

import io.keyplan.model.Content;
import java.time.LocalDate;

/** Computes the figures of spec section 6; pure: the same content and date give the same result. */
public final class PortfolioAnalyser {
    private PortfolioAnalyser() {
    }

    public static PortfolioAnalysis analyse(Content content, LocalDate buildDate) {
        return new PortfolioAnalysis(buildDate);
    }
}
