package io.keyplan.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The key of a value changes with every part of it, and a value the walk cannot fully see has none. */
class FingerprintTest {
    enum Colour {
        RED,
        GREEN
    }

    record Point(int x, Integer y, String label) {}

    record Holder(Object value) {}

    /** A view class: every field is part of the key, the memo (transient) is not. */
    static final class View {
        private final String name;
        private final LocalDate date;
        private transient String memo;

        View(String name, LocalDate date) {
            this.name = name;
            this.date = date;
        }

        String shout() {
            if (memo == null) {
                memo = name.toUpperCase(java.util.Locale.ROOT);
            }
            return memo;
        }
    }

    /** A mutable node, to make a cycle. */
    static final class Node {
        Object next;
        final String name;

        Node(String name) {
            this.name = name;
        }
    }

    final Fingerprint keys = new Fingerprint();

    private String key(Object... parts) {
        return keys.keyOrNull(parts);
    }

    @Test
    void equalValuesShareAKey() {
        assertEquals(key(new Point(1, 2, "a")), key(new Point(1, 2, "a")));
        assertEquals(key(List.of("a", "b")), key(new ArrayList<>(List.of("a", "b"))));
        assertEquals(64, key("x").length());
    }

    @Test
    void everyPartOfAValueIsInItsKey() {
        String base = key(new Point(1, 2, "a"));
        List<Object> others = List.of(
                new Point(2, 2, "a"),
                new Point(1, 3, "a"),
                new Point(1, null, "a"),
                new Point(1, 2, "b"),
                new Point(1, 2, null),
                new Point(1, 2, "a "));
        for (Object o : others) {
            assertFalse(base.equals(key(o)), o.toString());
        }
    }

    @Test
    void typesAreTagged() {
        // Values that print alike but are of other types, or other shapes, have other keys.
        List<Object> values = List.of(
                1,
                1L,
                1.0,
                1.0f,
                (short) 1,
                (byte) 1,
                '1',
                "1",
                new BigDecimal("1"),
                new BigDecimal("1.0"),
                true,
                "true",
                Colour.RED,
                "RED",
                List.of("a", "b"),
                List.of("ab"),
                List.of(List.of("a"), "b"),
                Map.of("a", "b"),
                List.of("a", "b", "c"),
                Optional.of("x"),
                Optional.empty(),
                "",
                LocalDate.of(2026, 1, 1),
                "2026-01-01",
                new Holder(null),
                new Holder(List.of()),
                0.0,
                -0.0);
        Set<String> seen = new java.util.HashSet<>();
        for (Object v : values) {
            String k = key(v);
            assertNotNull(k, v.toString());
            assertFalse(!seen.add(k), "two values share a key: " + v);
        }
        assertFalse(key("a", "b").equals(key("ab")));
        // Long strings are hashed once per object, still by every character; a lone surrogate is not a '?'.
        String lng = "a".repeat(Fingerprint.LONG_STRING + 10);
        assertEquals(key(lng), key(new String(lng.toCharArray())));
        assertFalse(key(lng).equals(key(lng.substring(1) + "b")));
        assertFalse(key("\uD800").equals(key("?")));
        assertFalse(key("ä").equals(key("a")));
        assertEquals(key("😀 ä"), key(new String("😀 ä".toCharArray())));
        assertFalse(key((Object) null).equals(key("null")));
    }

