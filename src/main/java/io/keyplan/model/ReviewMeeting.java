package io.keyplan.model;

import java.time.LocalDate;
import java.util.List;

/** A plan review; the newest date counts as last_review when that field is absent. */
public record ReviewMeeting(@Required LocalDate date, List<String> attendees, String summary, Origin origin) {}
