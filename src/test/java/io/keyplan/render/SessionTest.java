package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.analyse.PortfolioAnalysis;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.history.History;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SiteRenderer.Session} renders the site page by page (for live preview): each account's
 * pages and each site-wide page on its own are byte for byte what {@link SiteRenderer#render} writes,
 * and together they are every page it writes.
 */
class SessionTest {
    @ParameterizedTest
    @EnumSource(Audience.class)
    void pageByPageIsTheWholeSite(Audience audience) {
        Content content = audience.released(ExampleContent.load(), new Diagnostics());
        check(
                audience,
                content,
                History.none(),
                SiteLayout.of(content, audience).pages());
    }

    /** With git history too: the history pages and the changes page, page by page, are the build's. */
    @ParameterizedTest
    @EnumSource(Audience.class)
    void pageByPageIsTheWholeSiteWithHistory(Audience audience) {
        Content content = audience.released(TestSite.content("title: P"), new Diagnostics());
        check(
                audience,
                content,
                TestSite.history(),
                SiteLayout.of(content, audience, audience.seesPrintedPlans(), true)
                        .pages());
    }

    private static void check(Audience audience, Content content, History history, java.util.List<String> layout) {
        PortfolioAnalysis analysis = PortfolioAnalyser.analyse(content, TestSite.BUILD_DATE);
        BuildInfo info = new BuildInfo(TestSite.BUILD_DATE, "1.2.3", audience);
        SiteRenderer renderer = new SiteRenderer(Theme.load(Path.of("site-theme")));

        MemorySiteWriter whole = new MemorySiteWriter();
        renderer.render(content, analysis, history, info, whole);

        SiteRenderer.Session session = renderer.session(content, analysis, history, info);
        MemorySiteWriter pieces = new MemorySiteWriter();
        TreeSet<String> listed = new TreeSet<>();
        for (Account a : content.accounts()) {
            MemorySiteWriter one = new MemorySiteWriter();
            session.renderAccount(a, one);
            assertEquals(new TreeSet<>(session.accountPages(a)), one.files.keySet(), a.slug());
            one.files.forEach(pieces::add);
            listed.addAll(session.accountPages(a));
        }
        for (String path : session.sitePages()) {
            MemorySiteWriter one = new MemorySiteWriter();
            session.renderSitePage(path, one);
            assertEquals(java.util.Set.of(path), one.files.keySet(), path);
            one.files.forEach(pieces::add);
            listed.add(path);
        }
        // The search index is no page: the session gives it on its own, which is where the preview serves it from.
        pieces.writeText(SiteLayout.SEARCH_INDEX, session.searchIndex());
        assertEquals(whole.files.keySet(), pieces.files.keySet());
        TreeSet<String> pagesWritten = new TreeSet<>(whole.files.keySet());
        pagesWritten.remove(SiteLayout.SEARCH_INDEX);
        assertEquals(pagesWritten, listed);
        assertEquals(new TreeSet<>(layout), listed);
        for (Map.Entry<String, byte[]> e : whole.files.entrySet()) {
            assertArrayEquals(e.getValue(), pieces.files.get(e.getKey()), e.getKey());
        }
    }
}
