package io.keyplan.load;

import io.keyplan.model.Origin;

/** The keys allowed in the front matter of each kind of Markdown file, bound like any record. */
final class FrontMatters {
    private FrontMatters() {}

    // Notes' front matter is io.keyplan.model.NoteFront: the note schema is generated from it.

    /** {@code pages/*.md}; {@code visibility: public} releases the page in a public build. */
    record PageFront(String title, io.keyplan.model.Visibility visibility, Origin origin) {}

    /** {@code <section-id>.md}: nothing is read from its front matter. */
    record NarrativeFront(Origin origin) {}
}
