package io.keyplan.render;

import io.keyplan.site.SiteLayout;
import io.keyplan.site.SiteWriter;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
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

    PageWriter(Theme theme) {
        this.theme = Objects.requireNonNull(theme);
    }

    Theme theme() {
        return theme;
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

    /** Renders one page with the theme's template; a template problem becomes a {@link ThemeException}. */
    void write(SiteWriter out, String path, String template, Map<String, Object> ctx) {
        PebbleTemplate t = theme.template(template);
        try {
            // Streamed to the file: no page is held in memory whole.
            out.writeText(path, w -> t.evaluate(w, ctx));
        } catch (PebbleException e) {
            throw ThemeException.of(theme.origin(), template, e, "page " + path);
        }
    }
}
