package io.keyplan.render;

import io.keyplan.analyse.AccountFigures;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.cache.Fingerprint;
import io.keyplan.cache.PageStore;
import io.keyplan.model.Account;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.Content;
import io.keyplan.model.Portal;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reuses a page from an earlier build only when everything it is made of is unchanged: the key of a
 * page is the {@link Fingerprint} of the variables handed to its template (views, figures, links,
 * the build's date, version and audience: all of them, as the template sees them), the template's
 * name, the page's path, the theme's files, and what the caller adds ({@code salt}: KeyPlan's code,
 * the portal settings, the audience). A page whose variables hold a type the walk does not know is
 * rendered every time. Used by {@link PageWriter}; safe to use from several threads.
 */
public final class PageCache {
    /** A page larger than this is rendered every time: a 10,000-plan booklet is not held in memory to be kept. */
    static final int MAX_PAGE_CHARS = 8 << 20;

    private final PageStore store;
    private final Fingerprint keys;
    private final List<Object> salt;
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();

    private PageCache(PageStore store, Fingerprint keys, List<Object> salt) {
        this.store = store;
        this.keys = keys;
        this.salt = salt;
    }

    /**
     * A cache for one build with {@code theme}; {@code salt} is what the build adds to every key (it
     * must be something {@link Fingerprint} can walk).
     */
    public static PageCache of(PageStore store, Theme theme, Object... salt) {
        Fingerprint keys = new Fingerprint(
                Map.of(
                        // The theme by its files: every template, text and asset, as they are on disk.
                        Theme.class, t -> ((Theme) t).fingerprint(),
                        // Made from the language and currency alone; the rest is formatters made from those.
                        Formats.class, f -> List.of(((Formats) f).locale(), ((Formats) f).currency()),
                        // Its options are fixed in KeyPlan's code, which is in the salt.
                        Markdown.class, m -> "",
                        SafeString.class, s -> s.toString()),
                // Immutable, and shared by many pages (the theme's texts by all, an account's model and
                // views by its four or five pages, the site-wide pages by one another): hashed once each.
                Set.of(
                        Messages.class,
                        RenderContext.class,
                        SiteModel.class,
                        Account.class,
                        AccountPlan.class,
                        Portal.class,
                        Content.class,
                        AccountFigures.class,
                        PortfolioAnalysis.class,
                        AccountView.class,
                        AccountFiguresView.class,
                        OnePagePlan.class));
        Object[] all = new Object[salt.length + 1];
        all[0] = theme;
        System.arraycopy(salt, 0, all, 1, salt.length);
        // Walked once, here: a salt the walk does not know is a mistake in KeyPlan, not in the content.
        keys.of(all);
        return new PageCache(Objects.requireNonNull(store), keys, List.of(all));
    }

    /** The key of a page, or null when its variables hold a type the walk does not know. */
    String key(String path, String template, Map<String, Object> ctx) {
        String key = keys.keyOrNull(salt, template, path, ctx);
        if (key == null) {
            refused.incrementAndGet();
        }
        return key;
    }

    byte[] get(String key) {
        return store.get(key);
    }

    void put(String key, byte[] page) {
        rendered.incrementAndGet();
        store.put(key, page);
    }

    /** Pages that could not be keyed (always rendered): zero for every page of the built-in theme. */
    public int refused() {
        return refused.get();
    }

    /** Pages rendered and kept. */
    public int rendered() {
        return rendered.get();
    }
}
