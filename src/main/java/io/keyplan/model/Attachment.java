package io.keyplan.model;

import java.nio.file.Path;

/**
 * A file inside an account folder that is neither YAML nor Markdown (an image, a PDF).
 * It is copied next to the account page; {@code relativePath} is relative to the account
 * folder, with forward slashes. {@code source} is the file as the user sees it in messages.
 */
public record Attachment(Path file, String relativePath, long size, SourceSpan source) {

    /** With the file's own path as the place shown in messages. */
    public Attachment(Path file, String relativePath, long size) {
        this(file, relativePath, size, SourceSpan.file(file.toString().replace('\\', '/')));
    }

    /**
     * The folder {@code prefix} of {@link #relativePath} (e.g. {@code docs} of {@code docs/deck.pdf})
     * as the user sees it in messages.
     */
    public String shownFolder(String prefix) {
        String shown = source.file();
        if (!shown.endsWith(relativePath)) {
            return shown;
        }
        return shown.substring(0, shown.length() - relativePath.length()) + prefix;
    }
}
