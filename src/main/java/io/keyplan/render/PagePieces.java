package io.keyplan.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a part of a page through a template of its own, so a site-wide page that shows every
 * account (the booklet's one-page plans) can take each account's part from an earlier build when
 * that part's inputs are unchanged: template variable {@code pieces}, given to every page;
 * {@code {{ pieces.render("print/one-page-body.peb", {"one": one, ...}) }}} gives the part's HTML.
 *
 * <p>A part sees the page's common variables ({@link PageWriter#base}: {@code site}, {@code build},
 * {@code root}, {@code current}, {@code title}, {@code canonical}) and what the call passes, nothing
 * else of the page; with or without a cache it is rendered the same way, so a cached build is byte
 * for byte an uncached one. Its key ({@link PageCache#partKey}) is of exactly those variables, the
 * template's name and the page's path. Used by the thread that renders the page.
 */
public final class PagePieces {
    /** The template variable. */
    static final String VARIABLE = "pieces";

    /** The variables a part gets from its page: those {@link PageWriter#base} gives every page. */
    private static final List<String> SHARED =
            List.of(RenderContext.VARIABLE, "site", "build", "root", "current", "title", "canonical");

    /** Where parts are kept between builds ({@link PageCache}); apart so the two classes do not use each other. */
    interface Parts {
        /** The key of a part, or null when its variables hold a type the key walk does not know. */
        String partKey(String path, String template, Map<String, Object> ctx);

        byte[] getPart(String key);

        void putPart(String key, byte[] part);
    }

    private final Theme theme;
    private final Parts cache;
    private final String path;
    private final Map<String, Object> shared;
    /** The keys of the parts this page used, in order: kept with the page's entry ({@link PageCache#put}). */
    private final List<String> used = new ArrayList<>();

    /** For the page {@code path} with the variables {@code page}; {@code cache} null: render every part. */
    PagePieces(Theme theme, Parts cache, String path, Map<String, Object> page) {
        this.theme = theme;
        this.cache = cache;
        this.path = path;
        this.shared = new HashMap<>();
        for (String name : SHARED) {
            if (page.containsKey(name)) {
                shared.put(name, page.get(name));
            }
        }
    }

    /** The part {@code template} makes of the page's common variables and {@code vars}. */
    public SafeString render(String template, Map<String, Object> vars) {
        Map<String, Object> ctx = new HashMap<>(shared);
        if (vars != null) {
            ctx.putAll(vars);
        }
        // Keyed before the template runs, as a page is: of the variables as the template is handed them.
        String key = cache == null ? null : cache.partKey(path, template, ctx);
        if (key != null) {
            used.add(key);
            byte[] kept = cache.getPart(key);
            if (kept != null) {
                return new SafeString(new String(kept, StandardCharsets.UTF_8));
            }
        }
        // A part may use parts of its own.
        ctx.put(VARIABLE, this);
        StringWriter out = new StringWriter(8192);
        try {
            theme.template(template).evaluate(out, ctx);
        } catch (PebbleException e) {
            throw ThemeException.of(theme.origin(), template, e, "page " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = out.toString();
        if (key != null) {
            cache.putPart(key, html.getBytes(StandardCharsets.UTF_8));
        }
        return new SafeString(html);
    }

    /** The keys of the parts rendered or reused so far. */
    List<String> used() {
        return List.copyOf(used);
    }
}
