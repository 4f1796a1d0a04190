package io.keyplan.analyse;

import java.time.LocalDate;

/** Every computed figure of spec section 6 for a portfolio, computed once per build. */
public record PortfolioAnalysis(LocalDate buildDate) {
}
