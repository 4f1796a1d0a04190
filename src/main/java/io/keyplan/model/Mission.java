package io.keyplan.model;

import java.util.List;

/** Section 7: the mission of the partnership. */
public record Mission(
        @Doc("Our mission for this customer, in one or two sentences.")
        String statement,

        @Doc("The goals that follow from it (a list).") List<String> goals,
        Origin origin) {}
