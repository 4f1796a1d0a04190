package io.keyplan.render;

import io.keyplan.markdown.Placeholders;
import io.keyplan.model.Criterion;
import io.keyplan.model.Page;
import io.keyplan.model.Portal;
import java.util.List;
import java.util.Objects;

/**
 * What each placeholder of a free page ({@link Placeholders}) shows: the portal's setting, as
 * Markdown that reads as plain text (every sign escaped), numbers and labels in the portal's
 * language. The page and the search index both read a page through here, so they say the same.
 */
final class PagePlaceholders {
    private final Portal portal;
    private final Messages messages;
    private final Formats formats;

    PagePlaceholders(Portal portal, Messages messages, Formats formats) {
        this.portal = portal;
        this.messages = messages;
        this.formats = formats;
    }

    /** The page with its placeholders filled in; the same page when it has none. */
    Page expand(Page page) {
        if (page.markdown() == null || !Placeholders.mayHold(page.markdown())) {
            return page;
        }
        String md = markdown(page.markdown());
        return md.equals(page.markdown())
                ? page
                : new Page(page.name(), page.title(), md, page.visibility(), page.source());
    }

    /** A page's Markdown with its placeholders filled in. */
    String markdown(String markdown) {
        return Placeholders.expand(markdown, this::value);
    }

    /** The Markdown one placeholder stands for. */
    String value(Placeholders.Name name) {
        return switch (name) {
            case TITLE -> Placeholders.escape(portal.title());
            // Validation refuses {{ organisation }} without one; "" keeps a preview of the broken page readable.
            case ORGANISATION -> Placeholders.escape(Objects.requireNonNullElse(portal.organisation(), ""));
            case CURRENCY -> Placeholders.escape(portal.currency());
            // A year is no amount: 2026, never 2,026.
            case FISCAL_YEAR -> Integer.toString(portal.fiscalYear());
            case REVIEW_CADENCE_DAYS -> Placeholders.escape(formats.number(portal.cadenceDays(), 0));
            case REVIEW_HORIZON_DAYS -> Placeholders.escape(formats.number(portal.horizonDays(), 0));
            case REVIEW_SECTION_STALE_DAYS -> Placeholders.escape(formats.number(portal.sectionStaleDays(), 0));
            case SELECTION_THRESHOLD -> Placeholders.escape(formats.number(portal.threshold(), 2));
            case SELECTION_ATTRACTIVENESS -> table(messages.get("figure.attractiveness"), portal.attractiveness());
            case SELECTION_POSITION -> table(messages.get("figure.position"), portal.position());
            case TIERS_PLATINUM -> Placeholders.escape(formats.percent(portal.platinumCutoff(), 1));
            case TIERS_GOLD -> Placeholders.escape(formats.percent(portal.goldCutoff(), 1));
        };
    }

    /** The criteria of one axis and their weights, as the how-to-read page lists them. */
    private String table(String axis, List<Criterion> criteria) {
        StringBuilder b = new StringBuilder();
        b.append("| ")
                .append(Placeholders.escape(axis))
                .append(" | ")
                .append(Placeholders.escape(messages.get("howto.weight")))
                .append(" |\n|---|---|");
        for (Criterion c : criteria) {
            String label = c.label() == null || c.label().isBlank() ? c.id() : c.label();
            b.append("\n| ")
                    .append(Placeholders.escape(label))
                    .append(" | ")
                    .append(Placeholders.escape(formats.number(c.weight(), 1)))
                    .append(" |");
        }
        return b.toString();
    }
}
