package io.keyplan.analyse;

import java.util.Comparator;

/** How names are ordered in every ranking tie: case-insensitive first, then exactly. */
final class Names {
    static final Comparator<String> ORDER =
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    private Names() {}
}
