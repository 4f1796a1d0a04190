package io.keyplan.model;

/** One person of the customer's buying centre (DMU). */
public record KeyPlayer(
        @Required String name,
        String title,
        String department,
        PlayerRole role,
        Influence influence,
        @Doc("Attitude towards us.") Attitude attitude,
        @Doc("Miller Heiman response mode.") ResponseMode mode,
        @Doc("Are we known to them?") Boolean known,

        @Doc("Name of the member of our team who covers this player.")
        String ourContact,

        @Doc("Name of the key player this player reports to; draws the organigram.")
        String reportsTo,

        String notes,
        Origin origin) {}
