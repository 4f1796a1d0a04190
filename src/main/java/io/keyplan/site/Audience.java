package io.keyplan.site;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import io.keyplan.profile.PublicProfile;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who a site is for, and so what its readers may see: every rule that tells an internal site
 * from a public one (spec 7) is here, so no template or stage decides it on its own.
 * {@code --profile internal|public} on the command line.
 */
public enum Audience {
    /** The company: every account, section, figure and portfolio page. */
    INTERNAL,
    /** Everyone: only public accounts and the allowed sections, and no computed figure (spec 7). */
    PUBLIC;

    /**
     * The content this audience may see. Internal readers see it as it is; for the public the
     * allow-list is applied to the model, so nothing outside it reaches any page or file. What
     * the public profile finds (a withheld name in a folder name, a lone surname) goes to {@code found}.
     */
    public Content released(Content content, Diagnostics found) {
        return this == PUBLIC ? PublicProfile.filter(content, found) : content;
    }

    /** The sections an account page shows: all sixteen for the company, empty ones too; the allowed ones for the public. */
    public Set<SectionId> sections(Portal portal) {
        return this == PUBLIC ? PublicProfile.sections(portal) : EnumSet.allOf(SectionId.class);
    }

    /**
     * Computed figures (matrix position, tier, health, completeness, rank) and the site-wide
     * pages built from them (portfolio, completeness, actions, reviews, how to read).
     */
    public boolean seesFigures() {
        return this == INTERNAL;
    }

    /** The printed plans and the booklet: they carry health and completeness, internal figures. */
    public boolean seesPrintedPlans() {
        return this == INTERNAL;
    }

    /** An account's notes and reviews: internal minutes, in its page, its note pages and the search index. */
    public boolean seesNotes() {
        return this == INTERNAL;
    }

    /**
     * The pages made from the content's git history: each account's history page (commits, their
     * authors and subjects) and the portfolio's changes page. Only where the history could be read.
     */
    public boolean seesHistoryPages(boolean historyAvailable) {
        return this == INTERNAL && historyAvailable;
    }

    /**
     * Who changed a plan or a section. The public sees when its sections changed, never by whom
     * (spec 7: dates only, only the public sections' dates).
     */
    public boolean seesAuthors() {
        return this == INTERNAL;
    }

    /** {@code data/portfolio.json} and {@code .csv}: every figure of every account. */
    public boolean seesDataFiles() {
        return this == INTERNAL;
    }
}
