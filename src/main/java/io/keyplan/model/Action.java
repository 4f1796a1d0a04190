package io.keyplan.model;

import java.time.LocalDate;

/** One action of the action plan. */
public record Action(
        @Required String action,
        String owner,
        LocalDate due,
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
