package io.keyplan.model;

/** A member of our account and delivery team. */
public record TeamMember(
        @Required @Doc("The team member's name.") String name,
        @Doc("Their department.") String department,
        @Doc("Their role on the account.") String role,

        @Doc("Name of the key player this member is in touch with.")
        String customerContact,

        Origin origin) {}
