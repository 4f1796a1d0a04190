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
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reuses a page from an earlier build only when everything it is made of is unchanged: the key of a
 * page is the {@link Fingerprint} of the variables handed to its template (views, figures, links,
 * the build's date, version and audience: all of them, as the template sees them), the template's
 * name, the page's path, the theme's files, and what the caller adds ({@code salt}: KeyPlan's code,
 * the portal settings, the audience). A page whose variables hold a type the walk does not know is
 * rendered every time. Used by {@link PageWriter}; safe to use from several threads.
 */
public final class PageCache implements PagePieces.Parts {
    /** A page larger than this is rendered every time: a 10,000-plan booklet is not held in memory to be kept. */
    static final int MAX_PAGE_CHARS = 8 << 20;

    /** Marks a part's key apart from a page's (whose third item is a template's name, never this). */
    private static final String PART = "part of a page:";

    private final PageStore store;
    private final Fingerprint keys;
    private final List<Object> salt;
    /** Views keyed by what they were made from ({@link #madeFrom}), by identity. */
    private final Map<Object, List<Object>> madeFrom;

    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();

    private PageCache(PageStore store, Fingerprint keys, List<Object> salt, Map<Object, List<Object>> madeFrom) {
        this.store = store;
        this.keys = keys;
        this.salt = salt;
        this.madeFrom = madeFrom;
    }

    /**
     * A cache for one build with {@code theme}; {@code salt} is what the build adds to every key (it
     * must be something {@link Fingerprint} can walk).
     */
    public static PageCache of(PageStore store, Theme theme, Object... salt) {
        return of(store, theme, v -> null, salt);
    }

    /**
     * {@link #of(PageStore, Theme, Object...)} where {@code known} gives, for an account's plan the
     * loader made, the digest of what it was made from (null for any other object): such a plan is
     * keyed by that digest instead of a walk of the record.
     */
    public static PageCache of(PageStore store, Theme theme, Function<Object, byte[]> known, Object... salt) {
        Map<Object, List<Object>> madeFrom = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        Fingerprint keys = new Fingerprint(
                Map.of(
                        // The theme by its files: every template, text and asset, as they are on disk.
                        Theme.class, t -> ((Theme) t).fingerprint(),
                        // Made from the language and currency alone; the rest is formatters made from those.
                        Formats.class, f -> List.of(((Formats) f).locale(), ((Formats) f).currency()),
                        // Its options are fixed in KeyPlan's code, which is in the salt.
                        Markdown.class, m -> "",
                        SafeString.class, s -> s.toString(),
                        // Adds nothing of its own to a page: each part it renders is keyed on its own,
                        // of the page's variables (keyed with the page) and what the template passes.
                        PagePieces.class, p -> ""),
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
                        OnePagePlan.class),
                (Function<Object, Object>) v -> {
                    List<Object> inputs = madeFrom.get(v);
                    return inputs != null ? inputs : known.apply(v);
                });
        Object[] all = new Object[salt.length + 1];
        all[0] = theme;
        System.arraycopy(salt, 0, all, 1, salt.length);
        // Walked once, here: a salt the walk does not know is a mistake in KeyPlan, not in the content.
        keys.of(all);
        return new PageCache(Objects.requireNonNull(store), keys, List.of(all), madeFrom);
    }

    /**
     * Keys {@code view} (an object of one of the types hashed once per build) by {@code inputs}
     * instead of a walk of it: the caller vouches that the view is a pure function of them and of
     * KeyPlan's code, made where this is said (the view must not hold itself among its inputs).
     */
    void madeFrom(Object view, List<Object> inputs) {
        madeFrom.put(view, inputs);
    }

    /** The key of a page, or null when its variables hold a type the walk does not know. */
    String key(String path, String template, Map<String, Object> ctx) {
        String key = keys.keyOrNull(salt, template, path, ctx);
        if (key == null) {
            refused.incrementAndGet();
        }
        return key;
    }

    /**
     * The key of a part of the page {@code path} ({@link PagePieces}), or null as for {@link #key}; a
     * part and a page never share a key.
     */
    @Override
    public String partKey(String path, String template, Map<String, Object> ctx) {
        String key = keys.keyOrNull(salt, PART, template, path, ctx);
        if (key == null) {
            refused.incrementAndGet();
        }
        return key;
    }

    @Override
    public byte[] getPart(String key) {
        return store.getPart(key);
    }

    @Override
    public void putPart(String key, byte[] part) {
        store.putPart(key, part);
    }

    /**
     * The page kept under {@code key}, or null. The parts it was made with ({@link PagePieces}) are
     * marked as used by this build: the cache folder drops what a build did not use, and the next
     * change to one account would otherwise render every part of a reused site-wide page again.
     */
    byte[] get(String key) {
        byte[] entry = store.get(key);
        if (entry == null || entry.length < 4) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(entry);
        int parts = b.getInt();
        if (parts < 0 || parts > (entry.length - 4) / 32) {
            return null;
        }
        byte[] part = new byte[32];
        for (int i = 0; i < parts; i++) {
            b.get(part);
            store.keep(HexFormat.of().formatHex(part));
        }
        return Arrays.copyOfRange(entry, b.position(), entry.length);
    }

    /** Keeps {@code page} with the keys of the parts it was made with. */
    void put(String key, byte[] page, List<String> partKeys) {
        rendered.incrementAndGet();
        ByteBuffer b = ByteBuffer.allocate(4 + 32 * partKeys.size() + page.length);
        b.putInt(partKeys.size());
        for (String k : partKeys) {
            b.put(HexFormat.of().parseHex(k));
        }
        b.put(page);
        store.put(key, b.array());
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
