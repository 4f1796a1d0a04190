package io.keyplan.model;

import java.util.List;

/** The contents of {@code portal.yaml} as written; every key is optional. See {@link Portal}. */
@Doc("KeyPlan portal settings (portal.yaml).")
public record PortalFile(
        String title,
        String organisation,
        Language language,

        @TextPattern("^[A-Z]{3}$") @Doc("ISO 4217 currency code.")
        String currency,

        @Range(min = 1900, max = 2200) Integer fiscalYear,
        String baseUrl,
        ReviewSettings review,
        SelectionSettings selection,
        TierSettings tiers,
        List<SectionId> publicSections,
        MarkdownSettings markdown,
        Origin origin) {}
