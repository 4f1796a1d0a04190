package io.keyplan.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.render.Markdown;
import io.keyplan.testing.ReaderText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Key players' names are withheld however they are written: each written form on its own, in
 * combination, in Markdown and in addresses. Every result is checked twice by an oracle written
 * apart from the product ({@link ReaderText}): in the text itself and in the HTML it renders to,
 * with raw HTML escaped and allowed.
 */
class NameRedactionTest {
    static final String W = PublicProfile.WITHHELD;
    static final Map<String, String> PLAYERS = new LinkedHashMap<>();

    static {
        PLAYERS.put("Hendrik Zwartkop", "noordzee");
        PLAYERS.put("Seán O'Brien", "noordzee");
        PLAYERS.put("Anna de Boer", "cerealis");
        PLAYERS.put("Zoë Müller-Lüdenscheidt", "cerealis");
        PLAYERS.put("Li Wei", "fjord");
    }

    static final NameRedactor NAMES = new NameRedactor(PLAYERS, W);
    static final Markdown MARKDOWN = new Markdown();

    /** Each written form of a name the issue lists, and more of its kind. */
    static Stream<String> writtenForms() {
        return Stream.of(
                // plain, case
                "We met Hendrik Zwartkop today.",
                "We met HENDRIK ZWARTKOP today.",
                "We met hendrik zwartkop today.",
                "We met hEnDrIk zWaRtKoP today.",
                // emphasis and code around and inside the name
                "We met Hendrik **Zwartkop** today.",
                "We met **Hendrik** Zwartkop today.",
                "We met *Hendrik Zwartkop* today.",
                "We met Hendrik _Zwartkop_ today.",
                "We met Hendrik ~~Zwartkop~~ today.",
                "We met `Hendrik Zwartkop` today.",
                "We met Zwart**kop** Hendrik today.",
                "We met Hen*drik* Zwartkop today.",
                "We met Hendrik**Zwartkop** today.",
                "We met Hendrik\\ Zwartkop today.",
                "We met Hendrik\\\nZwartkop today.",
                // spaces that are no plain space, and no space at all
                "We met Hendrik\u00a0Zwartkop today.",
                "We met Hendrik\u202fZwartkop today.",
                "We met Hendrik\u2009Zwartkop today.",
                "We met Hendrik\u3000Zwartkop today.",
                "We met Hendrik\u200bZwartkop today.",
                "We met Hendrik\u2060Zwartkop today.",
                "We met Hendrik\ufeffZwartkop today.",
                "We met HendrikZwartkop today.",
                "We met Hendrik\u200c Zwartkop today.",
                "We met Hendrik\nZwartkop today.",
                "We met Hendrik\r\nZwartkop today.",
                "We met Hendrik\u2028Zwartkop today.",
                "We met Hendrik\tZwartkop today.",
                "We met Hendrik  \n  Zwartkop today.",
                // entities
                "We met Hendrik&nbsp;Zwartkop today.",
                "We met Hendrik&#160;Zwartkop today.",
                "We met Hendrik&#xA0;Zwartkop today.",
                "We met Hendrik&#32;Zwartkop today.",
                "We met &#72;endrik Zwartkop today.",
                "We met &#x48;&#x65;ndrik Zwartkop today.",
                "We met Hendrik Zwart&shy;kop today.",
                "We met Hendrik Zwart&#173;kop today.",
                "We met Hendrik&ZeroWidthSpace;Zwartkop today.",
                "We met Hendrik&nbspZwartkop today.",
                "We met Hendrik Zw&#97;rtkop today.",
                // soft hyphens and other invisible characters inside the words
                "We met Hend\u00adrik Zwart\u00adkop today.",
                "We met H\u200de\u200cndrik Zwartkop today.",
                "We met Hendrik Zwar\u034ftkop today.",
                "We met Hendrik Zwartkop\ufe0f today.",
                "We met Hendrik Zw\u2062artkop today.",
                // turned around
                "We met Zwartkop, Hendrik today.",
                "We met ZWARTKOP Hendrik today.",
                "We met Zwartkop,&nbsp;Hendrik today.",
                "We met de Boer, Anna today.",
                "We met Boer, Anna de today.",
                "We met O'Brien, Seán today.",
                // split by links, images, tags
                "We met [Hendrik](https://example.com) Zwartkop today.",
                "We met Hendrik [Zwartkop](x.html) today.",
                "We met [Hendrik][ref] Zwartkop today.\n\n[ref]: https://example.com",
                "We met [Hendrik Zwartkop](https://example.com) today.",
                "We met ![Hendrik Zwartkop](p.png) today.",
                "We met [Hendrik](a)[Zwartkop](b) today.",
                "We met Hendrik <b>Zwartkop</b> today.",
                "We met Hen<b>drik</b> Zwartkop today.",
                "We met Hendrik<br>Zwartkop today.",
                "We met Hendrik <!-- x --> Zwartkop today.",
                "We met <span title=\"Hendrik Zwartkop\">him</span> today.",
                "We met [him](x.html \"Hendrik Zwartkop\") today.",
                "We met [Hendrik](x)Zwartkop today.",
                // accents: decomposed, composed, dropped, other apostrophes
                "We met Se\u0301an O'Brien today.",
                "We met Seán O’Brien today.",
                "We met SeanOBrien today.",
                "We met SEÁN O‘BRIEN today.",
                "We met Seán O`Brien today.",
                "We met Zoe\u0308 Mu\u0308ller-Lu\u0308denscheidt today.",
                "We met Zoe Muller Ludenscheidt today.",
                "We met ZOË MÜLLER‐LÜDENSCHEIDT today.",
                // compatibility forms
                "We met Ｈｅｎｄｒｉｋ Ｚｗａｒｔｋｏｐ today.",
                "We met \ud835\udc07\ud835\udc1e\ud835\udc27\ud835\udc1d\ud835\udc2b\ud835\udc22\ud835\udc24 Zwartkop today.",
                "We met \u24bd\u24d4\u24dd\u24d3\u24e1\u24d8\u24da Zwartkop today.",
                // in addresses
                "See https://example.com/hendrik-zwartkop today.",
                "See https://example.com/people/Hendrik_Zwartkop today.",
                "Mail hendrik.zwartkop@example.com today.",
                "Mail <hendrik.zwartkop@example.com> today.",
                "See <https://example.com/hendrik-zwartkop> today.",
                "See [the profile](https://example.com/hendrik%20zwartkop) today.",
                "See [the profile](https://example.com/%48endrik%2DZwartkop) today.",
                "See www.hendrikzwartkop.com today.",
                "See [the profile](https://example.com/?q=zwartkop+hendrik) today.",
                "See [the profile](https://example.com/hendrik&#45;zwartkop) today.",
                "See [the profile][p] today.\n\n[p]: https://example.com/hendrik-zwartkop",
                "See [Z](mailto:hendrik.zwartkop@example.com) today.",
                "See https://example.com/Zoe%CC%88-M%C3%BCller-L%C3%BCdenscheidt today.",
                // found by fuzzing: a '<' in an address before a tag, a reference an autolink shows as it is,
                // an image's text that is no running text
                "aHendde# <https://x/-&shy;Boer*Zwartkop<b>HENDRIK.",
                ">zwart<https://x/the**HENDRIKZwartkop&#72;%48%20rikzwart",
                "\\HENDRIK![;/*Seán](x)**Zwartkop",
                "|![Zwartkop-<b> Hendrik](x)",
                // block structure
                "| first | last |\n|---|---|\n| Hendrik | Zwartkop |\n",
                "# Hendrik Zwartkop\n\ntext",
                "> Hendrik\n> Zwartkop\n",
                "- Hendrik\n  Zwartkop\n",
                "```\nHendrik Zwartkop\n```\n",
                "    Hendrik Zwartkop\n");
    }

