package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Content;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a content folder (spec section 1) into the model, reporting every problem found. */
public final class ContentLoader {

    /**
     * @param contentDir the content folder
     * @param buildDate  gives the default fiscal year
     * @return what could be read; when {@code diagnostics} has errors it may be incomplete
     */
    public Content load(Path contentDir, LocalDate buildDate, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("not yet written");
    }
}
