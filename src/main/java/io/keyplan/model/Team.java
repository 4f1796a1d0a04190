package io.keyplan.model;

import java.util.List;

/** Section 14: the account and delivery team. */
public record Team(List<TeamMember> members, String agreements, Origin origin) {}
