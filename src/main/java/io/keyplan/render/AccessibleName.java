package io.keyplan.render;

/**
 * The name a screen reader says for an element that holds text of its own, such as a Markdown
 * table's scroll box or a task item's checkbox: the text on one line, cut after 120 characters,
 * since the full text follows when the reader goes on.
 */
final class AccessibleName {
    private static final int MAX_CHARS = 120;

    private AccessibleName() {}

    /** {@code oneLine} as a name, "…" where it was cut. */
    static String of(String oneLine) {
        return oneLine.length() > MAX_CHARS
                ? oneLine.substring(0, MAX_CHARS - 1).strip() + "…"
                : oneLine;
    }
}
