package io.keyplan.render;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import java.nio.file.Path;
import java.time.LocalDate;

/** The example portfolio in {@code content/}, read by the real loader, for rendering tests and previews. */
final class ExampleContent {
    static final Path ROOT = Path.of("content");

    private ExampleContent() {}

    static Content load() {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader().load(ROOT, LocalDate.of(2026, 11, 23), d);
        if (d.hasErrors()) {
            throw new IllegalStateException("the example content has errors: " + d.all());
        }
        return content;
    }
}
