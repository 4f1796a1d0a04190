package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments a browser would run are found by their name and by their first bytes, whatever the name says. */
class ActiveContentTest {
    @TempDir
    Path dir;

    private ActiveFinding check(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve("f" + System.nanoTime());
        Files.write(f, bytes);
        return ActiveContent.check(f, name);
    }

    private ActiveFinding check(String name, String text) throws IOException {
        return check(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void webPagesScriptsXmlAndServerProgramsAreRefusedByAnyOfTheirExtensions() throws IOException {
        for (String name : List.of(
                "report.html",
                "REPORT.HTML",
                "report.Htm",
                "r.xhtml",
                "r.xht",
                "r.shtml",
                "r.mht",
                "r.mhtml",
                "r.xml",
                "r.xsl",
                "r.xslt",
                "r.rss",
                "r.atom",
                "r.svgz",
                "r.js",
                "r.mjs",
                "r.php",
                "r.phtml",
                "r.asp",
                "r.aspx",
                "r.jsp",
                "r.cgi",
                "r.hta",
                "report.html.zzz",
                "report.php.pdf",
                "report.HTML.",
                "a.b.html.c")) {
            ActiveFinding f = check(name, "%PDF-1.7 harmless bytes");
            assertNotNull(f, name);
            assertTrue(f.hint().contains("PDF"), f.hint());
        }
        assertNotNull(check("web.config", "x"));
        assertNotNull(check("Web.Config", "x"));
    }

    @Test
    void theNameBeforeTheFirstDotIsNoExtension() throws IOException {
        assertNull(check("html.pdf", "%PDF-1.7"));
        assertNull(check("js-notes.txt", "plain text"));
        assertNull(check("php", "plain text"));
    }

    @Test
    void markupAtTheStartIsRefusedWhateverTheName() throws IOException {
        for (String name : List.of("notes.txt", "README", "deck.pdf", "photo.png", "data.csv", "x.unknown")) {
            assertNotNull(check(name, "<html><script>alert(1)</script>"), name);
            assertNotNull(check(name, "  \r\n\t<!DOCTYPE html>"), name);
            assertNotNull(check(name, "\uFEFF<?xml version=\"1.0\"?><x/>"), name);
            assertNotNull(check(name, "<a:b xmlns:a='http://www.w3.org/1999/xhtml'/>"), name);
            assertNotNull(check(name, "\uFEFF<x>".getBytes(StandardCharsets.UTF_16LE)), name + " UTF-16LE with mark");
            assertNotNull(check(name, "\uFEFF<x>".getBytes(StandardCharsets.UTF_16BE)), name + " UTF-16BE with mark");
            assertNotNull(check(name, " <x>".getBytes(StandardCharsets.UTF_16LE)), name + " UTF-16LE without mark");
            assertNotNull(check(name, " <x>".getBytes(StandardCharsets.UTF_16BE)), name + " UTF-16BE without mark");
            assertNotNull(check(name, new byte[] {'<', 0, 0, 0, 'x', 0, 0, 0}), name + " UTF-32LE");
        }
    }

    @Test
    void textWithAPageTagAnywhereNearTheStartIsRefused() throws IOException {
        assertNotNull(check("notes.txt", "Meeting notes\n\nsee <script>alert(1)</script>"));
        assertNotNull(check("table.csv", "a;b\n1;<IFRAME src=x>"));
        assertNotNull(check("x", "hello <html>"));
    }

    @Test
    void ordinaryFilesPass() throws IOException {
        assertNull(check("deck.pdf", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type/Catalog>>"));
        assertNull(check("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, '<'}));
        assertNull(check("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, '<'}));
        assertNull(check("offer.docx", new byte[] {'P', 'K', 3, 4, 0, 0, '<', 'h', 't', 'm', 'l'}));
        assertNull(check("notes.txt", "Price 3 < 4 and a > b; nothing to run here.\n"));
        assertNull(check("figures.csv", "year;revenue\n2026;1200\n"));
        assertNull(check("empty.txt", ""));
        assertNull(check("Präsentation.pdf", "%PDF-1.4"));
    }
}
