package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.bench.SyntheticPortfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SimpleYaml} must read exactly what SnakeYAML reads, or step aside: for every YAML file
 * of the project, synthetic plans and many damaged variants, either it returns null, or the
 * nodes, positions and duplicate-key problems equal those of the full reader.
 */
class SimpleYamlTest {
    private int simple;
    private int stepsAside;

    @Test
    void readsEveryProjectYamlFileAsSnakeYamlDoes(@TempDir Path dir) throws IOException {
        SyntheticPortfolio.write(40, dir.resolve("synthetic"));
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"), dir)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p ->
                                p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted()
                        .toList()) {
                    texts.add(Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertTrue(texts.size() > 50, "files found: " + texts.size());
        for (String text : texts) {
            compare(decode(text), 0);
            compare(decode(text), 7);
        }
        assertTrue(simple > 50, "most project files are simple: " + simple + " of " + texts.size() * 2);
    }

    @Test
    void damagedVariantsAreReadAsSnakeYamlReadsThemOrLeftToIt() throws IOException {
        List<String> bases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content/accounts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("account.yaml"))
                    .sorted()
                    .toList()) {
                bases.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        String tricky = ":- #\"'[]{}|>\n x~,&*!\\%@`?0\u2028\u3000/";
        Random r = new Random(2026);
        for (int n = 0; n < 10_000; n++) {
            String base = bases.get(r.nextInt(bases.size()));
            StringBuilder b = new StringBuilder(base);
            for (int m = 1 + r.nextInt(3); m > 0; m--) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, tricky.charAt(r.nextInt(tricky.length())));
                    case 2 -> b.insert(b.lastIndexOf("\n", at) + 1, r.nextBoolean() ? " " : "  ");
                    default -> {
                        int start = b.lastIndexOf("\n", at) + 1;
                        int end = b.indexOf("\n", at);
                        if (end > start) {
                            b.insert(start, b.substring(start, end + 1)); // a line twice: duplicate keys
                        }
                    }
                }
            }
            compare(b.toString(), 0);
        }
        assertTrue(simple > 500 && stepsAside > 500, "both paths exercised: simple " + simple + ", full " + stepsAside);
    }

    @Test
    void valuesPositionsAndEmptyValuesMatchOnASmallExample() throws Exception {
        String text = """
                name: "Acme \\"AC\\" BV"   # comment
                empty:
                tilde: ~
                list:
                - a
                -
                - 'it''s'
                nested:
                  flow: [1, "two", three]
                  map: {a: 1, b: "x"}
                  text: |
                    line one
                    line two

                  folded: >-
                    one
                    two

                    three
                people:
                  - name: Ann
                    role: x
                  - name: Bob
                """;
        List<LoadProblem> problems = new ArrayList<>();
        YamlNode.Mapping m = SimpleYaml.parse("f.yaml", text, 0, problems);
        assertNotNull(m);
        assertEquals(SafeYamlReader.parseFully("f.yaml", text, 0, new ArrayList<>()), m);
        YamlNode.Mapping nested = (YamlNode.Mapping) m.get("nested");
        assertEquals("line one\nline two\n", ((YamlNode.Scalar) nested.get("text")).text());
        assertEquals("one two\nthree", ((YamlNode.Scalar) nested.get("folded")).text());
        assertEquals("Acme \"AC\" BV", ((YamlNode.Scalar) m.get("name")).text());
        assertTrue(((YamlNode.Scalar) m.get("empty")).isEmpty());
    }

    @Test
    void anythingUnusualIsLeftToTheFullReader() {
        for (String text : List.of(
                "a: *x\n",
                "a: &x 1\n",
                "a: !!str 1\n",
                "a: b: c\n",
                "a: one\n  two\n",
                "a: \"open\n  close\"\n",
                "a:\tb\n",
                "---\na: 1\n",
                "a: |2\n   x\n",
                "a: \"\\x41\"\n",
                "- a\n",
                "a: [1, [2]]\n",
                "? a\n: b\n",
                "a: 1\n a: 2\n",
                "\ufeffa: 1\n",
                "a: |\n  text",
                "a: |+\n  x\n",
                "a: [1,\n 2]\n")) {
            assertNull(SimpleYaml.parse("f.yaml", text, 0, new ArrayList<>()), text);
        }
    }

    /** Cases a review found: Unicode line breaks and spaces, an escape SnakeYAML refuses, over-long keys. */
    @Test
    void unicodeWhiteSpaceEscapesAndLongKeysAreReadAsSnakeYamlReadsThem() {
        String longKey = "k".repeat(1100);
        for (String text : List.of(
                "a: 1 # note\u2028b: 2\n",
                "# c\u2029\nb: 2\n",
                "a: x\u2028y\n",
                "a: x\u3000\n",
                "a\u3000: x\n",
                "a: x\u2003 # c\n",
                "a: [x\u3000, y]\n",
                "a: |\n  x\n\u3000\n  y\nb: 1\n",
                "a: \"x\\/y\"\n",
                "b: 2\n\"" + longKey + "\": 1\n",
                "a: {" + longKey + ": 1}\n",
                "a: {\"" + longKey + "\": 1}\n",
                "b: 2\n" + longKey + ": 1\n")) {
            compare(text, 0);
        }
        assertNull(SimpleYaml.parse("f.yaml", "a: x\u2028y\n", 0, new ArrayList<>()));
        YamlNode.Mapping m = SimpleYaml.parse("f.yaml", "a: x\u3000\n", 0, new ArrayList<>());
        assertEquals("x\u3000", ((YamlNode.Scalar) m.get("a")).text());
    }

    private void compare(String text, int lineOffset) {
        List<LoadProblem> quickProblems = new ArrayList<>();
        YamlNode.Mapping quick = SimpleYaml.parse("f.yaml", text, lineOffset, quickProblems);
        List<LoadProblem> fullProblems = new ArrayList<>();
        YamlNode.Mapping full;
        try {
            full = SafeYamlReader.parseFully("f.yaml", text, lineOffset, fullProblems);
        } catch (LoadProblem e) {
            assertTrue(
                    quick == null,
                    () -> "the full reader fails (" + e.getMessage() + " at " + e.line + ":" + e.column
                            + ") but the quick one read:\n" + text);
            stepsAside++;
            return;
        }
        if (quick == null) {
            stepsAside++;
            return;
        }
        simple++;
        assertEquals(full, quick, () -> "different nodes: " + firstDifference(full, quick) + " in:\n" + text);
        assertEquals(describe(fullProblems), describe(quickProblems), () -> "different problems for:\n" + text);
    }

    private static String firstDifference(YamlNode a, YamlNode b) {
        if (a instanceof YamlNode.Mapping ma && b instanceof YamlNode.Mapping mb) {
            for (int i = 0; i < Math.min(ma.entries().size(), mb.entries().size()); i++) {
                YamlNode.Entry ea = ma.entries().get(i);
                YamlNode.Entry eb = mb.entries().get(i);
                if (!ea.key().equals(eb.key())) {
                    return ea.key() + " vs " + eb.key();
                }
                if (!ea.value().equals(eb.value())) {
                    return firstDifference(ea.value(), eb.value());
                }
            }
            if (ma.entries().size() != mb.entries().size()) {
                return "entries " + ma.entries().size() + " vs " + mb.entries().size() + " at " + ma.at();
            }
        }
        if (a instanceof YamlNode.Sequence sa
                && b instanceof YamlNode.Sequence sb
                && sa.items().size() == sb.items().size()) {
            for (int i = 0; i < sa.items().size(); i++) {
                if (!sa.items().get(i).equals(sb.items().get(i))) {
                    return firstDifference(sa.items().get(i), sb.items().get(i));
                }
            }
        }
        String sa = String.valueOf(a);
        String sb = String.valueOf(b);
        return (sa.length() > 300 ? sa.substring(0, 300) : sa) + "\n  vs\n"
                + (sb.length() > 300 ? sb.substring(0, 300) : sb);
    }

    private static List<String> describe(List<LoadProblem> problems) {
        return problems.stream()
                .map(p -> p.rule + " " + p.line + ":" + p.column + " " + p.getMessage() + " / " + p.hint)
                .toList();
    }

    /** Test files are UTF-8; read leniently so that deliberately broken ones still give a text. */
    private static String decode(String latin1) {
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
