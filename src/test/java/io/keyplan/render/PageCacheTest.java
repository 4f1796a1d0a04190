package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.cache.PageStore;
import io.keyplan.history.History;
import io.keyplan.model.Content;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.HistoryFixture;
import io.keyplan.testing.SiteInMemory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Every page KeyPlan's own theme makes can be keyed (its variables hold no type the walk refuses),
 * for both audiences and with history: a new field of a type the walk does not know fails here,
 * instead of quietly turning the cache off for that page. And a page from the cache is the page.
 */
class PageCacheTest {
    /** A store in memory, counting what it is asked. */
    static final class Memory implements PageStore {
        final Map<String, byte[]> pages = new ConcurrentHashMap<>();

        @Override
        public byte[] get(String key) {
            return pages.get(key);
        }

        @Override
        public void put(String key, byte[] page) {
            pages.put(key, page);
        }

        /** Parts of pages (the booklet's one-page plans) apart, so {@link #pages} counts pages. */
        final Map<String, byte[]> parts = new ConcurrentHashMap<>();

        final Set<String> kept = ConcurrentHashMap.newKeySet();

        @Override
        public byte[] getPart(String key) {
            return parts.get(key);
        }

        @Override
        public void putPart(String key, byte[] part) {
            parts.put(key, part);
        }

        @Override
        public void keep(String key) {
            kept.add(key);
        }
    }

    @Test
    void everyPageOfTheExampleIsKeyedAndReusedAsItWas() {
        Content content = ExampleContent.load();
        History history = HistoryFixture.builder()
                .commit("noordzee-foods", "c1", "2026-11-01", "Sanne Verhoeven", "plan", 80.0)
                .build();
        for (Audience audience : Audience.values()) {
            Content shown = audience == Audience.INTERNAL
                    ? content
                    : audience.released(content, new io.keyplan.diagnostic.Diagnostics());
            PortfolioAnalysis analysis = PortfolioAnalyser.analyse(shown, TestSite.BUILD_DATE);
            BuildInfo info = new BuildInfo(TestSite.BUILD_DATE, "1.0.0", audience);
            Theme theme = Theme.bundled();
            SiteInMemory plain = new SiteInMemory();
            new SiteRenderer(theme).render(shown, analysis, history, info, plain);

            Memory store = new Memory();
            PageCache first = PageCache.of(store, theme, shown.portal(), info);
            SiteInMemory filled = new SiteInMemory();
            new SiteRenderer(theme, first).render(shown, analysis, history, info, filled);
            long pages = plain.texts().keySet().stream()
                    .filter(p -> p.endsWith(".html"))
                    .count();
            assertEquals(0, first.refused(), audience + ": every page has a key");
            assertEquals(pages, first.rendered(), audience.toString());
            assertEquals(pages, store.pages.size(), audience + ": no two pages share a key");
            // Internally the booklet is made of every non-archived account's one-page plan, each a part.
            long booklet = audience == Audience.INTERNAL
                    ? shown.accounts().stream()
                            .filter(a -> a.plan().effectiveStatus() != io.keyplan.model.Status.ARCHIVED)
                            .count()
                    : 0;
            assertEquals(booklet, store.parts.size(), audience + ": one part per plan in the booklet, no two alike");

            PageCache second = PageCache.of(store, theme, shown.portal(), info);
            SiteInMemory reused = new SiteInMemory();
            new SiteRenderer(theme, second).render(shown, analysis, history, info, reused);
            assertEquals(0, second.rendered(), audience + ": nothing rendered again");
            assertEquals(store.parts.keySet(), store.kept, audience + ": a reused booklet keeps its parts");
            assertEquals(plain.texts(), filled.texts());
            assertEquals(plain.texts(), reused.texts());
            assertTrue(pages > 2, audience + ": " + pages + " pages");
        }
    }
}
