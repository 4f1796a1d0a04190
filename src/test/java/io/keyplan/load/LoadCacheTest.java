package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.Account;
import io.keyplan.model.Content;
import io.keyplan.model.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load through the loader's cache ({@code build --cache}) is the load without it: the same records,
 * the same findings in the same order, the same plan digests, after every kind of change to the
 * content and whatever the cache file holds.
 */
class LoadCacheTest {
    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    private static final String CODE = "test-code";

    @TempDir
    Path tmp;

    /** One load's outcome, with what the cache did. */
    private record Loaded(
            Content content, List<Diagnostic> findings, long errors, long warnings, PlanDigests digests) {}

    private Loaded load(Path content, Path cacheDir) {
        PlanDigests digests = new PlanDigests(CODE);
        LoadCache cache = cacheDir == null ? null : LoadCache.open(cacheDir, CODE);
        Diagnostics found = new Diagnostics();
        Content c = new ContentLoader(digests, cache).load(content, DATE, found);
        if (cache != null) {
            cache.save();
            last = cache.counts();
        }
        return new Loaded(c, found.all(), found.errorCount(), found.warningCount(), digests);
    }

    private LoadCache.Counts last;

    /** Loads {@code content} with the warm cache and without one, and holds the two to each other. */
    private LoadCache.Counts sameAsWithout(Path content, Path cacheDir) {
        Loaded cached = load(content, cacheDir);
        LoadCache.Counts counts = last;
        Loaded plain = load(content, null);
        assertEquals(plain.content(), cached.content());
        assertEquals(plain.findings(), cached.findings());
        assertEquals(plain.errors(), cached.errors());
        assertEquals(plain.warnings(), cached.warnings());
        assertEquals(
                plain.content().accounts().size(), cached.content().accounts().size());
        for (int i = 0; i < plain.content().accounts().size(); i++) {
            Account a = plain.content().accounts().get(i);
            Account b = cached.content().accounts().get(i);
            assertArrayEquals(plain.digests().of(a.plan()), cached.digests().of(b.plan()), a.slug());
            // What equality does not see, a page might: the order of every map.
            assertEquals(
                    List.copyOf(a.plan().completeness().keySet()),
                    List.copyOf(b.plan().completeness().keySet()));
            assertEquals(
                    List.copyOf(a.plan().selectionScores().keySet()),
                    List.copyOf(b.plan().selectionScores().keySet()));
            assertEquals(
                    a.plan().selectionScores().getClass(),
                    b.plan().selectionScores().getClass());
            // Account makes its narratives an immutable map, whose order is the order of insertion.
            assertEquals(
                    List.copyOf(a.narratives().keySet()),
                    List.copyOf(b.narratives().keySet()));
            assertEquals(a.toString(), b.toString());
        }
        return counts;
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private Path example() {
        return copy(Path.of("content"), tmp.resolve("content"));
    }

    private static Path firstAccount(Path content) throws IOException {
        try (Stream<Path> s = Files.list(content.resolve("accounts"))) {
            return s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void anUnchangedFolderIsReusedAndIsTheSame() {
        Path content = example();
        Path cache = tmp.resolve("cache");
        LoadCache.Counts cold = sameAsWithout(content, cache);
        assertEquals(0, cold.reused());
        assertTrue(cold.read() > 0);
        LoadCache.Counts warm = sameAsWithout(content, cache);
        assertEquals(cold.read(), warm.reused());
        assertEquals(0, warm.read());
    }

    @Test
    void aPlanEditIsReadAgain() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        sameAsWithout(content, cache);
        Path yaml = firstAccount(content).resolve("account.yaml");
        String text = Files.readString(yaml);
        Files.writeString(yaml, text.replaceFirst("(?m)^name: .*$", "name: \"Renamed Customer\""));
        LoadCache.Counts counts = sameAsWithout(content, cache);
        assertEquals(1, counts.read());
        assertEquals(
                "Renamed Customer",
                load(content, cache).content().accounts().get(0).plan().name());
        // An edit undone is the first version again, from the cache.
        Files.writeString(yaml, text);
        sameAsWithout(content, cache);
    }

    @Test
    void aSameSizedEditIsReadAgain() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        sameAsWithout(content, cache);
        Path yaml = firstAccount(content).resolve("account.yaml");
        byte[] b = Files.readAllBytes(yaml);
        String text = new String(b, StandardCharsets.UTF_8);
        int at = text.indexOf("name: ") + 6;
        char c = text.charAt(at + 1);
        b[at + 1] = (byte) (c == 'x' ? 'y' : 'x');
        Files.write(yaml, b);
        assertEquals(1, sameAsWithout(content, cache).read());
    }

    @Test
    void aNarrativeEditIsReadAgain() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        sameAsWithout(content, cache);
        Path dir = firstAccount(content);
        Files.writeString(dir.resolve("swot.md"), "# New thoughts\n\nWe changed our mind.\n");
        assertEquals(1, sameAsWithout(content, cache).read());
        assertEquals(
                "# New thoughts\n\nWe changed our mind.\n",
                load(content, cache)
                        .content()
                        .accounts()
                        .get(0)
                        .narrative(io.keyplan.model.SectionId.SWOT)
                        .markdown());
    }

