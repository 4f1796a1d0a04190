package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.diagnostic.Diagnostic;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.model.AccountPlan;
import io.keyplan.model.PortalFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users are sales people: no message about a broken file may show the parser's or Java's
 * insides (class names, event dumps, exception names, object hashes).
 */
class PlainWordsTest {
    /** What Java or a parser would show, never a person. */
    static final Pattern INTERNALS = Pattern.compile(
            "org\\.|java\\.|javax\\.|com\\.fasterxml|snakeyaml|Exception|Error\\b|Event\\(|Event\\b|Token\\b|<[a-z ]*>"
                    + "|@[0-9a-f]{4,}|\\bnull\\b|\\bMark\\b|\\bline \\d+, column \\d+|\\\\t|\\bin 'reader'|\\bchar\\b|"
                    + "Infinity|NaN|\\$|\\bat [a-z]+\\.");

    @TempDir
    Path dir;

    /** Hand-picked breakages that reach the full YAML reader's error paths. */
    private static final List<String> BROKEN = List.of(
            "name: [a, b\nowner: x\n",
            "name: {a: b\n",
            "name: \"open\n",
            "name: 'open\n",
            "- a\nb: c\n",
            "a:\n  - b\n  c: d\n",
            "a: b\n - c\n",
            "a: &x b\nc: *y\n",
            "a: !!str\n",
            "a: !<tag:x> b\n",
            "a: b\n\t c: d\n",
            "\ta: b\n",
            "a: @b\n",
            "a: `b\n",
            "a: %b\n",
            "%YAML 1.1\n%YAML 1.1\n---\na: b\n",
            "%FOO\n---\na: b\n",
            "a: b\n...\nc: d\n",
            "a: b\n---\nc: d\n",
            "? a\n? b\n",
            "a: [b, c]]\n",
            "a: {b: c}}\n",
            "a: [b: c: d]\n",
            "[a, b]: c\n",
            "{a: b}: c\n",
            "a: |0\n  b\n",
            "a: |x\n  b\n",
            "a: >-+\n  b\n",
            "a: \"\\q\"\n",
            "a: \"\\x4\"\n",
            "a: \"\\u12\"\n",
            "a: \"\\U1234567\"\n",
            "a: 'b' c\n",
            "a: \"b\" c\n",
            "a: b\n  c: d\n",
            "a:\n- b\n- c\n  d\n",
            "&a a: b\n",
            "a: &\n",
            "a: *\n",
            "a: !\n",
            "a: ! b\n",
            "a: [\n",
            "a: {\n",
            "a: ]\n",
            "a: }\n",
            "a: ,\n",
            "a: b,\n c\n",
            "- - - a\n",
            ": a\n",
            "a: - b\n",
            "a: b: c\n",
            "a: 'b''\n",
            "a: |\n b\n  c\n d\n",
            "? |\n  a\n: b\n",
            "a: [b\n, c]\n",
            "a: {b\n: c}\n",
            "a: \"b\n\tc\"\n",
            "a: b #c\n#d\ne f\n",
            "'a' 'b': c\n",
            "a: !!binary x\n",
            "a:\n  b: c\n d: e\n",
            "a: *x\n",
            "a: &x\n  - *x\n",
            "<<: {a: b}\n",
            "a:\n  <<: *b\n",
            "a: 0o8\n",
            "a: 1e\n",
            "a: \"\u0085\"\n",
            "a: \u0085b\n",
            "\uFEFF\uFEFFa: b\n",
            "a: b\u0000\n",
            "a: b\u0007c\n",
            "a:\n" + "  ".repeat(1) + "- [" + "[".repeat(60) + "]".repeat(60) + "]\n",
            "k".repeat(1100) + ": v\n",
            "a: 0x\r\n",
            "a: 0b\r\n",
            "a: 0o\r\n",
            "a: 0x_\r\n",
            "a: 1_\r\n",
            "a: 0b2\r\n",
            "a: +0x1G\r\n",
            "a: 1:20:30\r\n",
            "a: 190:20:30.15\r\n",
            "a: 0xFFFFFFFFFFFFFFFFFFFFFFFF\r\n",
            "a: -0b\r\n",
            "a: .5e\r\n",
            "a: 1__2\r\n",
            "a: 0_\r\n",
            "a: [0x, 0b, 1_, 1:2]\r\n",
            "{0x: 1, 0b: 2}\r\n",
            "0x: 1\r\n",
            "1_: 2\r\n",
            "a: 99999999999999999999999999999\r\n",
            "a: -.inf\r\n",
            "a: 1e99999999999\r\n",
            "a: 0.0.0\r\n",
            "a: " + "{b: ".repeat(60) + "c" + "}".repeat(60) + "\n",
            "name: " + "&a".repeat(3) + " x\n");

