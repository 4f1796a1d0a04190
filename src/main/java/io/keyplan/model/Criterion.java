package io.keyplan.model;

/** One key-account selection criterion and its weight within its axis. */
public record Criterion(
        @Required
        @Doc(
                value = "Short id of the criterion, used in selection_scores of each account.",
                examples = "revenue_potential")
        String id,

        @Doc("The name shown on the site.") String label,

        @Range(min = 0, max = 100)
        @Doc(value = "Weight in percent; the weights of a list add up to 100.", examples = "30")
        Double weight,

        Origin origin) {}
