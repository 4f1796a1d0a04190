package io.keyplan.model;

import java.time.LocalDate;

/** One action of the action plan. */
public record Action(
        @Required @Doc("What is to be done.") String action,
        @Doc("Who does it (a name).") String owner,
        @Doc("By when (year-month-day).") LocalDate due,
        @Doc("open (default), done or dropped.") ActionStatus status,
        @Doc("The plan section this action belongs to.") SectionId section,
        Origin origin) {

    /** The status, with the spec's default. */
    public ActionStatus effectiveStatus() {
        return status == null ? ActionStatus.OPEN : status;
    }

    /** Open and due before {@code today} (spec 6.6): the one place this rule is written. */
    public boolean overdueOn(LocalDate today) {
        return effectiveStatus() == ActionStatus.OPEN && due != null && due.isBefore(today);
    }
}
