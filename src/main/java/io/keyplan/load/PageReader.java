package io.keyplan.load;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Page;
import io.keyplan.model.SourceSpan;
import io.keyplan.model.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the free pages ({@code pages/*.md}), sorted by name. */
final class PageReader {
    private final ContentFiles files;
    private final Diagnostics diagnostics;

    PageReader(ContentFiles files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
    }

    List<Page> read(Path dir) {
        List<Page> pages = new ArrayList<>();
        if (!Files.isDirectory(dir) || !files.checkInside(dir)) {
            return pages;
        }
        for (Path p : files.list(dir)) {
            String name = p.getFileName().toString();
            String shown = files.display(p);
            if (!name.endsWith(".md") || !Files.isRegularFile(p)) {
                diagnostics.error(
                        SourceSpan.file(shown),
                        "unknown-file",
                        "'pages' holds only Markdown pages (*.md); '" + name + "' is not one",
                        null);
                continue;
            }
            String base = name.substring(0, name.length() - 3);
            MarkdownFile md = MarkdownFile.readNamed(p, "page", files, diagnostics);
            if (md == null) {
                continue;
            }
            String title = null;
            Visibility visibility = Visibility.INTERNAL;
            if (md.frontMatter() != null) {
                FrontMatters.PageFront front =
                        new Binder(diagnostics).bind(FrontMatters.PageFront.class, md.frontMatter());
                title = front == null ? null : front.title();
                if (front != null && front.visibility() != null) {
                    visibility = front.visibility();
                }
            }
            if (title == null || title.isBlank()) {
                title = firstHeading(md.body(), base);
            }
            pages.add(new Page(base, title, md.body(), visibility, SourceSpan.file(shown)));
        }
        return pages;
    }

    static String firstHeading(String markdown, String fallback) {
        for (String line : markdown.split("\n")) {
            String l = line.strip();
            if (l.startsWith("# ")) {
                return l.substring(2).strip();
            }
        }
        return fallback;
    }
}