    @Test
    void filesAddedAndRemovedAreSeen() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        sameAsWithout(content, cache);
        Path dir = firstAccount(content);
        // A note, an attachment in a sub-folder, a stray YAML file, a misnamed narrative, a hidden file.
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/kick-off.md"), "---\ntitle: Kick-off\ndate: 2026-05-01\n---\nHello\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.write(dir.resolve("docs/deck.pdf"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("extra.yaml"), "a: 1\n");
        Files.writeString(dir.resolve("swott.md"), "typo\n");
        Files.writeString(dir.resolve(".hidden"), "not read\n");
        LoadCache.Counts added = sameAsWithout(content, cache);
        assertEquals(1, added.read());
        assertEquals(
                added.read() + added.reused(), sameAsWithout(content, cache).reused());
        // A hidden file changes nothing the loader reads: still reused.
        Files.writeString(dir.resolve(".hidden"), "changed\n");
        assertEquals(0, sameAsWithout(content, cache).read());
        // An attachment that grows is a new size on the page.
        Files.write(dir.resolve("docs/deck.pdf"), new byte[] {1, 2, 3, 4});
        assertEquals(1, sameAsWithout(content, cache).read());
        Files.delete(dir.resolve("docs/deck.pdf"));
        Files.delete(dir.resolve("notes/kick-off.md"));
        Files.delete(dir.resolve("extra.yaml"));
        assertEquals(1, sameAsWithout(content, cache).read());
        // A folder that is no account now (no account.yaml), then one again.
        Path yaml = dir.resolve("account.yaml");
        Path aside = tmp.resolve("aside.yaml");
        Files.move(yaml, aside);
        assertEquals(1, sameAsWithout(content, cache).read());
        assertEquals(0, sameAsWithout(content, cache).read());
        Files.move(aside, yaml);
        sameAsWithout(content, cache);
    }

