package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyplan.analyse.PortfolioAnalyser;
import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.load.ContentLoader;
import io.keyplan.model.Content;
import io.keyplan.site.Audience;
import io.keyplan.site.BuildInfo;
import io.keyplan.site.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The search index's content for each audience (what the public site shows and nothing more),
 * its addresses, and that user text in it stays data: the file is a script, and a name such as
 * {@code </script><script>alert(1)</script>} must neither end it nor run.
 */
class SearchIndexTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Path FIXTURE = Path.of("src/test/resources/io/keyplan/render/search");
    private static final Theme THEME = Theme.load(Path.of("site-theme"));

    static Content content() {
        Diagnostics found = new Diagnostics();
        Content c = new ContentLoader().load(FIXTURE, TODAY, found);
        assertFalse(found.hasErrors(), found.all()::toString);
        return c;
    }

    /** The index as the renderer writes it for {@code audience}, from the content released to it. */
    static String script(Audience audience) {
        Content c = audience.released(content(), new Diagnostics());
        MemorySiteWriter out = new MemorySiteWriter();
        new SiteRenderer(THEME)
                .render(c, PortfolioAnalyser.analyse(c, TODAY), new BuildInfo(TODAY, "t", audience), out);
        return new String(out.files.get(SiteLayout.SEARCH_INDEX), StandardCharsets.UTF_8);
    }

    /** The data the script sets: it parses one JSON text, given as a string literal. */
    static JsonNode data(String script) throws Exception {
        String prefix = "window." + SearchIndex.GLOBAL + "=JSON.parse(";
        int start = script.indexOf(prefix);
        assertTrue(start > 0, "the script sets the global");
        String literal = script.substring(start + prefix.length()).strip();
        assertTrue(literal.endsWith(");"));
        ObjectMapper json = new ObjectMapper();
        String text = json.readValue(literal.substring(0, literal.length() - 2), String.class);
        return json.readTree(text);
    }

    /**
     * Each entry a result can show, as "group name | label: text, detail | body | page" (body and
     * page for a note or free page), in the order of the file: an account is one document whose
     * fields hold its entries.
     */
    static List<String> docs(JsonNode data) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : data.get("docs")) {
            JsonNode g = data.get("groups").get(d.get(0).asInt());
            for (JsonNode field : d.get(1)) {
                String label = data.get("labels").get(field.get(0).asText()).asText();
                for (int e = 1; e < field.size(); e++) {
                    JsonNode entry = field.get(e);
                    StringBuilder b = new StringBuilder(g.get(0).asText()).append(" | ");
                    b.append(label).append(": ");
                    if (entry.isArray()) {
                        b.append(entry.get(0).asText())
                                .append(", ")
                                .append(entry.get(1).asText());
                    } else {
                        b.append(entry.asText());
                    }
                    if (d.size() > 2) {
                        b.append(" | ").append(d.get(2).asText());
                        b.append(" | ").append(d.get(3).asText());
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    @Test
    void theInternalIndexHoldsEveryFieldTheSearchCovers() throws Exception {
        JsonNode data = data(script(Audience.INTERNAL));
        assertEquals(
                List.of(
                        "Coopérative Céréalis | Key account: Coopérative Céréalis",
                        "Coopérative Céréalis | Why a key account: Door to the French milling market.",
                        "Coopérative Céréalis | Why a key account: The largest mill group in Champagne.",
                        "Coopérative Céréalis | Industry: Food processing",
                        "Coopérative Céréalis | Region: France",
                        "Coopérative Céréalis | Account manager: Claire Dubois",
                        "Coopérative Céréalis | Key player: Anna Schmidt, Head of Procurement",
                        "Coopérative Céréalis | Team member: Henk de Wit, Service lead",
                        "Coopérative Céréalis | Product: PlantPulse monitoring",
                        "Coopérative Céréalis | Sales opportunity: Retrofit of mill 3, PlantPulse, Milling",
                        "Coopérative Céréalis | Note: Visit to Reims | We walked the mill with the plant manager."
                                + " The dust extraction needs attention. | accounts/open-co/notes/visit.html",
                        "</script><script>alert(1)</script> & Co | Key account: </script><script>alert(1)</script> & Co",
                        "</script><script>alert(1)</script> & Co | Industry: Chemicals \u2028 line",
                        "</script><script>alert(1)</script> & Co | Account manager: Piet Jansen",
                        "</script><script>alert(1)</script> & Co | Key player: Otto Geheim, CEO <b>boss</b>",
                        "Pages | Page: How we work | How we work Every plan is reviewed each month by the account team."
                                + " | pages/how-we-work.html"),
                docs(data));
        // A result opens its account's page at the section of its field.
        assertEquals(
                "accounts/open-co/index.html", data.get("groups").get(0).get(1).asText());
        assertEquals("#s-key_players", data.get("anchors").get("p").asText());
        assertEquals("#s-team", data.get("anchors").get("e").asText());
        assertEquals("#s-business_review", data.get("anchors").get("d").asText());
        assertEquals("#s-opportunities", data.get("anchors").get("y").asText());
        assertEquals("#s-why", data.get("anchors").get("w").asText());
        assertEquals("#s-overview", data.get("anchors").get("o").asText());
        assertEquals("No results", data.get("labels").get("noResults").asText());
        // The forms for one and for more: the script chooses with Intl.PluralRules.
        assertEquals("{0} {0|result|results}", data.get("labels").get("results").asText());
    }

    /** Postings of {@code term} in the build's MiniSearch index, as its JSON text. */
    static String postings(JsonNode data, String term) {
        for (JsonNode e : data.get("ms").get("index")) {
            if (e.get(0).asText().equals(term)) {
                return e.get(1).toString();
            }
        }
        return null;
    }

    @Test
    void anAccountIsOneDocumentWhoseFieldsHoldItsEntries() throws Exception {
        JsonNode data = data(script(Audience.INTERNAL));
        // Two accounts, one note, one free page: four documents, not one per person or product.
        assertEquals(4, data.get("docs").size());
        assertEquals(4, data.get("ms").get("documentCount").asInt());
        List<String> fields = new ArrayList<>();
        data.get("fields").forEach(f -> fields.add(f.asText()));
        assertEquals(List.of("n", "w", "o", "i", "r", "m", "p", "e", "d", "y", "N", "P", "b"), fields);
        assertEquals(fields, SearchIndex.FIELDS);
        // A key player's name and title are words of the key players' field (6) of the account's document (0).
        assertEquals("{\"6\":{\"0\":1}}", postings(data, "schmidt"));
        assertEquals("{\"6\":{\"0\":1}}", postings(data, "procurement"));
        // Accents folded; the account's name (0) and its note's title are different documents.
        assertEquals("{\"0\":{\"0\":1}}", postings(data, "cerealis"));
        assertEquals("{\"10\":{\"1\":1}}", postings(data, "reims"));
        // Each entry on its own line, so a field's length counts its distinct words.
        SearchIndex.Doc doc = new SearchIndex.Doc(
                0,
                java.util.Map.of(
                        SearchIndex.Kind.PLAYER,
                        List.of(new SearchIndex.Entry("Anna Schmidt", "CEO"), new SearchIndex.Entry("Bo Li", null))),
                null,
                null);
        assertEquals("Anna Schmidt\nCEO\nBo Li", SearchIndex.fieldText(doc, 6));
        assertEquals("", SearchIndex.fieldText(doc, 0));
    }

    @Test
    void thePublicIndexHoldsOnlyWhatThePublicSiteShows() throws Exception {
        String script = script(Audience.PUBLIC);
        assertEquals(
                List.of(
                        "Coopérative Céréalis | Key account: Coopérative Céréalis",
                        "Coopérative Céréalis | Why a key account: Door to the French milling market.",
                        "Coopérative Céréalis | Why a key account: The largest mill group in Champagne.",
                        "Coopérative Céréalis | Industry: Food processing",
                        "Coopérative Céréalis | Region: France",
                        "Coopérative Céréalis | Account manager: Claire Dubois",
                        "Coopérative Céréalis | Team member: Henk de Wit, Service lead",
                        "Coopérative Céréalis | Sales opportunity: Retrofit of mill 3, PlantPulse, Milling",
                        "Pages | Page: How we work | How we work Every plan is reviewed each month by the account team."
                                + " | pages/how-we-work.html"),
                docs(data(script)));
        // No key player (names are withheld), no note, no internal account, no e-mail, no figure.
        for (String absent : List.of(
                "Anna Schmidt",
                "Schmidt",
                "Otto Geheim",
                "Reims",
                "script",
                "Piet Jansen",
                "claire@example.com",
                "987654",
                "1250000",
                "400000",
                "PlantPulse monitoring")) {
            assertFalse(script.contains(absent), absent);
        }
    }

    @Test
    void userTextCannotBreakOutOfTheScript() throws Exception {
        String script = script(Audience.INTERNAL);
        // Nothing in the file can end a script element, open a comment or an entity, or end a line for old JavaScript.
        String data = script.substring(script.indexOf("*/") + 2);
        for (String c : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(data.contains(c), "the data holds " + c);
        }
        // Escaped twice: once in the JSON text, once more in the string literal that holds it.
        assertTrue(script.contains("\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)"));
        // ... and the hostile name reads back as the very text the plan holds: data, not code.
        assertEquals(
                "</script><script>alert(1)</script> & Co",
                data(script).get("groups").get(1).get(0).asText());
    }

    @Test
    void theIndexIsTheSameOnEveryBuild() {
        assertEquals(script(Audience.INTERNAL), script(Audience.INTERNAL));
    }

    @Test
    void longTextsAreCutAtAWord() {
        assertEquals("short", SearchIndex.cut("short", 10));
        assertEquals("one two…", SearchIndex.cut("one two three four", 10));
        String cut = SearchIndex.cut("x".repeat(300), SearchIndex.TEXT_CHARS);
        assertEquals(SearchIndex.TEXT_CHARS, cut.length());
        assertTrue(cut.endsWith("…"));
        // A character outside the BMP is never cut in half.
        assertEquals("aaaaaaaa…", SearchIndex.cut("a".repeat(8) + "\uD83D\uDE00" + "b".repeat(10), 10));
        assertEquals(null, SearchIndex.oneLine("  \n "));
        assertEquals("a b", SearchIndex.oneLine(" a \n\t b "));
    }

    @Test
    void foldsAsciiWordsAsTheFullFoldDoes() {
        // The quick way for ASCII words must give what decomposing, dropping accents and lower-casing gives.
        for (String w :
                new String[] {"Acme", "ACME", "q4-2027", "", "Straße", "Éclair", "naïve", "ÄRGER", "İstanbul", "ﬁx"}) {
            String full = Pattern.compile("[\\u0300-\\u036f]")
                    .matcher(Normalizer.normalize(w, Normalizer.Form.NFD))
                    .replaceAll("")
                    .toLowerCase(Locale.ROOT)
                    .replace("ß", "ss");
            assertEquals(full, SearchIndex.fold(w), w);
        }
        for (char c = 0; c < 0x80; c++) {
            String w = "a" + c + "Z";
            assertEquals(Normalizer.normalize(w, Normalizer.Form.NFD).toLowerCase(Locale.ROOT), SearchIndex.fold(w));
        }
    }
}
