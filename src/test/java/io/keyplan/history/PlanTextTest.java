package io.keyplan.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Coded;
import io.keyplan.model.SectionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanText#cut} keeps each part as runs of lines of the text; it must give exactly the parts
 * of the plain definition (every line appended to the part of the key above it, with a line break),
 * which {@link #reference} spells out as the cut did before.
 */
class PlanTextTest {

    @Test
    void theCutEqualsTheLineByLineDefinitionOnManyRandomTexts() throws IOException {
        List<String> plans = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("content/accounts"))) {
            for (Path p : s.map(p -> p.resolve("account.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()) {
                plans.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Random random = new Random(14);
        int cut = 0;
        for (int round = 0; round < 3000; round++) {
            String text = plans.get(random.nextInt(plans.size()));
            for (int e = random.nextInt(5); e >= 0; e--) {
                text = edit(text, random);
            }
            PlanText.Cut expected = reference(text);
            PlanText.Cut actual = PlanText.cut(text);
            assertEquals(expected, actual, "round " + round + ":\n" + text);
            if (actual != null) {
                cut++;
            }
        }
        assertTrue(cut > 1500, "most random texts are cut: " + cut);
    }

    @Test
    void aPartWhoseKeyComesBackHoldsBothRunsInOrder() {
        PlanText.Cut cut = PlanText.cut("name: A\nwhy:\n  statement: s\n# c\nowner: B\nwhy:\n  x: 1");
        assertEquals(Map.of(SectionId.WHY, "why:\n  statement: s\n# c\nwhy:\n  x: 1\n"), cut.sections());
        assertEquals("name: A\nowner: B\n", cut.rest());
        assertEquals("", PlanText.cut("why:\n  statement: s\n").rest());
        assertEquals(
                Map.of(SectionId.OPPORTUNITIES, "cross_sell:\n  - a\n"),
                PlanText.cut("cross_sell:\n  - a\n").sections());
    }

    @Test
    void aNarrativeFileNamesItsSectionByTheSectionsCode() {
        for (SectionId id : SectionId.values()) {
            assertEquals(Coded.fromCode(SectionId.class, id.code()), PlanText.section(id.code()));
        }
        assertEquals(Optional.empty(), PlanText.section("notes"));
        assertEquals(Optional.empty(), PlanText.section("cross_sell"));
    }

    /** One random edit: lines moved, doubled, indented, keys changed, line breaks of every kind. */
    private static String edit(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(14)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(random.nextInt(lines.size() + 1), line); // a key or line again, elsewhere
            case 2 -> lines.add(at, "# a comment");
            case 3 -> lines.add(at, random.nextBoolean() ? "" : "   ");
            case 4 -> lines.add(at, "cross_sell:\n  - moved");
            case 5 -> lines.add(at, "reviews:\n  - date: 2026-01-01");
            case 6 -> lines.set(at, "  " + line); // indented, also before the first key
            case 7 -> lines.set(at, line.replaceFirst(":", ":x")); // no space after the colon
            case 8 -> lines.set(at, "\t" + line);
            case 9 -> {
                return "\uFEFF" + text;
            }
            case 10 -> {
                return text.replace("\n", "\r\n");
            }
            case 11 -> {
                return text.stripTrailing(); // no final line break
            }
            case 12 -> {
                return random.nextBoolean() ? "" : "\n";
            }
            default -> lines.add(at, "why:");
        }
        return String.join("\n", lines);
    }

    /** The cut as first written: each line appended to its part one by one. */
    private static PlanText.Cut reference(String text) {
        Map<SectionId, StringBuilder> out = new EnumMap<>(SectionId.class);
        StringBuilder rest = new StringBuilder();
        StringBuilder current = null;
        boolean started = false;
        int start = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end);
            char c = line.isEmpty() ? ' ' : line.charAt(0);
            if (c == ' ' || c == '\r' || c == '#') {
                if (!started && c == ' ' && !line.isBlank()) {
                    return null;
                }
            } else {
                String key = key(line);
                if (key == null) {
                    return null;
                }
                started = true;
                Optional<SectionId> section = key.equals("cross_sell")
                        ? Optional.of(SectionId.OPPORTUNITIES)
                        : Coded.fromCode(SectionId.class, key);
                current = section.isPresent() ? out.computeIfAbsent(section.get(), k -> new StringBuilder()) : rest;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
            start = end + 1;
        }
        Map<SectionId, String> texts = new EnumMap<>(SectionId.class);
        out.forEach((id, sb) -> texts.put(id, sb.toString()));
        return new PlanText.Cut(texts, rest.toString());
    }

    private static String key(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9' && i > 0)) {
                break;
            }
            i++;
        }
        if (i == 0 || i >= line.length() || line.charAt(i) != ':') {
            return null;
        }
        if (i + 1 < line.length() && line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\r') {
            return null;
        }
        return line.substring(0, i);
    }
}
