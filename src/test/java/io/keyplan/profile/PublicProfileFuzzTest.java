package io.keyplan.profile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.model.Content;
import io.keyplan.pipeline.SiteBuild;
import io.keyplan.pipeline.Stages;
import io.keyplan.render.SiteRenderer;
import io.keyplan.render.Theme;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.testing.Budget;
import io.keyplan.testing.Findings;
import io.keyplan.testing.NameOracle;
import io.keyplan.testing.SiteInMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes the public profile's redaction: a key player whose name the fuzzer chooses is written
 * into released texts (narratives, YAML free-text fields, a free page) in written forms the
 * fuzzer chooses (bold, non-breaking or zero-width space, soft hyphen, entities, inverted
 * "Surname, Given", decomposed accents, curly apostrophes, inside URLs, split by a link, ...).
 * The content is checked as {@code validate} does (inputs with errors are skipped), filtered by
 * {@link PublicProfile} and rendered as a public site; the name, in any form a reader takes for
 * it ({@link NameOracle}), must be in no file of that site.
 *
 * <p>Input layout (for writing seeds by hand, see docs/testing.md): the first line of the text
 * (UTF-8) is the key player's name, the rest is the text around it; each form replaces the next
 * {@code {}} in that text, or is appended. The last bytes choose, read from the end: how many
 * forms (byte + 1, up to 3), then for each its form ({@link #FORMS}, by index) and its place
 * ({@link #PLACES}, by index).
 */
class PublicProfileFuzzTest {
    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 23);
    private static final BuildInfo PUBLIC = new BuildInfo(BUILD_DATE, "fuzz", Audience.PUBLIC);
    private static final Theme THEME = Theme.load(Path.of("site-theme"));
    private static final Path CONTENT = folder();

    /** Where a released text can be. */
    static final List<String> PLACES =
            List.of("why.md", "overview.md", "overview.why_key", "why.statement", "free page", "free page title");

    /** Written forms of a name; {@code w} is the name's words, the last one the surname. */
    static final Map<String, Function<List<String>, String>> FORMS_BY_NAME = forms();

    static final List<String> FORMS = List.copyOf(FORMS_BY_NAME.keySet());

    /** The folded texts of a public site with no fuzzed text at all: names found there are the theme's words. */
    private static final List<String> CHROME = chrome();

    @FuzzTest(maxDuration = "60s")
    void redaction(FuzzedDataProvider data) {
        int count = data.consumeInt(1, 3);
        List<int[]> choices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            choices.add(new int[] {data.consumeInt(0, FORMS.size() - 1), data.consumeInt(0, PLACES.size() - 1)});
        }
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String name = (newline < 0 ? text : text.substring(0, newline)).strip();
        String around = newline < 0 ? "" : text.substring(newline + 1);
        Pattern pattern = NameOracle.namePattern(name);
        if (pattern == null || CHROME.stream().anyMatch(t -> pattern.matcher(t).find())) {
            return; // not a name that can be told apart from ordinary words or the theme's own
        }
        List<String> words = Arrays.asList(name.split("[\\s\\p{Z}]+"));
        Map<Integer, String> texts = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        for (int[] c : choices) {
            String form = FORMS_BY_NAME.get(FORMS.get(c[0])).apply(words);
            String base = texts.getOrDefault(c[1], around);
            texts.put(
                    c[1],
                    base.contains("{}")
                            ? base.replaceFirst("\\{\\}", java.util.regex.Matcher.quoteReplacement(form))
                            : base + " " + form);
            used.add(FORMS.get(c[0]) + " in " + PLACES.get(c[1]));
        }
        write(name, texts);
        SiteBuild.Checked checked =
                Budget.run("validate", () -> new SiteBuild(Stages.standard()).check(CONTENT, false, PUBLIC));
        if (checked.diagnostics().hasErrors()) {
            return;
        }
        Map<String, String> site = Budget.run("public build", () -> publicSite(checked.content()));
        if ((texts.containsKey(4) || texts.containsKey(5)) && !site.containsKey("pages/fuzz.html")) {
            // The free page must be released (visibility: public), or its texts would go untested.
            Findings.fail("free page released", "the public site has no pages/fuzz.html: " + site.keySet());
        }
        for (Map.Entry<String, String> file : site.entrySet()) {
            List<String> shown = shown(file.getKey(), file.getValue());
            for (String t : shown) {
                String where = NameOracle.find(pattern, t);
                if (where != null) {
                    Findings.fail(
                            "name withheld " + used.stream().sorted().toList(),
                            "the key player's name '" + name + "' is in the public site: " + file.getKey() + ": "
                                    + where + "\nwritten as: " + used + "\ntexts: " + texts);
                }
            }
        }
    }

    private static Map<String, String> publicSite(Content content) {
        Content shown = PublicProfile.filter(content);
        SiteInMemory out = new SiteInMemory();
        new SiteRenderer(THEME).render(shown, PortfolioAnalyser.analyse(shown, BUILD_DATE), PUBLIC, out);
        return out.texts();
    }

    private static Map<String, Function<List<String>, String>> forms() {
        Map<String, Function<List<String>, String>> f = new LinkedHashMap<>();
        f.put("plain", w -> String.join(" ", w));
        f.put("bold surname", w -> given(w) + " **" + surname(w) + "**");
        f.put("italic", w -> "*" + String.join(" ", w) + "*");
        f.put("no-break space", w -> String.join("\u00A0", w));
        f.put("&nbsp;", w -> String.join("&nbsp;", w));
        f.put("zero-width space", w -> String.join("\u200B", w));
        f.put("soft hyphen", w -> given(w) + " " + splitIn(surname(w), "\u00AD"));
        f.put("&shy;", w -> given(w) + " " + splitIn(surname(w), "&shy;"));
        f.put("inverted", w -> surname(w) + ", " + given(w));
        f.put("decomposed", w -> Normalizer.normalize(String.join(" ", w), Normalizer.Form.NFD));
        f.put(
                "curly apostrophe",
                w -> String.join(" ", w).replace('\'', '\u2019').replace('\u2018', '\''));
        f.put(
                "in a link's path",
                w -> "[profile](https://example.com/people/"
                        + String.join("-", w).toLowerCase(Locale.ROOT) + ")");
        f.put(
                "in a URL's query",
                w -> "<https://example.com/search?who=" + URLEncoder.encode(String.join(" ", w), StandardCharsets.UTF_8)
                        + ">");
        f.put("split by a link", w -> "[" + given(w) + "](https://example.com) " + surname(w));
        f.put("line break", w -> String.join("\n", w));
        f.put("upper case", w -> String.join(" ", w).toUpperCase(Locale.ROOT));
        f.put(
                "entity letter",
                w -> given(w) + " &#" + surname(w).codePointAt(0) + ";"
                        + surname(w).substring(Character.charCount(surname(w).codePointAt(0))));
        f.put("code span", w -> "`" + String.join(" ", w) + "`");
        f.put("fullwidth", w -> fullwidth(String.join(" ", w)));
        f.put("space and tab", w -> String.join(" \t ", w));
        f.put("heading", w -> "\n\n## " + String.join(" ", w) + "\n\n");
        f.put("link text", w -> "[" + String.join(" ", w) + "](https://example.com)");
        f.put("e-mail address", w -> "<" + String.join(".", w).toLowerCase(Locale.ROOT) + "@example.com>");
        f.put("image text", w -> "![" + String.join(" ", w) + "](chart.png)");
        return f;
    }

    private static String given(List<String> w) {
        return String.join(" ", w.subList(0, w.size() - 1));
    }

    private static String surname(List<String> w) {
        return w.get(w.size() - 1);
    }

    private static String splitIn(String word, String mark) {
        int half = word.offsetByCodePoints(0, word.codePointCount(0, word.length()) / 2);
        return word.substring(0, half) + mark + word.substring(half);
    }

    private static String fullwidth(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.appendCodePoint(c > 0x20 && c < 0x7F ? c - 0x21 + 0xFF01 : c));
        return out.toString();
    }

    /** Writes the content folder: one public account with the key player, the texts in their places. */
    private static void write(String name, Map<Integer, String> texts) {
        try {
            Path account = CONTENT.resolve("accounts/fuzz-co");
            StringBuilder yaml = new StringBuilder("name: Fuzz Co\nowner: Jan Smit\nvisibility: public\n")
                    .append("key_players: [{name: ")
                    .append(quoted(name))
                    .append("}]\n");
            if (texts.containsKey(2)) {
                yaml.append("overview: {why_key: ").append(quoted(texts.get(2))).append("}\n");
            }
            if (texts.containsKey(3)) {
                yaml.append("why: {statement: ").append(quoted(texts.get(3))).append("}\n");
            }
            Files.writeString(account.resolve("account.yaml"), yaml);
            writeOrDelete(account.resolve("why.md"), texts.get(0));
            writeOrDelete(account.resolve("overview.md"), texts.get(1));
            String title = texts.getOrDefault(5, "Fuzz page");
            writeOrDelete(
                    CONTENT.resolve("pages/fuzz.md"),
                    texts.containsKey(4) || texts.containsKey(5)
                            ? "---\ntitle: " + quoted(title) + "\nvisibility: public\n---\n"
                                    + texts.getOrDefault(4, "Text.") + "\n"
                            : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOrDelete(Path file, String text) throws IOException {
        if (text == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, text);
        }
    }

    /** A YAML double-quoted scalar that holds any text, invisible characters and surrogates included. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(String.format("\\U%08X", s.codePointAt(i)));
                i++;
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }

    private static List<String> chrome() {
        write("Zed Zebrowski", Map.of(0, "Text.", 1, "Text.", 2, "Text.", 3, "Text.", 4, "Text.", 5, "Title"));
        SiteBuild.Checked checked = new SiteBuild(Stages.standard()).check(CONTENT, false, PUBLIC);
        if (checked.diagnostics().hasErrors()) {
            throw new IllegalStateException(
                    "the fuzz skeleton has errors: " + checked.diagnostics().all());
        }
        List<String> texts = new ArrayList<>();
        publicSite(checked.content())
                .forEach((path, text) -> shown(path, text).forEach(t -> texts.add(NameOracle.fold(t))));
        return texts;
    }

    /** What a reader can see of a file: a page's texts, the search index's strings as the browser reads them. */
    private static List<String> shown(String path, String text) {
        if (path.endsWith(".html")) {
            return NameOracle.ofHtml(text);
        }
        return path.endsWith(".js") ? List.of(text, NameOracle.ofScript(text)) : List.of(text);
    }

    private static Path folder() {
        try {
            Path root = Files.createTempDirectory("keyplan-fuzz-public");
            Files.createDirectories(root.resolve("accounts/fuzz-co"));
            Files.createDirectories(root.resolve("pages"));
            Files.writeString(root.resolve("portal.yaml"), "title: Fuzz Portal\npublic_sections: [overview, why]\n");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> all = Files.walk(root)) {
                    all.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException | UncheckedIOException e) {
                    // a temp folder left behind is no reason to fail a test run
                }
            }));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
