package io.keyplan.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The contents of one {@code account.yaml}, exactly as the file format defines it
 * (spec sections 3 and 4). Absent sections are null, absent lists and maps are empty.
 * The JSON Schema is generated from this record, so a field added here is in the schema.
 */
@Doc("One key account plan (KeyPlan format version 1).")
public record AccountPlan(
        @Required @Doc("The customer's name.") String name,

        @Required @Doc("The key account manager: a plain name or {name, email, title}.")
        Person owner,

        @Doc("Executive sponsor on our side, the escalation point.")
        Person sponsor,

        String industry,
        String region,
        String businessUnit,

        @Range(min = 1800, max = 2200) @Doc("Year the relationship started.")
        Integer customerSince,

        @Doc("Relationship stage.") Stage stage,

        @Doc("active (default), at-risk, prospect or archived.")
        Status status,

        @Doc("internal (default) or public; a public build shows only public accounts.")
        Visibility visibility,

        @Doc("Date of the last plan review (YYYY-MM-DD).") LocalDate lastReview,

        @Doc("en, nl or de: the language the plan is written in, when it differs from the portal's"
                + " language (its text is then marked with its own language).")
        Language language,

        @Range(min = 1, max = 10) @Doc("Selection criterion id -> score 1..10.")
        Map<String, Integer> selectionScores,

        @Doc("Section id -> self-assessed completeness band.")
        Map<SectionId, Band> completeness,

        Overview overview,
        List<KeyPlayer> keyPlayers,
        BusinessAnalysis businessAnalysis,
        BusinessReview businessReview,
        Competition competition,
        Swot swot,
        Ambition ambition,
        Mission mission,
        StrategicFit strategicFit,
        List<Objective> objectives,
        Investments investments,
        List<Opportunity> opportunities,
        Forecast forecast,

        @Doc("Cross-sell matrix, shown with the sales opportunities.")
        CrossSell crossSell,

        List<Action> actions,
        Team team,
        Why why,

        @Doc("Plan reviews; they belong to no section and feed staleness.")
        List<ReviewMeeting> reviews,

        Origin origin) {

    public Status effectiveStatus() {
        return status == null ? Status.ACTIVE : status;
    }

    public Visibility effectiveVisibility() {
        return visibility == null ? Visibility.INTERNAL : visibility;
    }

    /** The language the plan's text is written in: its own {@code language}, else the portal's. */
    public Language writtenIn(Language portal) {
        return language == null ? portal : language;
    }

    /** {@code last_review}, or the newest review date when that field is absent (spec 4). */
    public LocalDate effectiveLastReview() {
        if (lastReview != null) {
            return lastReview;
        }
        return reviews.stream()
                .map(ReviewMeeting::date)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
