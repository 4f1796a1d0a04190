package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {

    @Test
    void bundledThemeIsUsedWhenTheFolderDoesNotExist(@TempDir Path tmp) {
        Theme t = Theme.load(tmp.resolve("no-such-theme"));
        assertEquals("(built-in theme)", t.origin());
        assertTrue(t.hasTemplate("account.peb"));
        assertEquals("Buying Center", t.messages(Language.DE).get("section.key_players"));
    }

    @Test
    void allPropertiesFilesOfALanguageAreMerged(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("templates/layout.peb"), "{{ t('a') }} {{ t('b', 3) }}");
        Files.createDirectories(tmp.resolve("i18n/nl"));
        Files.writeString(tmp.resolve("i18n/nl/ui.properties"), "a=één\n");
        Files.writeString(tmp.resolve("i18n/nl/analysis.properties"), "b={0} KPI's\n");
        Theme t = Theme.load(tmp);
        assertEquals("één", t.messages(Language.NL).get("a"));
        assertEquals("3 KPI's", t.messages(Language.NL).get("b", 3));
        assertEquals("missing.key", t.messages(Language.NL).get("missing.key"), "a gap shows, it does not break");
    }

    @Test
    void aBrokenTemplateIsReportedWithItsFileAndLine(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("templates/layout.peb"), "ok\n{% if %}");
        ThemeException e = assertThrows(ThemeException.class, () -> Theme.load(tmp));
        assertTrue(e.getMessage().contains("templates/layout.peb:2: error:"), e.getMessage());
    }

    @Test
    void formatsFollowTheLanguage() {
        Formats en = new Formats(Language.EN, "EUR");
        Formats nl = new Formats(Language.NL, "EUR");
        Formats de = new Formats(Language.DE, "EUR");
        LocalDate d = LocalDate.of(2026, 11, 23);
        assertEquals("23 Nov 2026", en.date(d));
        assertEquals("23 nov. 2026", nl.date(d));
        assertEquals("23.11.2026", de.date(d));
        assertEquals("€1,234,567", en.money(1234567.4));
        assertEquals("€ 1.234.567", nl.money(1234567).replace('\u00a0', ' '));
        assertEquals("1.234.567 €", de.money(1234567).replace('\u00a0', ' '));
        assertEquals("-€500", en.money(-500).replace('\u2212', '-'));
        assertEquals("1.234,5", de.number(1234.5, 1));
        assertEquals("", en.money(null), "none shows as nothing, never 0");
    }

    @Test
    void markdownNeutralisesSchemesAndStripsForTheWhyLine() {
        Markdown md = new Markdown();
        String html =
                md.block("[a](jav&#x09;ascript:alert(1)) [b](<java script:alert(2)>) [c](DATA:text/html,x)", false);
        assertTrue(!html.contains("href=\"jav") && !html.contains("href=\"DATA"), html);
        assertTrue(Markdown.isUnsafeUrl(" JavaScript:alert(1)"));
        assertTrue(Markdown.isUnsafeUrl("vbscript:x"));
        assertTrue(!Markdown.isUnsafeUrl("https://example.com/javascript:"));
        assertEquals(
                "Big *and* bold",
                md.inline("Big \\*and\\* **bold**", false)
                        .replace("<strong>", "")
                        .replace("</strong>", ""));
        assertEquals("First line here.", md.firstSentence("First **line** here. Second one.\nMore"));
    }
}
