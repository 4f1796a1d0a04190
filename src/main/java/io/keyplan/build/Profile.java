package io.keyplan.build;

/** Who the site is for: the company ({@code internal}) or everyone ({@code public}, spec 7). */
public enum Profile {
    INTERNAL, PUBLIC
}
