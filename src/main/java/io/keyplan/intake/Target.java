package io.keyplan.intake;

import io.keyplan.model.AccountPlan;
import io.keyplan.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field a column can be imported into: {@code slug} (which account), a header field of spec
 * section 3 that holds one value, or one year of {@code business_review.revenue}
 * ({@code revenue.2026}). Maps, lists and sections are never written by an import.
 *
 * @param key  the YAML key ({@code industry}); {@code revenue} for a revenue year
 * @param kind what the cell must hold
 * @param year the revenue year, or 0
 */
public record Target(String key, Kind kind, int year) {
    /** What a cell must hold for a field. */
    public enum Kind {
        SLUG,
        TEXT,
        PERSON,
        YEAR,
        DATE,
        STAGE,
        STATUS,
        VISIBILITY,
        LANGUAGE,
        AMOUNT
    }

    /** The header fields in the spec's order, the order a new key is put in. */
    static final List<Target> HEADER = List.of(
            new Target("name", Kind.TEXT, 0),
            new Target("owner", Kind.PERSON, 0),
            new Target("sponsor", Kind.PERSON, 0),
            new Target("industry", Kind.TEXT, 0),
            new Target("region", Kind.TEXT, 0),
            new Target("business_unit", Kind.TEXT, 0),
            new Target("customer_since", Kind.YEAR, 0),
            new Target("stage", Kind.STAGE, 0),
            new Target("status", Kind.STATUS, 0),
            new Target("visibility", Kind.VISIBILITY, 0),
            new Target("last_review", Kind.DATE, 0),
            new Target("language", Kind.LANGUAGE, 0));

    /**
     * The top-level keys of account.yaml in the spec's order, where a new key goes between them:
     * the model's own order, the one the loader and the JSON Schema read.
     */
    static final List<String> TOP_LEVEL_ORDER =
            Field.of(AccountPlan.class).stream().map(Field::key).toList();

    private static final Pattern REVENUE = Pattern.compile("(?:business_review\\.)?revenue\\.(\\d{4})");
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2200;

    /** The field named {@code name}, or null when there is none. */
    static Target parse(String name) {
        if (name.equals("slug")) {
            return new Target("slug", Kind.SLUG, 0);
        }
        for (Target t : HEADER) {
            if (t.key.equals(name)) {
                return t;
            }
        }
        Matcher m = REVENUE.matcher(name);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return new Target("revenue", Kind.AMOUNT, year);
            }
        }
        return null;
    }

    /** Every name {@link #parse} knows, for "did you mean" ({@code revenue.YYYY} as an example year). */
    static List<String> names(int exampleYear) {
        List<String> names = new ArrayList<>();
        names.add("slug");
        HEADER.forEach(t -> names.add(t.key));
        names.add("revenue." + exampleYear);
        return names;
    }

    /** The name as the user writes it: {@code industry}, {@code revenue.2026}. */
    public String label() {
        return kind == Kind.AMOUNT ? "revenue." + year : key;
    }
}