    @ParameterizedTest
    @MethodSource("writtenForms")
    void everyWrittenFormIsWithheld(String text) {
        assertTrue(holdsAName(text), "the oracle sees a name in the text before");
        String out = NAMES.redact(text);
        assertNotEquals(text, out, "nothing was withheld");
        assertNoName(out);
    }

    /**
     * Written backwards inside a right-to-left override, a name shows the right way round in a
     * browser: released text loses the override, so it shows as stored, backwards, and a name
     * written forwards inside an override or isolate is still found.
     */
    @Test
    void bidiOverridesCannotTurnStoredLettersIntoAShownName() {
        for (String text : List.of(
                "We met \u202Epoktrawz kirdneh\u202C today.",
                "We met \u202Dpoktrawz kirdneh\u202C today.",
                "We met \u2067poktrawz kirdneh\u2069 today.",
                "We met \u202Bpoktrawz\u202C \u202Bkirdneh\u202C today.")) {
            String out = NAMES.redact(text);
            assertTrue(out.chars().noneMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)), out);
            assertTrue(out.contains("poktrawz"), "shown as stored: " + out);
        }
        for (String text : List.of(
                "We met \u202EHendrik Zwartkop\u202C today.",
                "We met Hendrik\u2066 Zwartkop\u2069 today.",
                "We met Hen\u202Edrik Zwart\u202Ckop today.")) {
            String out = NAMES.redact(text);
            assertNotEquals(text, out, "nothing was withheld");
            assertNoName(out);
        }
    }

    /** Forms mixed: every combination of a few ways to write each part. */
    @Test
    void combinedFormsAreWithheld() {
        List<String> given =
                List.of("Hendrik", "HENDRIK", "Hend\u00adrik", "**Hendrik**", "&#72;endrik", "Hen&shy;drik");
        List<String> family =
                List.of("Zwartkop", "zwartkop", "Zwart\u200bkop", "_Zwartkop_", "Zw&#x61;rtkop", "[Zwartkop](x)");
        List<String> between = List.of(" ", "\u00a0", "&nbsp;", "\u200b", "\n", " \u00ad ");
        int checked = 0;
        for (String g : given) {
            for (String f : family) {
                for (String b : between) {
                    for (boolean turned : new boolean[] {false, true}) {
                        String name = turned ? f + "," + b + g : g + b + f;
                        String text = "Our contact " + name + " agreed.";
                        String out = NAMES.redact(text);
                        assertNoName(out);
                        assertTrue(out.startsWith("Our contact ") && out.endsWith(" agreed."), out);
                        checked++;
                    }
                }
            }
        }
        assertEquals(432, checked);
    }

    @Test
    void theTextAroundTheNameStaysAsItWas() {
        assertEquals("We met " + W + " today.", NAMES.redact("We met Hendrik Zwartkop today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Hendrik&nbsp;Zwartkop today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Zwartkop, Hendrik today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Hendrik\u200bZwartkop today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Se\u0301an O’Brien today."));
        assertEquals("We met **" + W + "** today.", NAMES.redact("We met **Hendrik Zwartkop** today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Sean OBrien today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Anna deBoer today."));
    }

    @Test
    void aControlCharacterEndsAWordAsItDoesForAReader() {
        // A browser shows no control character as a letter (NUL as U+FFFD): "Zwartkop\u0005s" reads
        // as the name and a stray letter (found by PublicProfileFuzzTest: its seed control-character-after-name).
        assertEquals("We met " + W + " s today.", NAMES.redact("We met Hendrik Zwartkop\u0005s today."));
        assertEquals("We met " + W + "  s today.", NAMES.redact("We met Hendrik Zwart\u00ADkop\u0000\u0000s today."));
        assertEquals("We met " + W + " s today.", NAMES.redact("We met Hendrik Zwartkop\u0085s today."));
        assertEquals("We met " + W + " s today.", NAMES.redact("We met Hendrik\u0007Zwartkop s today."));
        assertEquals("tab\tand\nlines\r\nstay", NAMES.redact("tab\tand\nlines\r\nstay"));
    }

    @Test
    void markupAroundAPartOfTheNameGoesWithIt() {
        assertEquals("We met " + W + "  today.", NAMES.redact("We met Hendrik **Zwartkop** today."));
        assertEquals("We met **" + W + "**  today.", NAMES.redact("We met **Hendrik** Zwartkop today."));
        assertEquals(
                "We met [" + W + "](https://x)  today.", NAMES.redact("We met [Hendrik](https://x) Zwartkop today."));
        assertEquals("We met " + W + "  today.", NAMES.redact("We met Hendrik [Zwartkop](https://x) today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met [Hendrik](x)Zwartkop today."));
        assertEquals("We met " + W + " today.", NAMES.redact("We met Zwart**kop** Hendrik today."));
        assertEquals("| " + W + " |  |\n", NAMES.redact("| Hendrik | Zwartkop |\n"));
    }

    @Test
    void inAnAddressTheMarkerKeepsTheAddressWhole() {
        assertEquals(
                "See https://x.com/" + Cuts.IN_ADDRESS + " now.",
                NAMES.redact("See https://x.com/hendrik-zwartkop now."));
        assertEquals("Mail " + Cuts.IN_ADDRESS + "@x.com now.", NAMES.redact("Mail hendrik.zwartkop@x.com now."));
        assertEquals("[cv](people/" + Cuts.IN_ADDRESS + ".html)", NAMES.redact("[cv](people/hendrik-zwartkop.html)"));
        assertEquals(
                "[cv](https://x.com/" + Cuts.IN_ADDRESS + ")", NAMES.redact("[cv](https://x.com/hendrik%20zwartkop)"));
        assertEquals("<https://x.com/" + Cuts.IN_ADDRESS + ">", NAMES.redact("<https://x.com/Hendrik_Zwartkop>"));
        // the link still renders as a link
        String html = MARKDOWN.block(NAMES.redact("[cv](people/hendrik-zwartkop.html)"), false);
        assertTrue(html.contains("<a href=\"people/name-withheld.html\">cv</a>"), html);
    }

    @Test
    void wordsThatOnlyHoldANameAreLeftAlone() {
        for (String text : List.of(
                "Langfristige Ziele",
                "Zwartkopje and Hendrikson",
                "Hendrik alone",
                "Zwartkop alone",
                "Anna and de Boer are not together",
                "Boer Anna",
                "a [link](https://example.com/x) and **bold**",
                "| a | b |\n|---|---|\n| 1 | 2 |\n",
                "1 &amp; 2 &lt; 3 %20 %ZZ &#xZZ; &#;",
                "Hendrik. Later: Zwartkopje")) {
            assertEquals(text, NAMES.redact(text));
        }
    }

    @Test
    void aOneWordNameIsWithheldAsAWord() {
        NameRedactor one = new NameRedactor(Map.of("Lang", ""), W);
        assertEquals(
                "Langfristige Ziele; " + W + " sagt ja; " + W + "!",
                one.redact("Langfristige Ziele; Lang sagt ja; L&#97;ng!"));
    }

    @Test
    void aNameThatSurvivesTheCutsWithholdsTheWholeText() {
        // Whatever the markup, the result never holds a name; here the check on the result is all that is left.
        String tangled = "[[Hen](a)drik](b) ![Zwart](c)kop";
        String out = NAMES.redact(tangled);
        assertNoName(out);
    }

    @Test
    void surnamesOnTheirOwnAreFoundWhereTheyAre() {
        String text = "Zwartkop agreed.\nMr de Boer too, and Wei.\nBrien? O'Brien!";
        NameRedactor.Released r = NAMES.release(text, true);
        assertEquals(text, r.text());
        assertEquals(
                List.of("Zwartkop@0", "de Boer@20", "Wei@37", "Brien@42", "O'Brien@49"),
                r.surnames().stream().map(s -> s.shown() + "@" + s.offset()).toList());
        assertEquals("noordzee", r.surnames().get(0).account());
    }

    @Test
    void surnamesAreFoundInTheirOtherWrittenFormsToo() {
        for (String text : List.of(
                "ZWARTKOP agreed",
                "Zwart\u00adkop agreed",
                "Zwart**kop** agreed",
                "Zw&#97;rtkop agreed",
                "https://x.com/zwartkop",
                "M\u00fcller-L\u00fcdenscheidt agreed",
                "Mu\u0308ller agreed",
                "DeBoer agreed")) {
            assertEquals(1, NAMES.release(text, true).surnames().size(), text);
        }
    }

    @Test
    void aFullNameIsNoSurnameWarning() {
        NameRedactor.Released r = NAMES.release("Hendrik Zwartkop and Anna de Boer and Li Wei agreed.", true);
        assertEquals("" + W + " and " + W + " and " + W + " agreed.", r.text());
        assertEquals(List.of(), r.surnames());
    }

    @Test
    void particlesAndOneLetterWordsAreNoSurnames() {
        NameRedactor names = new NameRedactor(Map.of("Anna van der Berg", "a", "Jan K", "b"), W);
        assertEquals(List.of(), names.release("the van, der Wagen, k, K", true).surnames());
        assertEquals(
                List.of("van der Berg", "Berg"),
                names.release("van der Berg. Berg.", true).surnames().stream()
                        .map(NameRedactor.Surname::shown)
                        .toList());
    }

    @Test
    void twoLetterSurnamesCountOnlyInTheirOwnSpelling() {
        NameRedactor names = new NameRedactor(Map.of("Wei Li", "a", "Thi Ng", "b"), W);
        assertEquals(List.of(), names.release("li ng NG lI", true).surnames());
        assertEquals(
                List.of("Li", "Ng"),
                names.release("ask Li. Ng said, Ng", true).surnames().stream()
                        .map(NameRedactor.Surname::shown)
                        .toList());
    }

    @Test
    void aNameGivenAsSurnameCommaGivenNameHasThatSurname() {
        NameRedactor names = new NameRedactor(Map.of("Zwartkop, Hendrik", "a"), W);
        assertEquals(W + " agreed", names.redact("Hendrik Zwartkop agreed"));
        assertEquals(
                List.of("Zwartkop"),
                names.release("Zwartkop and Hendrik", true).surnames().stream()
                        .map(NameRedactor.Surname::shown)
                        .toList());
    }

    @Test
    void twentyThousandPlayersAndAThreeHundredKilobyteTextAreQuick() {
        Random random = new Random(7);
        Map<String, String> players = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        while (players.size() < 20_000) {
            String n = word(random) + " " + word(random);
            if (players.putIfAbsent(n, "a" + players.size() % 20) == null) {
                names.add(n);
            }
        }
        StringBuilder text = new StringBuilder();
        int put = 0;
        while (text.length() < 300_000) {
            text.append("The plan grows with our partner in logistics and energy, because of service quality. ");
            if (text.length() / 5000 > put) {
                text.append("We met **")
                        .append(names.get(put * 97 % names.size()))
                        .append("** today.\n\n");
                put++;
            }
        }
        String big = text.toString();
        String out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            NameRedactor r = new NameRedactor(players, W);
            return r.release(big, true).text();
        });
        assertEquals(put, out.split(java.util.regex.Pattern.quote(W), -1).length - 1);
    }

    @Test
    void manyNamesSharingAFirstNameAndHostileTextsStayLinear() {
        Map<String, String> players = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            players.put("Jan " + "Jan ".repeat(i % 7) + "Janssen" + i, "a");
        }
        // Each about 160 KB: enough for a search that is quadratic anywhere to take minutes.
        List<String> texts = List.of(
                "Jan ".repeat(40_000),
                "[a](".repeat(40_000),
                "<a".repeat(80_000),
                "&nbsp".repeat(32_000),
                "%C3".repeat(54_000),
                "**Jan** ".repeat(20_000),
                "Jan\u200b".repeat(40_000),
                "](x)[".repeat(32_000),
                "[".repeat(160_000),
                "(".repeat(160_000),
                "*_".repeat(80_000));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            NameRedactor r = new NameRedactor(players, W);
            for (String t : texts) {
                r.release(t, true);
            }
        });
    }

    private static String word(Random random) {
        String[] syllables = {
            "van", "der", "berg", "jan", "sen", "kop", "zwart", "hen", "drik", "ma", "rie", "lo", "ber"
        };
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    static boolean holdsAName(String text) {
        List<ReaderText.Html> pages =
                List.of(ReaderText.html(MARKDOWN.block(text, false)), ReaderText.html(MARKDOWN.block(text, true)));
        return PLAYERS.keySet().stream()
                .anyMatch(name ->
                        ReaderText.find(text, name) != null || pages.stream().anyMatch(p -> p.find(name) != null));
    }

    /** No player's name in the text, nor in the HTML it renders to (raw HTML escaped or allowed). */
    static void assertNoName(String text) {
        List<ReaderText.Html> pages =
                List.of(ReaderText.html(MARKDOWN.block(text, false)), ReaderText.html(MARKDOWN.block(text, true)));
        for (String name : PLAYERS.keySet()) {
            assertNull(ReaderText.find(text, name), () -> "'" + name + "' in: " + text);
            for (ReaderText.Html page : pages) {
                String found = page.find(name);
                assertNull(found, () -> "'" + name + "' as '" + found + "' in the HTML of: " + text);
            }
        }
    }

    /**
     * A control character inside a stored name may be read as a space, as a reader of the page
     * may see it: the name is withheld also where the text's own controls split it the same way
     * and run on into the next word (found by the CI fuzzer, kept as the seed controls-inside-a-surname).
     */
    @Test
    void aNameWithAControlCharacterInsideIsWithheldHoweverTheControlIsRead() {
        NameRedactor names = new NameRedactor(Map.of("Hendrik Zwart\u0011\u0011ters", "fuzz-co"), W);
        for (String text : List.of(
                "Visit by \uFF28\uFF45\uFF4E\uFF44\uFF52\uFF49\uFF4B \uFF3A\uFF57\uFF41\uFF52\uFF54\u0011\u0011\uFF54\uFF45\uFF52\uFF53\u0005the fair",
                "Visit by Hendrik Zwart\u0011ters\u0005the fair",
                "Visit by Hendrik Zwart ters, the fair",
                "Visit by Hendrik Zwartters, the fair")) {
            assertEquals(text.substring(0, 9) + W, names.redact(text).substring(0, 9 + W.length()), text);
        }
    }
}
