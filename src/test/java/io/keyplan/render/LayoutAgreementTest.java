package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.model.Content;
import io.keyplan.model.Page;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The renderer writes exactly the pages {@link SiteLayout} says a build has, and the theme links only to addresses it knows. */
class LayoutAgreementTest {
    private static final Theme THEME = Theme.load(Path.of("site-theme"));

    @Test
    void theRendererWritesExactlyTheLayoutsPagesForEachAudience() {
        Content content = TestSite.content("title: P");
        for (Audience audience : Audience.values()) {
            assertEquals(
                    new TreeSet<>(SiteLayout.of(content, audience).pages()),
                    htmlFiles(content, audience),
                    audience.name());
        }
    }

    @Test
    void withGitHistoryTheRendererWritesExactlyTheLayoutsPagesForEachAudience() {
        Content content = TestSite.content("title: P");
        for (Audience audience : Audience.values()) {
            MemorySiteWriter out = new MemorySiteWriter();
            new SiteRenderer(THEME)
                    .render(
                            content,
                            PortfolioAnalyser.analyse(content, TestSite.BUILD_DATE),
                            TestSite.history(),
                            new BuildInfo(TestSite.BUILD_DATE, "t", audience),
                            out);
            Set<String> html = out.files.keySet().stream()
                    .filter(p -> p.endsWith(".html"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(
                    new TreeSet<>(SiteLayout.of(content, audience, audience.seesPrintedPlans(), true)
                            .pages()),
                    html,
                    audience.name());
        }
    }

    @Test
    void aFreePageNamedHowToReadTakesTheGeneratedPagesPlace() {
        Content base = TestSite.content("title: P");
        List<Page> pages = new ArrayList<>(base.pages());
        pages.add(new Page(
                SiteLayout.HOW_TO_READ_NAME, "Our way", "Read it *our* way.", SourceSpan.file("how-to-read.md")));
        Content content = new Content(base.root(), base.portal(), base.accounts(), pages);
        List<String> layout = SiteLayout.of(content, Audience.INTERNAL).pages();
        assertEquals(1, layout.stream().filter(SiteLayout.HOW_TO_READ::equals).count(), layout.toString());
        assertEquals(new TreeSet<>(layout), htmlFiles(content, Audience.INTERNAL));
    }

    @Test
    void everyAddressTheBundledTemplatesLinkToIsOneTheLayoutKnows() throws IOException {
        Set<String> known = new TreeSet<>(List.of(
                SiteLayout.HOME,
                SiteLayout.PORTFOLIO,
                SiteLayout.BOOKLET,
                SiteLayout.COMPLETENESS,
                SiteLayout.ACTIONS,
                SiteLayout.REVIEWS,
                SiteLayout.CHANGES,
                SiteLayout.HOW_TO_READ,
                SiteLayout.PORTFOLIO_JSON,
                SiteLayout.PORTFOLIO_CSV,
                SiteLayout.SEARCH_INDEX));
        Pattern rel = Pattern.compile("rel\\('([^']*)'\\)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("site-theme/templates"))
                .filter(p -> p.toString().endsWith(".peb"))) {
            for (Path t : templates.sorted().toList()) {
                Matcher m = rel.matcher(Files.readString(t));
                while (m.find()) {
                    String to = m.group(1);
                    found.add(to);
                    boolean asset = to.startsWith(SiteLayout.ASSETS)
                            && Files.isRegularFile(Path.of("site-theme").resolve(to));
                    assertTrue(
                            known.contains(to) || asset,
                            t.getFileName() + " links to " + to + ", an address SiteLayout does not know");
                }
            }
        }
        assertFalse(found.isEmpty(), "the templates link with rel('...')");
        // Addresses of accounts and notes come from SiteLayout through accountPage, printPage, historyPage and
        // notePage.
        Pattern spelled = Pattern.compile("'accounts/|\"accounts/|href=\"notes/");
        try (Stream<Path> templates = Files.walk(Path.of("site-theme/templates"))
                .filter(p -> p.toString().endsWith(".peb"))) {
            for (Path t : templates.sorted().toList()) {
                Matcher m = spelled.matcher(Files.readString(t));
                assertFalse(
                        m.find(),
                        t.getFileName() + " spells out an account's address: use accountPage, printPage or notePage");
            }
        }
    }

    private static Set<String> htmlFiles(Content content, Audience audience) {
        MemorySiteWriter out = new MemorySiteWriter();
        new SiteRenderer(THEME)
                .render(
                        content,
                        PortfolioAnalyser.analyse(content, TestSite.BUILD_DATE),
                        new BuildInfo(TestSite.BUILD_DATE, "t", audience),
                        out);
        return out.files.keySet().stream()
                .filter(p -> p.endsWith(".html"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
