package io.keyplan.model;

/** One person of the customer's buying centre (DMU). */
public record KeyPlayer(
        @Required @Doc("The person's name.") String name,
        @Doc("Job title.") String title,
        @Doc("Department.") String department,
        @Doc("Role in the buying decision (Miller Heiman).") PlayerRole role,

        @Doc("How much weight this person has in decisions.")
        Influence influence,

        @Doc("Attitude towards us.") Attitude attitude,
        @Doc("Miller Heiman response mode.") ResponseMode mode,
        @Doc("Are we known to them?") Boolean known,

        @Doc("Name of the member of our team who covers this player.")
        String ourContact,

        @Doc("Name of the key player this player reports to; draws the organigram.")
        String reportsTo,

        @Doc("Free notes.") String notes,
        Origin origin) {}
