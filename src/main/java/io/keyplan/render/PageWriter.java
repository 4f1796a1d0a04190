package io.keyplan.render;

import io.keyplan.site.SiteLayout;
import io.keyplan.site.SiteWriter;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a template and its variables into a page of the site: the variables every template gets,
 * and the template run into the {@link SiteWriter}. Shared by the screen pages ({@link SiteRenderer})
 * and the printed ones ({@link PrintPages}), so neither has to call the other for it.
 */
final class PageWriter {
    private final Theme theme;
    /** Pages of earlier builds to reuse; null: render every page. */
    private final PageCache cache;

    PageWriter(Theme theme) {
        this(theme, null);
    }

    PageWriter(Theme theme, PageCache cache) {
        this.theme = Objects.requireNonNull(theme);
        this.cache = cache;
    }

    Theme theme() {
        return theme;
    }

    /**
     * Says that {@code view} is a pure function of {@code inputs} (and KeyPlan's code): with a cache,
     * its key is then made of those inputs instead of a walk of the view ({@link PageCache#madeFrom}).
     * Returns {@code view}.
     */
    <T> T madeFrom(T view, Object... inputs) {
        if (cache != null) {
            cache.madeFrom(view, java.util.Arrays.asList(inputs));
        }
        return view;
    }

    /**
     * The variables every template gets: {@code site}, {@code build}, {@code root} (the way back to
     * the site root: "", "../", ...), {@code current} (which navigation entry is active), {@code title} and
     * {@code canonical} (the page's absolute address, or "" when the site's address is not known).
     */
    static Map<String, Object> base(SiteModel site, RenderContext rc, String path, String current, String title) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put(RenderContext.VARIABLE, rc);
        ctx.put("site", site);
        ctx.put("build", site.build());
        ctx.put("root", SiteLayout.root(path));
        ctx.put("current", current);
        ctx.put("title", title == null ? "" : title);
        ctx.put("canonical", site.build().canonical(path));
        return ctx;
    }

    /**
     * Renders one page of an account (its size bounded by one plan) with the theme's template, in memory,
     * and hands the file its UTF-8 bytes; a template problem becomes a {@link ThemeException}.
     */
    void write(SiteWriter out, String path, String template, Map<String, Object> ctx) {
        write(out, path, template, ctx, false);
    }

    /**
     * As {@link #write}, for a page that grows with the portfolio (the front page, the portfolio-wide pages,
     * the booklet: tens of megabytes at 10,000 plans): streamed to the file instead of held whole.
     */
    void stream(SiteWriter out, String path, String template, Map<String, Object> ctx) {
        write(out, path, template, ctx, true);
    }

    private void write(SiteWriter out, String path, String template, Map<String, Object> ctx, boolean streamed) {
        PebbleTemplate t = theme.template(template);
        // Given to every page, before the key is made, so the page's variables are the same whether it
        // is reused or not (another page may see them: the printed plan sees the screen page's through
        // its section bodies). It adds nothing to a key: the parts it renders are keyed on their own.
        PagePieces pieces = new PagePieces(theme, cache, path, ctx);
        ctx.put(PagePieces.VARIABLE, pieces);
        // Keyed before the template runs: the key is of the variables as the template is handed them.
        String key = cache == null ? null : cache.key(path, template, ctx);
        if (key != null) {
            byte[] kept = cache.get(key);
            if (kept != null) {
                out.writeUtf8(path, kept);
                return;
            }
        }
        try {
            if (!streamed) {
                byte[] page;
                int chars;
                try (PageText text = PageText.open()) {
                    t.evaluate(text, ctx);
                    chars = text.length();
                    page = text.utf8(path);
                }
                out.writeUtf8(path, page);
                if (key != null && chars <= PageCache.MAX_PAGE_CHARS) {
                    cache.put(key, page, pieces.used());
                }
                return;
            }
            if (key == null) {
                // Streamed to the file: no page is held in memory whole.
                out.writeText(path, w -> t.evaluate(new Unflushed(w), ctx));
                return;
            }
            Copy copy = new Copy();
            out.writeText(path, w -> {
                copy.to = w;
                t.evaluate(copy, ctx);
            });
            if (copy.kept != null) {
                cache.put(key, copy.kept.toString().getBytes(StandardCharsets.UTF_8), pieces.used());
            }
        } catch (PebbleException e) {
            throw ThemeException.of(theme.origin(), template, e, "page " + path);
        } catch (IOException e) {
            // PageText does not throw; a template's own writer problem reads as the file writer's would.
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /**
     * Passes text on to the file but not Pebble's flushes: Pebble flushes its writer at the end of every
     * template, included ones too, which pushed each partial through the encoder and out to the file in a
     * system call of its own instead of filling the file writer's buffer.
     */
    private static class Unflushed extends Writer {
        Writer to;

        Unflushed(Writer to) {
            this.to = to;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            to.write(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            to.write(s, off, len);
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void flush() {
            // The SiteWriter flushes when it closes the file.
        }

        @Override
        public void close() {
            // The file writer is closed by the SiteWriter that opened it.
        }
    }

    /** Passes a page on to the file and keeps a copy for the cache, unless it grows too large to keep. */
    private static final class Copy extends Unflushed {
        private StringBuilder kept = new StringBuilder(16 * 1024);

        Copy() {
            super(null); // the file's writer, set once the SiteWriter has opened it
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            super.write(buf, off, len);
            if (kept != null) {
                kept.append(buf, off, len);
                limit();
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            super.write(s, off, len);
            if (kept != null) {
                kept.append(s, off, off + len);
                limit();
            }
        }

        private void limit() {
            if (kept.length() > PageCache.MAX_PAGE_CHARS) {
                kept = null;
            }
        }
    }
}
