package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of line break YAML knows (LF, CR LF, CR, NEL, LS, PS) gives the same values, the
 * same quoted-or-plain reading and the same positions as LF, in both YAML readers, in the
 * front matter of Markdown files and for a bad byte.
 */
class LineBreaksTest {
    private static final String PLAN = """
            name: Acme
            known: "true"
            plain: true
            team:
              - 'Jan'
              - name: "Piet"
                role: lead
            tags: [a, "b", 'c']
            notes: |
              first
              second
            last: x
            """;

    /** Each scalar with its position and whether it was quoted; keys too. */
    private static String dump(YamlNode n) {
        StringBuilder b = new StringBuilder();
        dump(n, b);
        return b.toString();
    }

    private static void dump(YamlNode n, StringBuilder b) {
        if (n instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                dump(e.key(), b);
                dump(e.value(), b);
            }
        } else if (n instanceof YamlNode.Sequence s) {
            s.items().forEach(i -> dump(i, b));
        } else {
            YamlNode.Scalar s = (YamlNode.Scalar) n;
            b.append(s.at().line())
                    .append(':')
                    .append(s.at().column())
                    .append(s.quoted() ? " quoted " : " plain ")
                    .append(s.text().replaceAll("[\n\u2028\u2029]", "|"))
                    .append('\n'); // a block text keeps LS and PS
        }
    }

    private static String problems(String text) {
        List<LoadProblem> found = new ArrayList<>();
        try {
            SafeYamlReader.parse("x", text, 0, found);
        } catch (LoadProblem p) {
            found.add(p);
        }
        return found.stream()
                .map(p -> p.line + ":" + p.column + " " + p.getMessage())
                .toList()
                .toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"})
    void valuesQuotesAndPositionsAreAsWithLineFeeds(String br) throws LoadProblem {
        String text = PLAN.replace("\n", br);
        String expected = dump(SafeYamlReader.parseFully("x", PLAN, 0, new ArrayList<>()));
        assertEquals(expected, dump(SafeYamlReader.parse("x", text, 0, new ArrayList<>())));
        assertEquals(expected, dump(SafeYamlReader.parseFully("x", text, 0, new ArrayList<>())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"})
    void aQuotedTrueAfterTheBreakIsNoYesOrNo(String br) {
        Diagnostics d = new Diagnostics();
        YamlNode.Mapping m;
        try {
            m = SafeYamlReader.parse(
                    "x",
                    ("name: Acme\nowner: Jan\nkey_players:\n  - name: Ann\n    known: \"true\"\n").replace("\n", br),
                    0,
                    new ArrayList<>());
        } catch (LoadProblem e) {
            throw new AssertionError(e.getMessage());
        }
        new Binder(d).bind(io.keyplan.model.AccountPlan.class, m);
        assertEquals(
                List.of("x:5:12: error: 'known' must be true or false, got \"true\""),
                d.all().stream().map(Object::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"})
    void errorsAreOnTheirLine(String br) {
        assertEquals("[4:5 unexpected ':' here]", problems("a: 1\nb: 2\nc: 3\nd: e: f\n".replace("\n", br)));
        assertEquals(
                "[3:1 the key 'a' appears twice; the first is on line 1]",
                problems("a: 1\nb: '2'\na: 3\n".replace("\n", br)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void frontMatterOfMarkdownFiles(String br) throws LoadProblem {
        Diagnostics d = new Diagnostics();
        MarkdownFile f;
        try {
            MarkdownFile.split(
                    "---\ntitle: \"true\"\ndate: 2026-01-02\nx: y: z\n---\n# Body\ntext\n".replace("\n", br),
                    "n.md",
                    d);
            throw new AssertionError("accepted");
        } catch (LoadProblem p) {
            assertEquals("4:5 unexpected ':' here", p.line + ":" + p.column + " " + p.getMessage());
        }
        d = new Diagnostics();
        f = MarkdownFile.split(
                "---\ntitle: \"true\"\ndate: 2026-01-02\n---\n# Body\ntext\n".replace("\n", br), "n.md", d);
        assertEquals(List.of(), d.all());
        assertEquals(
                "2:8 quoted true\n",
                dump(f.frontMatter())
                                .lines()
                                .filter(l -> l.contains("true"))
                                .findFirst()
                                .orElseThrow() + "\n");
        assertEquals("# Body" + br + "text" + br, f.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"})
    void aBadByteIsOnItsLine(String br) {
        byte[] head = ("a: 1\nb: 2\nc: x").replace("\n", br).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        try {
            TextFiles.decode(bytes);
            throw new AssertionError("accepted");
        } catch (LoadProblem p) {
            assertEquals("3:5 the file is not valid UTF-8 (byte 0xE9)", p.line + ":" + p.column + " " + p.getMessage());
        }
    }
}
