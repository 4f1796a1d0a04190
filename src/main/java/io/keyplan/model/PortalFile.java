package io.keyplan.model;

import java.util.List;

/** The contents of {@code portal.yaml} as written; every key is optional. See {@link Portal}. */
@Doc("KeyPlan portal settings (portal.yaml).")
public record PortalFile(
        @Doc(value = "Site title. Default: Key Account Portal.", examples = "Key Account Portal")
        String title,

        @Doc(
                value = "Our company name, shown in the header and on printed plans.",
                examples = "Kessler & de Wit Industrial Services")
        String organisation,

        @Doc("UI language of the portal. Default en.") Language language,

        @TextPattern(value = "^[A-Z]{3}$", says = "Write the three capital letters of the currency, e.g. EUR.")
        @Doc(
                value = "ISO 4217 currency code.",
                examples = {"EUR", "USD", "GBP"})
        String currency,

        @Range(min = 1900, max = 2200)
        @Doc("The current year for revenue, targets and forecasts. Default: the year of the build.")
        Integer fiscalYear,

        @Doc("Absolute address of the published site, used only for sitemap.xml and canonical links.")
        String baseUrl,

        @Doc("Review cadence and planning horizon.") ReviewSettings review,

        @Doc("Key-account selection criteria and weights (portfolio matrix).")
        SelectionSettings selection,

        @Doc("Customer pyramid: the cut-offs of the tiers.") TierSettings tiers,

        @Doc(
                "The only sections a public build shows. Default: [overview, business_analysis, mission, strategic_fit, why].")
        List<SectionId> publicSections,

        @Doc("Markdown settings.") MarkdownSettings markdown,
        Origin origin) {}
