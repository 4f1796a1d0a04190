package io.keyplan.model;

/** Section 0: the key account at a glance. */
public record Overview(
        @Doc("Why this customer is a key account for us.") String whyKey,

        @Doc("What the customer expects from us: short_term and long_term.")
        Expectations expectations,

        Origin origin) {}
