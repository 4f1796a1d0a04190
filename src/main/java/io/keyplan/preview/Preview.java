package io.keyplan.preview;

import io.keyplan.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * A site kept up to date with the files it is built from, for {@code keyplan serve}: the server
 * asks it for files and tells it what changed on disk. Every file it serves is byte for byte
 * what {@code keyplan build} writes for the same content, theme and audience; the server alone
 * adds its live-reload script and error overlay. When the content has errors, the files of the
 * last good state stay served. Safe to call from several threads.
 */
public interface Preview extends AutoCloseable {
    /**
     * Brings the site up to date after files changed under the content or theme folder.
     *
     * @param changed the paths the watcher reported (files or folders, added, changed or deleted);
     *     empty: read everything again
     */
    Update refresh(Collection<Path> changed);

    /**
     * The current file at a site path ({@code index.html}, {@code accounts/acme/index.html},
     * {@code assets/css/keyplan.css}, an attachment, {@code data/portfolio.json}), or empty when the
     * site has no such file.
     */
    Optional<Served> file(String sitePath);

    /** What the last refresh found; with errors, the files served are those of the last good state. */
    Diagnostics diagnostics();

    @Override
    void close();

    /** A file's bytes and its media type ({@code text/html; charset=utf-8}, ...). */
    record Served(byte[] bytes, String contentType) {}

    /**
     * The outcome of a refresh: {@code generation} grows by one with every refresh that changed
     * what is served; {@code what} says in a few words what changed ("accounts/acme/account.yaml",
     * "the theme", "3 files").
     */
    record Update(long generation, Diagnostics diagnostics, int accounts, Duration took, String what) {}
}
