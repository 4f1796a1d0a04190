package io.keyplan.model;

import java.util.List;

/** Section 7: the mission of the partnership. */
public record Mission(String statement, List<String> goals, Origin origin) {}
