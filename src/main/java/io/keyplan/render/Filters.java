package io.keyplan.render;

import java.util.List;

/** The values the home page can filter on, each list sorted and without duplicates. */
public record Filters(List<String> owners, List<String> regions, List<String> industries, List<String> businessUnits) {
    public Filters {
        owners = List.copyOf(owners);
        regions = List.copyOf(regions);
        industries = List.copyOf(industries);
        businessUnits = List.copyOf(businessUnits);
    }
}
