package io.keyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Origin#of}: an origin from arrays is the origin the map constructor makes of the same parts. */
class OriginTest {
    private static final String FILE = "content/accounts/acme/account.yaml";

    @Test
    void fromArraysIsTheSameOriginAsFromAMap() {
        Map<String, SourceSpan> fields = new LinkedHashMap<>();
        fields.put("name", new SourceSpan(FILE, 2, 7));
        fields.put("segment", new SourceSpan(FILE, 3, 10));
        SourceSpan at = new SourceSpan(FILE, 1, 1);
        Origin fromMap = new Origin(at, fields, Set.of("segment"), true);
        Origin fromArrays = Origin.of(
                at, new String[] {"name", "segment"}, new int[] {2, 7, 3, 10}, new String[] {"segment"}, true);
        assertEquals(fromMap, fromArrays);
        assertEquals(fromMap.hashCode(), fromArrays.hashCode());
        assertEquals(fromMap.fields(), fromArrays.fields());
        assertEquals(List.copyOf(fromMap.fields().keySet()), List.of("name", "segment"), "file order kept");
        assertEquals(new SourceSpan(FILE, 3, 10), fromArrays.of("segment"));
        assertEquals(at, fromArrays.of("absent"));
        assertTrue(fromArrays.has("name"));
        assertFalse(fromArrays.intact("name"), "the mapping's own mistake");
        assertEquals(Set.of("segment"), fromArrays.faultyKeys());

        Origin clean = Origin.of(at, new String[] {"name"}, new int[] {2, 7}, new String[0], false);
        assertEquals(new Origin(at, Map.of("name", new SourceSpan(FILE, 2, 7))), clean);
        assertTrue(clean.intact());
    }

    @Test
    void noneComesBackAsThatVeryObject() {
        assertSame(Origin.NONE, Origin.of(new SourceSpan("", 0, 0), new String[0], new int[0], new String[0], false));
        assertFalse(Origin.of(new SourceSpan("", 0, 0), new String[0], new int[0], new String[0], true) == Origin.NONE);
    }

    @Test
    void theArraysAreCopiedAndKeysMustBeDistinct() {
        String[] keys = {"name"};
        int[] places = {2, 7};
        Origin o = Origin.of(new SourceSpan(FILE, 1, 1), keys, places, new String[0], false);
        keys[0] = "other";
        places[0] = 99;
        assertEquals(new SourceSpan(FILE, 2, 7), o.of("name"));
        assertFalse(o.has("other"));

        SourceSpan at = new SourceSpan(FILE, 1, 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> Origin.of(at, new String[] {"a", "a"}, new int[4], new String[0], false));
        assertThrows(
                IllegalArgumentException.class,
                () -> Origin.of(at, new String[] {"a"}, new int[3], new String[0], false));
        assertThrows(
                IllegalArgumentException.class,
                () -> Origin.of(at, new String[] {"a"}, new int[2], new String[] {"a", "a"}, false));
        String[] many = new String[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = "k" + (i % 39);
        }
        assertThrows(IllegalArgumentException.class, () -> Origin.of(at, many, new int[80], new String[0], false));
        assertThrows(
                NullPointerException.class, () -> Origin.of(at, new String[] {null}, new int[2], new String[0], false));
    }
}
