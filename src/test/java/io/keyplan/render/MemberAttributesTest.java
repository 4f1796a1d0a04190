package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KeyPlan's attribute resolver picks the member Pebble's own resolver would, and fails as it does. */
class MemberAttributesTest {

    /** A record as the model has them: the accessor is the attribute. */
    public record Named(String name, int count) {}

    /** Both spellings: Pebble takes the method named as the attribute first. */
    public static final class Both {
        public String name() {
            return "plain";
        }

        public String getName() {
            return "getter";
        }

        public boolean isActive() {
            return true;
        }

        public boolean hasNotes() {
            return false;
        }

        public String getURL() {
            return "u";
        }

        public String broken() {
            throw new IllegalStateException("no");
        }
    }

    /** A public field wins over a getter of the same name in Pebble. */
    public static final class WithField {
        public final String label = "field";

        public String getLabel() {
            return "getter";
        }
    }

    /** Not public: Pebble makes its methods accessible, so must we. */
    record Hidden(String value) {}

    private static String render(boolean ours, String template, Map<String, Object> vars) {
        PebbleEngine.Builder builder =
                new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true);
        if (ours) {
            builder.extension(new AbstractExtension() {
                @Override
                public List<io.pebbletemplates.pebble.attributes.AttributeResolver> getAttributeResolver() {
                    return List.of(new MemberAttributes());
                }
            });
        }
        StringWriter out = new StringWriter();
        try {
            builder.build().getTemplate(template).evaluate(out, vars);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void same(String template, Map<String, Object> vars, String expected) {
        assertEquals(expected, render(false, template, vars), "Pebble's own resolver");
        assertEquals(expected, render(true, template, vars), "KeyPlan's resolver");
    }

    @Test
    void readsWhatPebbleReads() {
        Map<String, Object> vars = Map.of(
                "n", new Named("Acme", 3),
                "b", new Both(),
                "f", new WithField(),
                "h", new Hidden("secret"),
                "m", Map.of("name", "from map"));
        same("{{ n.name }}/{{ n.count }}", vars, "Acme/3");
        same("{{ b.name }} {{ b.active }} {{ b.notes }} {{ b.url }} {{ b.NAME }}", vars, "plain true false u plain");
        same("{{ f.label }}", vars, "field");
        same("{{ h.value }}", vars, "secret");
        same("{{ m.name }} {{ n.name.length }}", vars, "from map 4");
    }

    @Test
    void failsAsPebbleFails() {
        Map<String, Object> vars = Map.of("b", new Both(), "n", new Named("Acme", 3));
        for (String template : List.of("{{ b.broken }}", "{{ n.missing }}", "{{ n.class }}")) {
            PebbleException theirs = assertThrows(PebbleException.class, () -> render(false, template, vars));
            PebbleException ours = assertThrows(PebbleException.class, () -> render(true, template, vars));
            assertEquals(theirs.getMessage(), ours.getMessage(), template);
        }
    }

    @Test
    void leavesOtherKindsToPebble() throws Exception {
        assertEquals(false, MemberAttributes.ours(String.class));
        assertEquals(false, MemberAttributes.ours(Named[].class));
        assertEquals(true, MemberAttributes.ours(Named.class));
        Object notOurs = MemberAttributes.find(WithField.class, "label");
        assertSame(MemberAttributes.find(Named.class, "missing"), notOurs);
        assertSame(MemberAttributes.find(Named.class, "class"), notOurs);
        assertNotNull(MemberAttributes.find(Named.class, "name"));
        assertEquals(Named.class.getMethod("name"), MemberAttributes.find(Named.class, "name"));
    }

    /** Another record with a member named as one of {@link Named}'s: the same name object, another class. */
    public record Other(String name, String extra) {}

    @Test
    void theSameNameOnOtherClassesAndNamesMadeWhileRendering() {
        // One template constant "name" read on two classes in turn, and names built per call ({{ n[k] }}),
        // more of them than the resolver remembers by identity (they still read right, the slow way).
        Map<String, Object> vars = Map.of(
                "items", List.of(new Named("a", 1), new Other("b", "x"), new Named("c", 2), new Other("d", "y")),
                "keys", java.util.Collections.nCopies(20_000, "na"),
                "n", new Named("Acme", 3));
        same("{% for i in items %}{{ i.name }}{% endfor %}", vars, "abcd");
        String many = render(true, "{% for k in keys %}{{ n[k + 'me'] }}{% endfor %}", vars);
        assertEquals("Acme".repeat(20_000), many);
        same(
                "{% for k in keys %}{% if loop.index < 3 %}{{ n[k + 'me'] }}{{ n['co' + 'unt'] }}{% endif %}{% endfor %}",
                vars, "Acme3Acme3Acme3");
    }
}
