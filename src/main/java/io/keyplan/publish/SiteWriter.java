package io.keyplan.publish;

import java.nio.file.Path;

/**
 * Where the renderer puts the site. Paths are relative to the site root and use forward
 * slashes ({@code accounts/acme/index.html}); an implementation refuses any path that
 * would leave the site root. Implementations are safe to call from parallel renderers.
 */
public interface SiteWriter {
    void writeText(String path, String content);

    void copyFile(Path source, String path);
}