    private List<String> messages(String yaml) throws IOException {
        Path f = dir.resolve("account.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        YamlNode.Mapping m = YamlFiles.read(f, "account.yaml", d);
        if (m != null) {
            new Binder(d).bind(AccountPlan.class, m);
            new Binder(d).bind(PortalFile.class, m);
        }
        List<String> out = new ArrayList<>();
        for (Diagnostic x : d.all()) {
            out.add(x.message() + (x.hint() == null ? "" : " | hint: " + x.hint()));
        }
        return out;
    }

    private void assertPlain(String yaml, TreeMap<String, String> bad) throws IOException {
        for (String m : messages(yaml)) {
            if (INTERNALS.matcher(m).find()) {
                bad.putIfAbsent(m, yaml.length() > 200 ? yaml.substring(0, 200) + "..." : yaml);
            }
        }
    }

    @Test
    void handPickedBreakagesAreInPlainWords() throws IOException {
        TreeMap<String, String> bad = new TreeMap<>();
        for (String y : BROKEN) {
            assertPlain(y, bad);
        }
        assertTrue(bad.isEmpty(), () -> report(bad));
    }

    @Test
    void aKeyOverTheLimitIsNamedAsSuch() throws IOException {
        for (int length : new int[] {1025, 1100, 5000}) {
            List<String> m = messages("name: Acme\n" + "k".repeat(length) + ": v\n");
            assertTrue(m.size() == 1 && m.get(0).startsWith("a key may be at most 1024 characters long"), m::toString);
        }
        assertTrue(messages("name: Acme\nowner: Jan\n" + "k".repeat(1000) + ": v\n")
                .get(0)
                .startsWith("unknown key"));
    }

    /** A thousand damaged copies of the example plans: a character dropped, added or doubled, lines swapped. */
    @Test
    void damagedExamplePlansAreInPlainWords() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                sources.add(Files.readString(p));
            }
        }
        String inserts = "\t-?:,[]{}#&*!|>'\"%@` \n\\\u0085\u2028\r";
        Random random = new Random(17);
        TreeMap<String, String> bad = new TreeMap<>();
        for (int i = 0; i < 1000; i++) {
            String s = sources.get(i % sources.size());
            StringBuilder b = new StringBuilder(s);
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, inserts.charAt(random.nextInt(inserts.length())));
                    case 2 -> b.insert(at, b.charAt(at));
                    default -> {
                        int nl = b.indexOf("\n", at);
                        if (nl > 0) {
                            b.insert(at, b.substring(at, Math.min(b.length(), nl + 1)));
                        }
                    }
                }
            }
            assertPlain(b.toString(), bad);
        }
        assertTrue(bad.isEmpty(), () -> report(bad));
    }

    private static String report(TreeMap<String, String> bad) {
        StringBuilder b = new StringBuilder(bad.size() + " messages show internals:\n");
        bad.forEach((m, y) -> b.append("  ")
                .append(m)
                .append("\n      from: ")
                .append(y.replace("\n", "\\n"))
                .append('\n'));
        return b.toString();
    }
}
