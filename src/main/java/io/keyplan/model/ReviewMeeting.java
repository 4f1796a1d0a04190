package io.keyplan.model;

import java.time.LocalDate;
import java.util.List;

/** A plan review; the newest date counts as last_review when that field is absent. */
public record ReviewMeeting(
        @Required @Doc("When the review took place (year-month-day).")
        LocalDate date,

        @Doc("Who took part (a list of names).") List<String> attendees,
        @Doc("What was concluded.") String summary,
        Origin origin) {}
