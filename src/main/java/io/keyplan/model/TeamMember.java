package io.keyplan.model;

/** A member of our account and delivery team. */
public record TeamMember(
        @Required String name,
        String department,
        String role,

        @Doc("Name of the key player this member is in touch with.")
        String customerContact,

        Origin origin) {}
