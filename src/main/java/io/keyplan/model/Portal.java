package io.keyplan.model;

import java.util.List;

/**
 * Portal settings with every default of spec section 2 applied: nothing here is null
 * except {@code organisation} and {@code baseUrl}, which have no default.
 */
public record Portal(
        String title,
        String organisation,
        Language language,
        String currency,
        int fiscalYear,
        String baseUrl,
        int cadenceDays,
        int horizonDays,
        int sectionStaleDays,
        List<Criterion> attractiveness,
        List<Criterion> position,
        double threshold,
        double platinumCutoff,
        double goldCutoff,
        TierBasis tierBasis,
        List<SectionId> publicSections,
        boolean allowHtml) {

    /** Default tier cut-offs (spec 6.4): cumulative share of profit for platinum and gold. */
    public static final double DEFAULT_PLATINUM = 50.0;

    public static final double DEFAULT_GOLD = 80.0;

    /** {@code review.section_stale_days}: a section unchanged in git for longer is stale (needs git history). */
    public static final int DEFAULT_SECTION_STALE_DAYS = 365;

    public static final List<SectionId> DEFAULT_PUBLIC_SECTIONS = List.of(
            SectionId.OVERVIEW, SectionId.BUSINESS_ANALYSIS, SectionId.MISSION, SectionId.STRATEGIC_FIT, SectionId.WHY);

    public static final List<Criterion> DEFAULT_ATTRACTIVENESS = List.of(
            new Criterion("revenue_potential", "Revenue potential", 30.0, Origin.NONE),
            new Criterion("profitability", "Profitability", 25.0, Origin.NONE),
            new Criterion("strategic_fit", "Strategic fit", 25.0, Origin.NONE),
            new Criterion("innovation_potential", "Innovation potential", 20.0, Origin.NONE));

    public static final List<Criterion> DEFAULT_POSITION = List.of(
            new Criterion("relationship_strength", "Relationship strength", 35.0, Origin.NONE),
            new Criterion("share_of_wallet", "Share of wallet", 25.0, Origin.NONE),
            new Criterion("competitive_advantage", "Competitive advantage", 25.0, Origin.NONE),
            new Criterion("reputation", "Reputation", 15.0, Origin.NONE));

    public Portal {
        attractiveness = List.copyOf(attractiveness);
        position = List.copyOf(position);
        publicSections = List.copyOf(publicSections);
    }

    /** Applies the defaults of spec section 2 to what {@code portal.yaml} says. */
    public static Portal of(PortalFile f, int buildYear) {
        PortalFile p = f == null
                ? new PortalFile(null, null, null, null, null, null, null, null, null, null, null, Origin.NONE)
                : f;
        ReviewSettings r = p.review();
        SelectionSettings s = p.selection();
        TierSettings t = p.tiers();
        return new Portal(
                or(p.title(), "Key Account Portal"),
                p.organisation(),
                p.language() == null ? Language.EN : p.language(),
                or(p.currency(), "EUR"),
                p.fiscalYear() == null ? buildYear : p.fiscalYear(),
                or(p.baseUrl(), ""),
                r == null || r.cadenceDays() == null ? 30 : r.cadenceDays(),
                r == null || r.horizonDays() == null ? 90 : r.horizonDays(),
                r == null || r.sectionStaleDays() == null ? DEFAULT_SECTION_STALE_DAYS : r.sectionStaleDays(),
                s == null || s.attractiveness().isEmpty() ? DEFAULT_ATTRACTIVENESS : s.attractiveness(),
                s == null || s.position().isEmpty() ? DEFAULT_POSITION : s.position(),
                s == null || s.threshold() == null ? 5.5 : s.threshold(),
                t == null || t.platinum() == null ? DEFAULT_PLATINUM : t.platinum(),
                t == null || t.gold() == null ? DEFAULT_GOLD : t.gold(),
                t == null || t.basis() == null ? TierBasis.PROFIT : t.basis(),
                publicSectionsOf(p),
                p.markdown() != null && Boolean.TRUE.equals(p.markdown().allowHtml()));
    }

    /**
     * {@code public_sections: []} releases nothing, so it must not fall back to the default: the
     * key's presence in the file (its origin) tells an empty list from an absent key.
     */
    private static List<SectionId> publicSectionsOf(PortalFile p) {
        if (p.publicSections() != null
                && (!p.publicSections().isEmpty() || p.origin().has("public_sections"))) {
            return p.publicSections();
        }
        return DEFAULT_PUBLIC_SECTIONS;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
