package io.keyplan.load;

import io.keyplan.model.Origin;
import io.keyplan.model.Required;
import java.time.LocalDate;
import java.util.List;

/** The keys allowed in the front matter of each kind of Markdown file, bound like any record. */
final class FrontMatters {
    private FrontMatters() {}

    /** {@code notes/*.md}. */
    record NoteFront(
            @Required String title, @Required LocalDate date, String author, List<String> tags, Origin origin) {}

    /** {@code pages/*.md}; {@code visibility: public} releases the page in a public build. */
    record PageFront(String title, io.keyplan.model.Visibility visibility, Origin origin) {}

    /** {@code <section-id>.md}: nothing is read from its front matter. */
    record NarrativeFront(Origin origin) {}
}
