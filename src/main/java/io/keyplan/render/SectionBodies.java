package io.keyplan.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The content of each plan section (its narrative and its partial, {@code partials/section-body.peb}),
 * rendered once per account and shared by the account's screen page and its printed plan: the
 * two pages show the same sections, and rendering them is most of the cost of both. Template
 * variable {@code bodies}; {@code bodies.get(s)} gives a section's HTML. Used by one thread at a time.
 */
public final class SectionBodies {
    static final String TEMPLATE = "partials/section-body.peb";

    private final Theme theme;
    private final Map<String, Object> context;
    /** Transient: what the theme and context make; a page's cache key ({@link PageCache}) is of those. */
    private final transient Map<String, SafeString> rendered = new HashMap<>();

    /**
     * {@code context}: the variables of the page that asks first (the account page). Section
     * partials must use only what both pages share: {@code plan}, {@code view}, {@code fig},
     * {@code account}, {@code site}, {@code s}.
     */
    SectionBodies(Theme theme, Map<String, Object> context) {
        this.theme = theme;
        this.context = context;
    }

    public SafeString get(AccountView.Section section) {
        SafeString html = rendered.get(section.code());
        if (html == null) {
            html = new SafeString(render(section));
            rendered.put(section.code(), html);
        }
        return html;
    }

    private String render(AccountView.Section section) {
        Map<String, Object> ctx = new HashMap<>(context);
        ctx.put("s", section);
        StringWriter out = new StringWriter(4096);
        try {
            theme.template(TEMPLATE).evaluate(out, ctx);
        } catch (PebbleException e) {
            throw ThemeException.of(theme.origin(), TEMPLATE, e, "section " + section.code());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