    @Test
    void mapsKeepTheirOrderUnlessTheJvmRandomisesIt() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        // A template that lists a LinkedHashMap shows its order: two orders are two pages.
        assertFalse(key(ab).equals(key(ba)));
        assertEquals(key(new TreeMap<>(ab)), key(new TreeMap<>(ba)));
        // Map.of and Set.of iterate in an order chosen per JVM: no reproducible page depends on it.
        assertEquals(
                key(Map.of("a", 1, "b", 2, "c", 3)), key(Map.copyOf(new HashMap<>(Map.of("c", 3, "a", 1, "b", 2)))));
        assertEquals(key(Set.of("x", "y", "z")), key(Set.copyOf(List.of("z", "y", "x"))));
        assertFalse(key(Map.of("a", 1, "b", 2)).equals(key(Map.of("a", 1, "b", 3))));
        // "Aa" and "BB" share a hash code, so a HashMap lists them in the order they were put in,
        // which may come from a Map.of: a key made in another JVM must still match.
        Map<String, Integer> aaFirst = new HashMap<>();
        aaFirst.put("Aa", 1);
        aaFirst.put("BB", 2);
        Map<String, Integer> bbFirst = new HashMap<>();
        bbFirst.put("BB", 2);
        bbFirst.put("Aa", 1);
        assertFalse(List.copyOf(aaFirst.keySet()).equals(List.copyOf(bbFirst.keySet())));
        assertEquals(key(aaFirst), key(bbFirst));
        assertEquals(
                key(new java.util.HashSet<>(List.of("Aa", "BB"))), key(new java.util.HashSet<>(List.of("BB", "Aa"))));
        assertFalse(key(aaFirst).equals(key(Map.of("Aa", 1, "BB", 3))));
    }

    @Test
    void aMapWithTextKeysIsKeyedInTheKeysOrderAndStillByEveryEntry() {
        // A page's variables: a Map.of of texts, walked in the keys' order on one walk.
        Map<String, Object> page = new HashMap<>();
        page.put("title", "Acme");
        page.put("plan", List.of("a", "b"));
        page.put("when", LocalDate.of(2026, 11, 23));
        page.put("missing", Optional.empty());
        String k = key(Map.copyOf(page));
        assertEquals(k, key(page), "the same entries, whatever the map's kind among the unordered ones");
        Map<String, Object> reordered = new HashMap<>(16, 0.5f);
        List.of("when", "missing", "plan", "title").forEach(n -> reordered.put(n, page.get(n)));
        assertEquals(k, key(reordered));
        for (String name : List.copyOf(page.keySet())) {
            Map<String, Object> other = new HashMap<>(page);
            other.put(name, "changed");
            assertFalse(k.equals(key(other)), "a value changed: " + name);
            Map<String, Object> renamed = new HashMap<>(page);
            renamed.put(name + "2", renamed.remove(name));
            assertFalse(k.equals(key(renamed)), "a name changed: " + name);
            Map<String, Object> fewer = new HashMap<>(page);
            fewer.remove(name);
            assertFalse(k.equals(key(fewer)), "an entry left out: " + name);
        }
        // An entry's key and value cannot trade places with its neighbours'.
        assertFalse(key(Map.of("a", "b", "c", "d")).equals(key(Map.of("a", "c", "b", "d"))));
        // Not a text key, or not all: the keys of the entries, sorted, as before; never the same as texts.
        assertFalse(key(Map.of(1, "a")).equals(key(Map.of("1", "a"))));
        Map<Object, Object> mixed = new HashMap<>();
        mixed.put("a", 1);
        mixed.put(2, "b");
        Map<Object, Object> mixedToo = new HashMap<>();
        mixedToo.put(2, "b");
        mixedToo.put("a", 1);
        assertEquals(key(mixed), key(mixedToo));
        assertFalse(key(Map.of()).equals(key(List.of())));
    }

    @Test
    void keyPlanClassesAreWalkedFieldByFieldButNotTheirMemos() {
        View v = new View("acme", LocalDate.of(2026, 11, 23));
        String before = key(v);
        v.shout();
        assertEquals(before, key(v), "a memo worked out on first use is no part of the key");
        assertFalse(before.equals(key(new View("acme", LocalDate.of(2026, 11, 24)))));
        assertFalse(before.equals(key(new View("acne", LocalDate.of(2026, 11, 23)))));
    }

    @Test
    void aTypeTheWalkDoesNotKnowMeansNoKey() {
        assertNull(key(new Holder(new StringBuilder("x"))), "mutable JDK type");
        assertNull(key(new Holder(new AtomicInteger(1))), "mutable number");
        assertNull(key(new Holder((Runnable) () -> {})), "a lambda's state cannot be named");
        assertNull(key(List.of(new Object())), "a plain object");
        assertNull(key(Map.of("k", new Thread())), "deep inside a map");
        assertThrows(Fingerprint.Unknown.class, () -> keys.of(new Holder(new java.util.Random())));
    }

    @Test
    void standInsReplaceWhatTheWalkCannotSee() {
        Fingerprint withStandIn = new Fingerprint(Map.of(StringBuilder.class, sb -> sb.toString()), Set.of());
        assertNotNull(withStandIn.keyOrNull(new Holder(new StringBuilder("x"))));
        assertFalse(
                withStandIn.keyOrNull(new StringBuilder("x")).equals(withStandIn.keyOrNull(new StringBuilder("y"))));
        assertFalse(withStandIn.keyOrNull(new StringBuilder("x")).equals(withStandIn.keyOrNull("x")));
    }

    @Test
    void cyclesEndAndAreCanonical() {
        Node a = new Node("a");
        a.next = a;
        Node b = new Node("a");
        b.next = b;
        assertEquals(key(a), key(b));
        Node c = new Node("a");
        Node d = new Node("a");
        c.next = d;
        d.next = c;
        assertFalse(key(a).equals(key(c)), "a loop of one is not a loop of two");
    }

    @Test
    void namedTypesAreHashedOncePerObject() {
        Fingerprint memo = new Fingerprint(Map.of(), Set.of(View.class));
        View v = new View("acme", LocalDate.of(2026, 11, 23));
        String first = memo.keyOrNull(v, List.of(v));
        assertEquals(first, memo.keyOrNull(v, List.of(v)));
        assertEquals(
                first,
                new Fingerprint(Map.of(), Set.of(View.class))
                        .keyOrNull(new View("acme", LocalDate.of(2026, 11, 23)), List.of(v)));
        assertFalse(first.equals(memo.keyOrNull(new View("acne", LocalDate.of(2026, 11, 23)), List.of(v))));
    }

    @Test
    void aKnownDigestReplacesTheWalkOfThatObjectOnly() {
        View known = new View("acme", LocalDate.of(2026, 11, 23));
        View other = new View("acme", LocalDate.of(2026, 11, 23));
        byte[] digest = new byte[32];
        digest[0] = 7;
        AtomicInteger asked = new AtomicInteger();
        Fingerprint f = new Fingerprint(Map.of(), Set.of(View.class), v -> {
            asked.incrementAndGet();
            return v == known ? digest.clone() : null;
        });
        Fingerprint walk = new Fingerprint(Map.of(), Set.of(View.class));
        // The equal object the caller has no digest for is walked, exactly as without known digests.
        assertEquals(walk.keyOrNull(other), f.keyOrNull(other));
        assertNotEquals(walk.keyOrNull(known), f.keyOrNull(known));
        // Asked once per object, then memoised with the object.
        f.keyOrNull(known, List.of(known), known);
        assertEquals(2, asked.get());
        // Another digest, another key; a digest is tagged apart from a walk and from bytes as a value.
        byte[] second = digest.clone();
        second[31] = 1;
        assertNotEquals(
                f.keyOrNull(known),
                new Fingerprint(Map.of(), Set.of(View.class), v -> v == known ? second : null).keyOrNull(known));
        assertNotEquals(f.keyOrNull(known), f.keyOrNull((Object) digest));
        // Only for the named types: a known digest for another type is never asked for.
        AtomicInteger unnamed = new AtomicInteger();
        new Fingerprint(Map.of(), Set.of(), v -> {
                    unnamed.incrementAndGet();
                    return digest;
                })
                .keyOrNull(known);
        assertEquals(0, unnamed.get());
    }

    @Test
    void aViewMadeFromNamedValuesIsKeyedByThem() {
        View made = new View("acme", LocalDate.of(2026, 11, 23));
        View same = new View("acme", LocalDate.of(2026, 11, 23));
        List<Object> inputs = List.of("acme", 2026);
        Fingerprint f = new Fingerprint(Map.of(), Set.of(View.class), v -> v == made ? inputs : null);
        Fingerprint walk = new Fingerprint(Map.of(), Set.of(View.class));
        assertNotEquals(walk.keyOrNull(made), f.keyOrNull(made), "not walked");
        assertEquals(walk.keyOrNull(same), f.keyOrNull(same), "a view nobody named is walked");
        // Other inputs, another key; the same inputs as a plain value, or a digest, never share it.
        assertNotEquals(
                f.keyOrNull(made),
                new Fingerprint(Map.of(), Set.of(View.class), v -> v == made ? List.of("acme", 2027) : null)
                        .keyOrNull(made));
        assertNotEquals(f.keyOrNull(made), f.keyOrNull(inputs));
        // The same inputs named for an object of another type: tagged with the type, another key.
        Point p = new Point(1, 2, "p");
        Fingerprint both = new Fingerprint(Map.of(), Set.of(View.class, Point.class), v -> inputs);
        assertNotEquals(both.keyOrNull(made), both.keyOrNull(p));
    }

    @Test
    void arrays() {
        assertEquals(key((Object) new int[] {1, 2}), key((Object) new int[] {1, 2}));
        assertFalse(key((Object) new int[] {1, 2}).equals(key((Object) new long[] {1, 2})));
        assertFalse(key((Object) new byte[] {1}).equals(key((Object) new byte[] {2})));
        assertArrayEquals(keys.of((Object) new String[] {"a"}), keys.of((Object) new String[] {"a"}));
        assertFalse(Arrays.equals(keys.of((Object) new String[] {"a"}), keys.of(List.of("a"))));
    }
}
