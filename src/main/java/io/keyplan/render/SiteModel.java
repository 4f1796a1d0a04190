package io.keyplan.render;

import io.keyplan.site.BuildInfo;
import java.util.List;

/**
 * What every page shows around its content: the portal title and organisation, the
 * navigation and the footer. Template variable {@code site}.
 *
 * @param language   the {@code <html lang>} code
 * @param fiscalYear the "current year" of revenue, targets and forecasts
 * @param nav      which site-wide pages exist, so the navigation links only to those
 * @param pages    the free pages, in name order
 */
public record SiteModel(
        String title,
        String organisation,
        String language,
        String currency,
        int fiscalYear,
        Nav nav,
        List<PageLink> pages,
        BuildInfo build) {

    public SiteModel {
        pages = List.copyOf(pages);
    }

    /**
     * The optional site-wide pages. A page that is rendered sets its flag; the layout links
     * only to pages whose flag is set, so the navigation never points at a missing file.
     */
    public record Nav(boolean portfolio, boolean completeness, boolean actions, boolean reviews, boolean changes) {
        public static final Nav NONE = new Nav(false, false, false, false, false);
        /** Every site-wide page of an internal build without git history. */
        public static final Nav ALL = new Nav(true, true, true, true, false);

        /** The same pages, and the changes page when {@code changes}. */
        public Nav withChanges(boolean changes) {
            return new Nav(portfolio, completeness, actions, reviews, changes);
        }
    }

    /** A link in the navigation; {@code href} is relative to the site root. */
    public record PageLink(String name, String title, String href) {}
}
