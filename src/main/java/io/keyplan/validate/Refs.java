package io.keyplan.validate;

import io.keyplan.diagnostic.Suggest;
import java.util.Collection;

/** Wording shared by the reference checks. */
final class Refs {
    private Refs() {}

    static String didYouMean(String name, Collection<String> known) {
        return Suggest.didYouMean(name, known);
    }

    static String known(String what, Collection<String> names) {
        return names.isEmpty() ? "there are no " + what + " yet" : "the " + what + " are: " + String.join(", ", names);
    }
}
