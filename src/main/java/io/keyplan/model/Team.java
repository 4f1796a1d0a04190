package io.keyplan.model;

import java.util.List;

/** Section 14: the account and delivery team. */
public record Team(
        @Doc("Our people on this account.") List<TeamMember> members,
        @Doc("How the team works together.") String agreements,
        Origin origin) {}
