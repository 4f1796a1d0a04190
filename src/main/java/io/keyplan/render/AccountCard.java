package io.keyplan.render;

import io.keyplan.model.Language;
import io.keyplan.model.Stage;
import io.keyplan.model.Status;
import java.util.List;

/**
 * One account on the home page. {@code why} is one line of plain text; {@code figures} is
 * the place for the computed figures (quadrant, tier, health) once the analysis has them;
 * {@code updated} when git last changed the plan, in words ("3 days ago"), null without history.
 * {@code language} the plan's own language (null: the portal's), which its {@code why} is in.
 */
public record AccountCard(
        String slug,
        String name,
        String owner,
        String industry,
        String region,
        String businessUnit,
        Stage stage,
        Status status,
        String why,
        String href,
        List<Figure> figures,
        String updated,
        Language language) {

    public AccountCard {
        figures = List.copyOf(figures);
    }

    /** A computed figure on a card: a translated label key, the shown value and a CSS modifier. */
    public record Figure(String labelKey, String value, String tone) {}
}
