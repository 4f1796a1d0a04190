package io.keyplan.validate;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;

/** Checks that span fields or files: references, selection criteria, weights (spec section 5). */
public final class ContentValidator {
    private ContentValidator() {
    }

    public static void validate(Content content, Diagnostics diagnostics) {
    }
}
