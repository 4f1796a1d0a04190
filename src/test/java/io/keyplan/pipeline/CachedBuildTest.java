package io.keyplan.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.keyplan.cache.CacheFolder;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --cache}: after every kind of change a build that reuses pages writes exactly the
 * files, byte for byte, that a build without the cache writes. Each case builds the example content
 * (in a git repository of its own, so history pages are part of the site) with the cache warmed by
 * the state before the change, then without a cache, and compares the whole output trees.
 */
class CachedBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    Path content;
    Path theme;
    Path cache;
    Git git;
    BuildInfo info = new BuildInfo(TODAY, "1.0.0", Audience.INTERNAL);
    final AtomicInteger builds = new AtomicInteger();

    @BeforeEach
    void copyTheExample() throws Exception {
        content = dir.resolve("content");
        copy(Path.of("content"), content);
        theme = dir.resolve("site-theme"); // absent: the built-in theme, until a test copies it
        cache = dir.resolve("cache");
        git = Git.init().setDirectory(content.toFile()).call();
        commit("the example");
    }

    private void commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Jan de Vries", "jan@example.com");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    /** A build into a new folder; with the cache when {@code cached}. Returns the output folder. */
    private Path build(boolean cached, List<String> notes) {
        Path out = dir.resolve("out-" + builds.incrementAndGet());
        BuildOptions o = new BuildOptions(content, theme, out, false, cached ? cache : null);
        BuildResult r = new SiteBuild(Stages.standard()).build(o, info, dir, dir.resolve("home"));
        assertTrue(r.written(), () -> "not built: " + r.diagnostics().all());
        if (notes != null) {
            notes.addAll(r.notes());
        }
        return out;
    }

    /**
     * Builds with the cache and without it and holds the two trees equal; returns the cached build's
     * note on what it reused and the uncached tree.
     */
    private Built same() {
        List<String> notes = new java.util.ArrayList<>();
        Path cached = build(true, notes);
        Path fresh = build(false, null);
        assertSameTree(fresh, cached);
        String reused = notes.stream()
                .filter(n -> n.startsWith("reused "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no note on the cache: " + notes));
        return new Built(files(fresh), reused, notes);
    }

    private record Built(Map<String, byte[]> files, String reused, List<String> notes) {
        int reusedPages() {
            return Integer.parseInt(reused.split(" ")[1]);
        }

        int renderedPages() {
            return Integer.parseInt(reused.replaceAll(".*kept (\\d+) newly rendered.*", "$1"));
        }

        /** Parts of site-wide pages (the booklet's one-page plans) taken from the cache; 0 when none was asked for. */
        int reusedParts() {
            return parts(1);
        }

        /** Parts of site-wide pages rendered and kept. */
        int keptParts() {
            return parts(2);
        }

        private int parts(int group) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "parts for one account each, reused (\\d+) and kept (\\d+)")
                    .matcher(reused);
            return m.find() ? Integer.parseInt(m.group(group)) : 0;
        }
    }

    /** The plans in the booklet: the example's accounts but the archived one. */
    private static final int BOOKLET_PLANS = 12;

    /** Warms the cache with the content as it is now; returns that site. */
    private Built warm() {
        build(true, null);
        Built b = same();
        assertEquals(0, b.renderedPages(), "a second build with nothing changed renders nothing: " + b.reused);
        return b;
    }

    @Test
    void nothingChangedReusesEveryPage() {
        build(true, null);
        Built b = same();
        long html = b.files.keySet().stream().filter(p -> p.endsWith(".html")).count();
        assertEquals(html, b.reusedPages(), b.reused);
        assertEquals(0, b.renderedPages(), b.reused);
    }

    @Test
    void onePlanEdited() throws Exception {
        Built before = warm();
        edit("accounts/cerealis/account.yaml", "name: Coopérative Céréalis", "name: Coopérative Céréalis Nord");
        commit("rename");
        Built after = same();
        changed(before, after, "accounts/cerealis/index.html");
        // The other accounts' own pages are reused; the site-wide pages and this account's are rendered again.
        assertTrue(after.reusedPages() > 30, after.reused);
    }

    @Test
    void aSecondPlanEditedReusesTheOtherPlansPartsOfTheBooklet() throws Exception {
        warm();
        edit("accounts/cerealis/account.yaml", "name: Coopérative Céréalis", "name: Coopérative Céréalis Nord");
        commit("rename");
        Built first = same();
        // The warm build reused the booklet whole and with it kept its parts: only Céréalis's is new.
        assertEquals(1, first.keptParts(), first.reused);
        assertEquals(BOOKLET_PLANS - 1, first.reusedParts(), first.reused);
        edit("accounts/noordzee-foods/account.yaml", "name: Noordzee Foods Group B.V.", "name: Noordzee Foods B.V.");
        commit("rename another");
        Built second = same();
        changed(first, second, "portfolio/booklet.html");
        assertTrue(new String(second.files.get("portfolio/booklet.html"), StandardCharsets.UTF_8)
                .contains("Noordzee Foods B.V."));
        assertEquals(1, second.keptParts(), second.reused);
        assertEquals(BOOKLET_PLANS - 1, second.reusedParts(), second.reused);
    }

    @Test
    void theBookletsPartsAfterRanksMoveATemplateChangeAndANewDate() throws Exception {
        copy(Path.of("site-theme"), theme);
        warm();
        edit("portal.yaml", "      weight: 30\n", "      weight: 10\n");
        edit("portal.yaml", "      weight: 20\n", "      weight: 40\n");
        commit("weights");
        Built ranks = same();
        assertEquals(BOOKLET_PLANS, ranks.keptParts() + ranks.reusedParts(), ranks.reused);
        edit(
                theme.resolve("templates/print/one-page-body.peb"),
                "<div class=\"one-grid\">",
                "<div class=\"one-grid\"><!-- edited -->");
        Built template = same();
        changed(ranks, template, "portfolio/booklet.html");
        assertEquals(BOOKLET_PLANS, template.keptParts(), "every part shows the edited template: " + template.reused);
        info = new BuildInfo(LocalDate.of(2026, 12, 5), info.version(), info.audience());
        Built later = same();
        changed(template, later, "portfolio/booklet.html");
        assertEquals(BOOKLET_PLANS, later.keptParts(), "every part shows the build date: " + later.reused);
    }

    @Test
    void portalWeightsChangedReRanksEveryone() throws Exception {
        Built before = warm();
        edit("portal.yaml", "      weight: 30\n", "      weight: 10\n");
        edit("portal.yaml", "      weight: 20\n", "      weight: 40\n");
        commit("weights");
        Built after = same();
        changed(before, after, "portfolio/index.html");
    }

    @Test
    void aTemplateAndAnI18nTextChanged() throws Exception {
        copy(Path.of("site-theme"), theme);
        build(true, null); // warms with the copied theme
        Built before = same();
        edit(theme.resolve("templates/account.peb"), "{% block content %}", "{% block content %}<!-- edited -->");
        Built template = same();
        changed(before, template, "accounts/cerealis/index.html");
        Path en = Files.list(theme.resolve("i18n/en"))
                .filter(p -> p.toString().endsWith(".properties"))
                .sorted()
                .findFirst()
                .orElseThrow();
        String text = Files.readString(en);
        String line = text.lines()
                .filter(l -> l.startsWith("portfolio.title"))
                .findFirst()
                .orElse(null);
        Path file = en;
        if (line == null) {
            file = findKey(theme.resolve("i18n/en"), "portfolio.title");
            line = Files.readString(file)
                    .lines()
                    .filter(l -> l.startsWith("portfolio.title"))
                    .findFirst()
                    .orElseThrow();
        }
        edit(file, line, line + " (edited)");
        Built i18n = same();
        changed(template, i18n, "portfolio/index.html");
        assertTrue(new String(i18n.files.get("portfolio/index.html"), StandardCharsets.UTF_8).contains("(edited)"));
    }

    @Test
    void theBuildDateMovesAndActionsTurnOverdue() {
        Built before = warm();
        // Kestrel's action due 2026-12-04 is open: overdue from the 5th.
        info = new BuildInfo(LocalDate.of(2026, 12, 5), info.version(), info.audience());
        Built after = same();
        changed(before, after, "accounts/kestrel-pharma/index.html");
        changed(before, after, "actions/index.html");
    }

    @Test
    void internalThenPublic() {
        Built before = warm();
        info = new BuildInfo(TODAY, info.version(), Audience.PUBLIC);
        Built after = same();
        assertNotEquals(before.files.keySet(), after.files.keySet());
        // And back: the public build's pages did not replace what the internal site needs for good.
        info = new BuildInfo(TODAY, info.version(), Audience.INTERNAL);
        same();
    }

    @Test
    void anotherKeyPlanVersionRendersEverything() {
        warm();
        info = new BuildInfo(TODAY, "1.0.1", info.audience());
        Built after = same();
        assertEquals(0, after.reusedPages(), after.reused);
    }

    @Test
    void aPlanDeletedAndOneAdded() throws Exception {
        Built before = warm();
        delete(content.resolve("accounts/cerealis"));
        copy(content.resolve("accounts/kestrel-pharma"), content.resolve("accounts/kestrel-two"));
        edit("accounts/kestrel-two/account.yaml", "name: Kestrel Pharmaceuticals Ltd", "name: Kestrel Two Ltd");
        commit("one out, one in");
        Built after = same();
        assertFalse(after.files.containsKey("accounts/cerealis/index.html"));
        assertTrue(after.files.containsKey("accounts/kestrel-two/index.html"));
        changed(before, after, "index.html");
    }

    @Test
    void aNoteAdded() throws Exception {
        Built before = warm();
        Files.writeString(
                content.resolve("accounts/noordzee-foods/notes/2026-11-20-call.md"),
                "---\ntitle: Call with the buyer\ndate: 2026-11-20\n---\nThey want the new price list by Friday.\n");
        commit("a note");
        Built after = same();
        assertTrue(after.files.containsKey("accounts/noordzee-foods/notes/2026-11-20-call.html"));
        changed(before, after, "accounts/noordzee-foods/index.html");
    }

    @Test
    void aNewCommitChangesTheHistory() throws Exception {
        Built before = warm();
        edit("accounts/kestrel-pharma/account.yaml", "due: 2027-01-14", "due: 2027-01-15");
        Built uncommitted = same();
        changed(before, uncommitted, "accounts/kestrel-pharma/history.html");
        commit("a later date");
        Built committed = same();
        changed(uncommitted, committed, "accounts/kestrel-pharma/history.html");
    }

    @Test
    void aDamagedEntryIsIgnoredWithANote() throws Exception {
        warm();
        // Whole pages: a part of the booklet is read only when the booklet is rendered again.
        List<Path> entries = entries().stream().filter(CachedBuildTest::isPage).toList();
        assertFalse(entries.isEmpty());
        // Half written (as after a crash), garbage, and empty.
        Path half = entries.get(0);
        byte[] bytes = Files.readAllBytes(half);
        Files.write(half, Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(entries.get(1), "not a page");
        Files.write(entries.get(2), new byte[0]);
        Built after = same();
        assertTrue(
                after.notes.stream().anyMatch(n -> n.contains("held 3 damaged or unreadable entries")),
                after.notes::toString);
        assertEquals(3, after.renderedPages(), after.reused);
        // Rendered again and kept: the next build reuses everything.
        assertEquals(0, same().renderedPages());
    }

    @Test
    void entriesTheLastBuildDidNotUseAreDropped() throws Exception {
        warm();
        int all = entries().size();
        info = new BuildInfo(TODAY, info.version(), Audience.PUBLIC);
        same();
        assertTrue(entries().size() < all, "the public site has fewer pages, and only they are kept");
        Files.createDirectories(cache.resolve("pages/ab"));
        Files.writeString(cache.resolve("pages/ab/" + "ab".repeat(32) + ".1f.part"), "left by a stopped build");
        Files.writeString(cache.resolve("pages/notes.txt"), "not ours");
        same();
        assertFalse(Files.exists(cache.resolve("pages/ab/" + "ab".repeat(32) + ".1f.part")));
        assertTrue(Files.exists(cache.resolve("pages/notes.txt")), "only files named as entries are deleted");
    }

    @Test
    void aCacheInUseByAnotherBuildIsLeftAlone() throws Exception {
        warm();
        int before = entries().size();
        CacheFolder.Opened other = CacheFolder.open(cache);
        try (CacheFolder held = other.folder()) {
            List<String> notes = new java.util.ArrayList<>();
            Path cached = build(true, notes);
            assertSameTree(build(false, null), cached);
            assertTrue(
                    notes.stream().anyMatch(n -> n.contains("another build is using the cache folder")),
                    notes::toString);
            assertEquals(before, entries().size());
        }
        assertEquals(0, same().renderedPages());
    }

    @Test
    void concurrentBuildsOnOneCacheDoNotDamageIt() throws Exception {
        Path fresh = build(false, null);
        List<Path> outs = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Throwable> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread[] threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    outs.add(build(true, null));
                } catch (Throwable t) {
                    failed.add(t);
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failed);
        for (Path out : outs) {
            assertSameTree(fresh, out);
        }
        Built after = same();
        assertFalse(after.notes.stream().anyMatch(n -> n.contains("damaged")), after.notes::toString);
    }

    @Test
    void aCacheFolderThatCannotBeMadeIsANote() throws Exception {
        Files.writeString(cache, "a file where the folder should be");
        List<String> notes = new java.util.ArrayList<>();
        Path cached = build(true, notes);
        assertSameTree(build(false, null), cached);
        assertTrue(notes.stream().anyMatch(n -> n.contains("cannot be used")), notes::toString);
    }

    @Test
    void aCacheInsideTheOutputFolderIsNotUsed() throws IOException {
        Path out = dir.resolve("site");
        BuildOptions o = new BuildOptions(content, theme, out, false, out.resolve(".cache"));
        BuildResult r = new SiteBuild(Stages.standard()).build(o, info, dir, dir.resolve("home"));
        assertTrue(r.written());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("inside the output folder")), r.notes()::toString);
        assertNull(r.notes().stream()
                .filter(n -> n.startsWith("reused"))
                .findFirst()
                .orElse(null));
        // Nor by the history: a build that fails must leave the published folder as it was.
        Files.writeString(content.resolve("accounts/cerealis/account.yaml"), "name: [unclosed\n");
        BuildResult failed = new SiteBuild(Stages.standard()).build(o, info, dir, dir.resolve("home"));
        assertFalse(failed.written());
        assertFalse(Files.exists(out.resolve(".cache")));
    }

    // --- a build into the folder of the previous one: unchanged files are linked, not written -----

    /** A build into {@code out}, which may hold the previous build's site; with the cache when {@code cached}. */
    private BuildResult buildInto(Path out, boolean cached) {
        BuildOptions o = new BuildOptions(content, theme, out, false, cached ? cache : null);
        return new SiteBuild(Stages.standard()).build(o, info, dir, dir.resolve("home"));
    }

    /** Each file's inode (its file key): a file linked from the previous site keeps it. */
    private static Map<String, Object> inodes(Path root) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(
                        root.relativize(p).toString().replace('\\', '/'),
                        Files.readAttributes(p, BasicFileAttributes.class).fileKey());
            }
        }
        return out;
    }

    private static long kept(Map<String, Object> before, Map<String, Object> after) {
        return after.entrySet().stream()
                .filter(e -> e.getValue().equals(before.get(e.getKey())))
                .count();
    }

    @Test
    void aBuildOverThePreviousSiteLinksItsUnchangedFilesAndIsTheSameSite() throws Exception {
        for (boolean cached : new boolean[] {true, false}) {
            Path site = dir.resolve(cached ? "site-cached" : "site-rendered");
            assertTrue(buildInto(site, cached).written());
            assertTrue(buildInto(site, cached).written());
            Map<String, Object> before = inodes(site);
            edit("accounts/cerealis/account.yaml", "name: Coopérative Céréalis", "name: Coopérative Céréalis Nord");
            commit("rename " + cached);
            assertTrue(buildInto(site, cached).written());
            assertSameTree(build(false, null), site);
            Map<String, Object> after = inodes(site);
            assertNotEquals(
                    before.get("accounts/cerealis/index.html"),
                    after.get("accounts/cerealis/index.html"),
                    "the changed plan's page is a new file");
            long linked = kept(before, after);
            assertTrue(linked > 30, "the other accounts' pages are the previous site's files: " + linked);
            for (Map.Entry<String, Object> e : after.entrySet()) {
                assertEquals(
                        1,
                        Files.getAttribute(site.resolve(e.getKey()), "unix:nlink"),
                        e.getKey() + " has one name once the previous site is gone");
            }
            edit("accounts/cerealis/account.yaml", "name: Coopérative Céréalis Nord", "name: Coopérative Céréalis");
            commit("back " + cached);
        }
    }

    @Test
    void aPageEditedInThePreviousSiteIsWrittenAgain() throws Exception {
        Path site = dir.resolve("site");
        assertTrue(buildInto(site, true).written());
        assertTrue(buildInto(site, true).written());
        // Edited in place, as an editor or a deploy step might: same length, and longer.
        Path page = site.resolve("accounts/noordzee-foods/index.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[bytes.length / 2] ^= 1;
        Files.write(page, bytes);
        Files.writeString(site.resolve("portfolio/index.html"), "<!-- appended -->", StandardOpenOption.APPEND);
        assertTrue(buildInto(site, true).written());
        assertSameTree(build(false, null), site);
    }

    @Test
    void aBuildThatFailsAfterLinkingLeavesThePreviousSiteAsItWas() throws Exception {
        copy(Path.of("site-theme"), theme);
        Path site = dir.resolve("site");
        assertTrue(buildInto(site, true).written());
        assertTrue(buildInto(site, true).written());
        Map<String, byte[]> files = files(site);
        Map<String, Object> inodes = inodes(site);
        Map<String, Object> times = new TreeMap<>();
        for (String f : files.keySet()) {
            times.put(f, Files.getLastModifiedTime(site.resolve(f)));
        }
        // The booklet is made after the accounts' pages were linked, and fails.
        edit(
                theme.resolve("templates/booklet.peb"),
                "{{ pieces.render(\"print/one-page-body.peb\"",
                "{{ pieces.render(\"print/no-such-part.peb\", {}) }}{{ pieces.render(\"print/one-page-body.peb\"");
        BuildResult failed;
        try {
            failed = buildInto(site, true);
        } catch (RuntimeException e) {
            failed = null;
        }
        assertTrue(failed == null || !failed.written(), "the broken template stops the build");
        assertEquals(files.keySet(), files(site).keySet());
        for (Map.Entry<String, byte[]> f : files(site).entrySet()) {
            Path p = site.resolve(f.getKey());
            assertTrue(Arrays.equals(files.get(f.getKey()), f.getValue()), f.getKey() + " changed");
            assertEquals(
                    inodes.get(f.getKey()),
                    Files.readAttributes(p, BasicFileAttributes.class).fileKey());
            assertEquals(times.get(f.getKey()), Files.getLastModifiedTime(p), f.getKey() + " was touched");
            assertEquals(
                    1, Files.getAttribute(p, "unix:nlink"), f.getKey() + " still has a name in the staging folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(
                    List.of(),
                    s.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".site") || n.contains("staging"))
                            .toList(),
                    "no staging folder is left");
        }
    }

    // --- plans keyed by the bytes of their file (load.PlanDigests) ------------------------------

    @Test
    void aPortalDefaultChangedRendersThePlansPagesAgain() throws Exception {
        // The plan's digest is of its file alone; the currency every plan is shown in is the portal's.
        Built before = warm();
        edit("portal.yaml", "currency: EUR", "currency: CHF");
        commit("another currency");
        Built after = same();
        changed(before, after, "accounts/noordzee-foods/index.html");
        // The fiscal year labels the forecast bars of the revenue chart, which is drawn from the plan.
        edit("portal.yaml", "fiscal_year: 2026", "fiscal_year: 2027");
        commit("another fiscal year");
        Built later = same();
        changed(after, later, "accounts/noordzee-foods/index.html");
    }

    @Test
    void aSectionsTextChanged() throws Exception {
        // A text no figure counts: the page's key changes with the plan's bytes (PlanKeysTest holds the
        // digest itself to every value of a plan file).
        Built before = warm();
        edit("accounts/cerealis/account.yaml", "First visit to the Reims mill", "First visit to the Épernay mill");
        Built after = same();
        changed(before, after, "accounts/cerealis/index.html");
    }

    @Test
    void twoPlansWithTheSameBytesKeepTheirOwnPages() throws Exception {
        Built before = warm();
        copy(content.resolve("accounts/cerealis"), content.resolve("accounts/cerealis-twin"));
        commit("a twin");
        Built twin = same();
        assertTrue(twin.files.containsKey("accounts/cerealis-twin/index.html"));
        assertTrue(twin.reusedPages() > 30, twin.reused);
        changed(before, twin, "index.html");
        edit("accounts/cerealis-twin/account.yaml", "name: Coopérative Céréalis", "name: Céréalis Twin");
        commit("the twin renamed");
        Built renamed = same();
        changed(twin, renamed, "accounts/cerealis-twin/index.html");
        assertArrayEquals(
                twin.files.get("accounts/cerealis/index.html"), renamed.files.get("accounts/cerealis/index.html"));
    }

    @Test
    void aPlanEditedAndEditedBackIsReusedAsBefore() throws Exception {
        Built before = warm();
        edit("accounts/noordzee-foods/account.yaml", "    2025: 2640000", "    2025: 2650000");
        Built edited = same();
        // The revenue chart is drawn from the plan: the page shows the new figure.
        changed(before, edited, "accounts/noordzee-foods/index.html");
        edit("accounts/noordzee-foods/account.yaml", "    2025: 2650000", "    2025: 2640000");
        Built back = same();
        assertArrayEquals(
                before.files.get("accounts/noordzee-foods/index.html"),
                back.files.get("accounts/noordzee-foods/index.html"));
    }

    @Test
    void aChartsTextChanged() throws Exception {
        // The charts are keyed by what they are drawn from, the texts and formats included.
        copy(Path.of("site-theme"), theme);
        build(true, null);
        Built before = same();
        Path file = findKey(theme.resolve("i18n/en"), "chart.revenue");
        String line = Files.readString(file)
                .lines()
                .filter(l -> l.startsWith("chart.revenue="))
                .findFirst()
                .orElseThrow();
        edit(file, line, line + " (edited)");
        Built after = same();
        changed(before, after, "accounts/noordzee-foods/index.html");
        assertTrue(new String(after.files.get("accounts/noordzee-foods/index.html"), StandardCharsets.UTF_8)
                .contains("by year and forecast (edited)"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The page differs between the two sites: the change reached the output, so the case tests something. */
    private static void changed(Built before, Built after, String page) {
        byte[] a = before.files.get(page);
        byte[] b = after.files.get(page);
        assertTrue(a != null && b != null, "no page " + page);
        assertFalse(Arrays.equals(a, b), page + " should have changed");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.walk(cache.resolve("pages"))) {
            return s.filter(p -> p.toString().endsWith(".page")).sorted().toList();
        }
    }

    private static boolean isPage(Path entry) {
        try {
            return new String(Files.readAllBytes(entry), StandardCharsets.UTF_8).contains("<!DOCTYPE html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        edit(content.resolve(file), from, to);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Path findKey(Path folder, String key) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                if (Files.readString(p).lines().anyMatch(l -> l.startsWith(key))) {
                    return p;
                }
            }
        }
        throw new AssertionError("no " + key + " in " + folder);
    }

    static void assertSameTree(Path expected, Path actual) {
        Map<String, byte[]> e = files(expected);
        Map<String, byte[]> a = files(actual);
        assertEquals(e.keySet(), a.keySet(), "the same files");
        for (Map.Entry<String, byte[]> f : e.entrySet()) {
            if (!Arrays.equals(f.getValue(), a.get(f.getKey()))) {
                fail(f.getKey() + " differs between the cached and the uncached build");
            }
        }
    }

    static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
