package io.keyplan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The front matter of a note ({@code notes/*.md}) as written. A model record, not the loader's
 * own, because the note schema for editors is generated from it like the other schemas.
 */
@Doc("The front matter of a dated note about the account (between the two --- lines).")
public record NoteFront(
        @Required @Doc("The note's title, shown in the account's list of notes.")
        String title,

        @Required @Doc("The day the note is about (year-month-day, e.g. 2026-03-31).")
        LocalDate date,

        @Doc("Who wrote the note.") String author,

        @Doc("Free words to group notes by, e.g. [visit, plant].")
        List<String> tags,

        Origin origin) {}
