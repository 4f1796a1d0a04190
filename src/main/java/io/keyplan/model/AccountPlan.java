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
        @Required @Doc(value = "The customer's name.", examples = "Van Dijk Food Group")
        String name,

        @Required
        @Doc(value = "The key account manager: a plain name or {name, email, title}.", examples = "Jan de Vries")
        Person owner,

        @Doc("Executive sponsor on our side, the escalation point.")
        Person sponsor,

        @Doc(
                value = "The customer's industry; used to filter and group the portfolio.",
                examples = {"Energy", "Food processing"})
        String industry,

        @Doc(
                value = "The region or country the account belongs to, for filtering and grouping.",
                examples = {"DACH", "France"})
        String region,

        @Doc(
                value = "Our business unit that owns the account, for filtering and grouping.",
                examples = "Energy Solutions")
        String businessUnit,

        @Range(min = 1800, max = 2200) @Doc(value = "Year the relationship started.", examples = "2011")
        Integer customerSince,

        @Doc("Relationship stage.") Stage stage,

        @Doc("active (default), at-risk, prospect or archived.")
        Status status,

        @Doc("internal (default) or public; a public build shows only public accounts.")
        Visibility visibility,

        @Doc(value = "Date of the last plan review (YYYY-MM-DD).", examples = "2026-09-30")
        LocalDate lastReview,

        @Doc("en, nl or de: the language the plan is written in, when it differs from the portal's"
                + " language (its text is then marked with its own language).")
        Language language,

        @Range(min = 1, max = 10) @Doc("Selection criterion id -> score 1..10.")
        Map<String, Integer> selectionScores,

        @Doc("Section id -> self-assessed completeness band.")
        Map<SectionId, Band> completeness,

        @Doc("Section 0, Key account: why this customer is a key account and what they expect.")
        Overview overview,

        @Doc("Section 1, Key players: the people in the customer's buying centre (DMU).")
        List<KeyPlayer> keyPlayers,

        @Doc("Section 2, Customer business analysis: the customer's mission, strategy, business model and issues.")
        BusinessAnalysis businessAnalysis,

        @Doc("Section 3, Business review: our revenue with the customer per year, margins and quotes.")
        BusinessReview businessReview,

        @Doc("Section 4, Competition and purchasing: competitors and how the customer buys.")
        Competition competition,

        @Doc("Section 5, Strengths and weaknesses: how the customer sees us, and the opportunities and threats.")
        Swot swot,

        @Doc("Section 6, Ambition: where we stand with the customer and where we want to be.")
        Ambition ambition,

        @Doc("Section 7, Mission statement: what we want to achieve with this customer.")
        Mission mission,

        @Doc("Section 8, Strategic fit: what the customer gains, what we gain and the added value.")
        StrategicFit strategicFit,

        @Doc("Section 9, Objectives and KPIs: measurable and descriptive goals.")
        List<Objective> objectives,

        @Doc("Section 10, Investments: what the customer and we put in.")
        Investments investments,

        @Doc("Section 11, Sales opportunities, with value, probability and stage.")
        List<Opportunity> opportunities,

        @Doc("Section 12, Revenue forecast: targets for this year and the coming years.")
        Forecast forecast,

        @Doc("Cross-sell matrix, shown with the sales opportunities.")
        CrossSell crossSell,

        @Doc("Section 13, Action plan: who does what by when.")
        List<Action> actions,

        @Doc("Section 14, Account and delivery team: our people on this account.")
        Team team,

        @Doc("Section 15, Why a key account: the short statement and vision.")
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
