package io.keyplan.model;

import java.util.Objects;

/** A person: written as a plain name or as {name, email, title}. */
@Scalar("name")
public record Person(
        @Required @Doc("The person's name.") String name,
        @Doc("E-mail address.") String email,
        @Doc("Job title.") String title,
        Origin origin) {
    public Person {
        Objects.requireNonNull(origin, "origin");
    }

    public static Person named(String name) {
        return new Person(name, null, null, Origin.NONE);
    }
}