    @Test
    void aPortalChangeThatAltersDefaultsIsSeen() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        sameAsWithout(content, cache);
        Path portal = content.resolve("portal.yaml");
        Files.writeString(
                portal, Files.readString(portal) + "\nfiscal_year_start: 4\n", StandardOpenOption.TRUNCATE_EXISTING);
        LoadCache.Counts counts = sameAsWithout(content, cache);
        // The accounts do not depend on portal.yaml (the portal is read every build): all reused.
        assertEquals(0, counts.read());
    }

    @Test
    void aPlanMadeInvalidKeepsItsFindings() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        sameAsWithout(content, cache);
        Path yaml = firstAccount(content).resolve("account.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml) + "\nunknown_key: 1\nstage: not-a-stage\nname: twice\n",
                StandardOpenOption.TRUNCATE_EXISTING);
        Loaded first = load(content, cache);
        assertTrue(first.errors() > 0);
        // Reused, with the same findings.
        assertEquals(0, sameAsWithout(content, cache).read());
        // And a file that is no YAML at all: no account, its finding kept.
        Files.writeString(yaml, "name: [unclosed\n", StandardOpenOption.TRUNCATE_EXISTING);
        sameAsWithout(content, cache);
        LoadCache.Counts counts = sameAsWithout(content, cache);
        assertEquals(0, counts.read());
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "flipped", "foreign", "empty", "folder", "other-code"})
    void aBadCacheFileIsAMiss(String damage) throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        LoadCache.Counts cold = sameAsWithout(content, cache);
        Path file = cache.resolve(LoadCache.FOLDER).resolve("accounts");
        byte[] b = Files.readAllBytes(file);
        switch (damage) {
            case "truncated" -> Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
            case "flipped" -> {
                b[b.length / 2] ^= 0x10;
                Files.write(file, b);
            }
            case "foreign" -> Files.writeString(file, "{\"not\": \"ours\"}");
            case "empty" -> Files.write(file, new byte[0]);
            case "folder" -> {
                Files.delete(file);
                Files.createDirectories(file);
            }
            case "other-code" -> {
                LoadCache other = LoadCache.open(cache, "other");
                assertEquals(0, other.counts().reused());
                Diagnostics d = new Diagnostics();
                new ContentLoader(null, other).load(content, DATE, d);
                assertEquals(0, other.counts().reused());
                return;
            }
            default -> throw new AssertionError(damage);
        }
        LoadCache.Counts counts = sameAsWithout(content, cache);
        assertEquals(0, counts.reused());
        assertEquals(cold.read(), counts.read() + counts.notKept());
        if (!damage.equals("folder")) {
            assertEquals(cold.read(), sameAsWithout(content, cache).reused());
        }
    }

    @Test
    void aDamagedEntryThatPassesTheCheckIsAMiss() {
        assertNull(LoadCache.decode(new byte[] {1, 1, 0, 0, 0, 5, 'a'}, List.of()));
        assertNull(LoadCache.decode(new byte[] {1, 1, 127, 127, 127, 127}, List.of()));
        assertNull(LoadCache.decode(new byte[0], List.of()));
        assertNull(LoadCache.decode(new byte[] {2}, List.of()));
        // A long count with little behind it is refused before anything is made for it.
        assertNull(
                LoadCache.decode(new byte[] {1, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 7}, List.of()));
        // Every prefix of a real entry, and every single flipped byte, is a miss or the entry itself.
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader().load(Path.of("content"), DATE, d);
        Account a = content.accounts().get(0);
        byte[] good = LoadCache.encode(List.of(), null, a, List.of());
        for (int i = 0; i < good.length; i++) {
            assertNull(LoadCache.decode(java.util.Arrays.copyOf(good, i), List.of()), "prefix " + i);
            byte[] bad = good.clone();
            bad[i] ^= (byte) 0x41;
            LoadCache.Entry e = LoadCache.decode(bad, List.of());
            // A flipped byte inside a text gives another text: the file's CRC catches that, the codec need not.
            assertTrue(e == null || e.account() == null || e.account().slug() != null);
        }
    }

    @Test
    void linksAndHardLinksAreNotKept() throws IOException {
        Path content = example();
        Path cache = tmp.resolve("cache");
        Path dir = firstAccount(content);
        Files.createSymbolicLink(dir.resolve("link.pdf"), content.resolve("portal.yaml"));
        Files.createLink(dir.resolve("second-name.pdf"), content.resolve("portal.yaml"));
        LoadCache.Counts counts = sameAsWithout(content, cache);
        assertEquals(1, counts.notKept());
        assertEquals(1, sameAsWithout(content, cache).notKept());
    }

    @Test
    void recordsComeBackAsTheyWere() throws Exception {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader().load(Path.of("content"), DATE, d);
        for (Account a : content.accounts()) {
            byte[] file = a.slug().getBytes(StandardCharsets.UTF_8);
            byte[] digest = new byte[32];
            byte[] bytes = LoadCache.encode(List.of(file, new byte[0]), digest, a, d.all());
            assertNotNull(bytes, a.slug());
            LoadCache.Entry e = LoadCache.decode(bytes, List.of(file, new byte[0]));
            assertNotNull(e);
            assertEquals(a, e.account());
            assertEquals(d.all(), e.findings());
            assertArrayEquals(digest, e.planDigest());
            // The files it was made from, byte for byte, or it is not used.
            byte[] other = file.clone();
            other[0] ^= 1;
            assertNull(LoadCache.decode(bytes, List.of(other, new byte[0])));
            assertNull(LoadCache.decode(bytes, List.of(file)));
            assertNull(LoadCache.decode(bytes, List.of(file, new byte[] {0})));
        }
        // Origin.NONE stays that very object; texts with lone surrogates come back whole.
        io.keyplan.model.Person p = io.keyplan.model.Person.named("a\ud800b");
        byte[] b = RecordCodec.write(p, io.keyplan.model.Person.class);
        Object back = RecordCodec.read(new RecordCodec.In(b), io.keyplan.model.Person.class);
        assertEquals(p, back);
        assertSame(Origin.NONE, ((io.keyplan.model.Person) back).origin());
    }

    @Test
    void aMapOfAnotherKindIsNotWritten() {
        record Holder() {}
        assertThrowsUnsupported(() -> RecordCodec.write(new java.util.HashMap<>(Map.of("a", 1)), mapType()));
        assertThrowsUnsupported(() -> RecordCodec.write(new java.util.ArrayList<>(List.of("a")), listType()));
        assertFalse(Holder.class.getPackage() == Origin.class.getPackage());
        assertThrowsUnsupported(() -> RecordCodec.write(new Holder(), Holder.class));
    }

    private interface Writing {
        void run() throws Exception;
    }

    private static void assertThrowsUnsupported(Writing w) {
        try {
            w.run();
        } catch (RecordCodec.Unsupported expected) {
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("written");
    }

    @SuppressWarnings("unused")
    private static Map<String, Integer> mapField;

    @SuppressWarnings("unused")
    private static List<String> listField;

    private static java.lang.reflect.Type mapType() throws NoSuchFieldException {
        return LoadCacheTest.class.getDeclaredField("mapField").getGenericType();
    }

    private static java.lang.reflect.Type listType() throws NoSuchFieldException {
        return LoadCacheTest.class.getDeclaredField("listField").getGenericType();
    }
}
