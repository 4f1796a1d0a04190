package io.keyplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyplan.testing.BrowserUrls;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every route by which a user's URL reaches a page (inline link, reference definition, autolink,
 * image, nesting, raw HTML) with every way of writing a script or file scheme: the rendered HTML,
 * parsed as a browser parses it, has no href or src with an unsafe scheme and no control
 * character in one, with HTML allowed or not, as a block and inline.
 */
class MarkdownLinkRoutesTest {
    private final Markdown md = new Markdown();

    /** As written in Markdown; entities are decoded by Markdown, literal controls are kept. */
    static final List<String> PAYLOADS = List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "javascript:alert(1)&#10;",
            "javascript:alert(1)&#x2028;",
            "java&#x09;script:alert(1)",
            "java&#9;script:alert(1)",
            "java&Tab;script:alert(1)",
            "jav&#x0A;ascript:alert(1)",
            "jav&#13;ascript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "javascript&colon;alert(1)",
            "javascript&#58;alert(1)",
            "javascript&#x3A;alert(1)",
            "&#x20;javascript:alert(1)",
            "&#1;javascript:alert(1)",
            "&#x1f;javascript:alert(1)",
            "vbscript:msgbox(1)",
            "VBSCRIPT:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,x",
            "data:image/svg+xml,x",
            "file:///etc/passwd",
            "fi&#108;e:///etc/passwd",
            "FILE:///c:/boot.ini",
            "blob:https://x/y",
            "feed:javascript:x",
            "x-made-up:thing",
            "javascript:alert(1)\u2028",
            "javascript:alert(1)\u0085",
            "java\\script:alert(1)");

    /** Literal controls, separators and spaces: only a few routes let them through Markdown. */
    static final List<String> LITERAL = List.of(
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            " javascript:alert(1)",
            "\u0001javascript:alert(1)",
            "javascript:alert(1)\u0007",
            "java script:alert(1)");

    static List<String> routes(String url) {
        return List.of(
                "[x](" + url + ")",
                "[x](<" + url + ">)",
                "[x](" + url + " \"title\")",
                "[x][p]\n\n[p]: " + url,
                "[x][p]\n\n[p]: <" + url + ">",
                "[p][]\n\n[P]: " + url + " 'title'",
                "[p]\n\n[p]: " + url,
                "![img](" + url + ")",
                "![img][p]\n\n[p]: " + url,
                "[![img](" + url + ")](" + url + ")",
                "[![img][i]][l]\n\n[i]: " + url + "\n[l]: " + url,
                "<" + url + ">",
                "see " + url + " here",
                "- item [x](" + url + ")\n\n> quote [x](" + url + ")",
                "| a |\n|---|\n| [x](" + url + ") |");
    }

    static List<String> rawHtml(String url) {
        String q = url.replace("\"", "&quot;");
        return List.of(
                "<a href=\"" + q + "\">x</a>",
                "<a href='" + q + "'>x</a>",
                "<img src=\"" + q + "\" alt=\"i\">",
                "<iframe src=\"" + q + "\"></iframe>",
                "<form action=\"" + q + "\"><button formaction=\"" + q + "\">b</button></form>",
                "<object data=\"" + q + "\"></object><embed src=\"" + q + "\">",
                "<base href=\"" + q + "\">",
                "<svg><a xlink:href=\"" + q + "\"><text>x</text></a></svg>",
                "<math><mi href=\"" + q + "\">x</mi></math>",
                "<blockquote cite=\"" + q + "\">q</blockquote>",
                "<video poster=\"" + q + "\" src=\"" + q + "\"></video>",
                "<table background=\"" + q + "\"><tr><td>x</td></tr></table>",
                "<div>\n\n[x](" + url + ")\n\n</div>",
                "<p>inline <a href=\"" + q + "\">x</a> text</p>");
    }

    @Test
    void noRouteOfMarkdownLetsAnUnsafeSchemeThrough() {
        int checked = 0;
        for (String url : PAYLOADS) {
            for (String text : routes(url)) {
                checked += check(text);
            }
        }
        for (String url : LITERAL) {
            for (String text : routes(url)) {
                checked += check(text);
            }
        }
        assertTrue(checked > 1500, "checked " + checked);
    }

    @Test
    void rawHtmlIsSanitisedWhenAllowed() {
        for (String url : concat(PAYLOADS, LITERAL)) {
            for (String text : rawHtml(url)) {
                for (String html : List.of(md.block(text, true), md.inline(text, true))) {
                    Document page = Jsoup.parseBodyFragment(html);
                    assertEquals(List.of(), BrowserUrls.problems(page), text + " -> " + html);
                    assertNoActiveContent(page, text, html);
                }
            }
        }
    }

    @Test
    void scriptsHandlersAndStylesAreDroppedFromAllowedHtml() {
        List<String> attacks = List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>*{background:url(javascript:alert(1))}</style>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=import href=x.html>",
                "<details open ontoggle=alert(1)>",
                "<a href=\"x\" onclick=\"alert(1)\" onmouseover=alert(2)>x</a>",
                "<input type=\"image\" src=\"javascript:alert(1)\" onfocus=alert(1) autofocus>",
                "<body onload=alert(1)>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<template><script>alert(1)</script></template>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "</div></dd></dl><script>alert(1)</script>",
                "<!--><script>alert(1)</script>-->",
                "<isindex action=javascript:alert(1)>",
                "<object classid=\"clsid:x\"></object>",
                "<applet code=x></applet>",
                "<frameset><frame src=javascript:alert(1)>");
        for (String text : attacks) {
            for (String html : List.of(
                    md.block(text, true), md.inline(text, true), md.block("Intro\n\n" + text + "\n\nEnd", true))) {
                Document page = Jsoup.parseBodyFragment(html);
                assertNoActiveContent(page, text, html);
                assertEquals(List.of(), BrowserUrls.problems(page), text + " -> " + html);
            }
        }
    }

    @Test
    void allowedHtmlKeepsItsFormattingAndSafeLinks() {
        String html = md.block(
                "<div class=\"note\"><b>Bold</b> and <a href=\"https://example.com/a?b=1&amp;c=2\" title=\"t\">link</a>"
                        + " <a href=\"../other/index.html#s-why\">rel</a> <a href=\"mailto:a@b.nl\">m</a> <img src=\"logo.png\" alt=\"logo\"></div>\n\n"
                        + "| a |\n|:--|\n| <i>x</i> |\n\n- [x] done\n\n## Head",
                true);
        Document d = Jsoup.parseBodyFragment(html);
        assertEquals("Bold", d.selectFirst("div.note b").text());
        assertEquals(
                "https://example.com/a?b=1&c=2", d.selectFirst("a[title=t]").attr("href"));
        assertEquals("../other/index.html#s-why", d.select("a").get(1).attr("href"));
        assertEquals("mailto:a@b.nl", d.select("a").get(2).attr("href"));
        assertEquals("logo.png", d.selectFirst("img").attr("src"));
        assertEquals("left", d.selectFirst("td").attr("align"));
        assertTrue(d.selectFirst("input[type=checkbox][disabled]").hasAttr("checked"));
        assertEquals("head", d.selectFirst("h2").id());
    }

    @Test
    void safeLinksStayLinksAndMarkdownFilesBecomePages() {
        assertEquals("<a href=\"https://example.com/x\">x</a>", md.inline("[x](https://example.com/x)", false));
        assertEquals("<a href=\"other.html#top\">x</a>", md.inline("[x](other.md#top)", false));
        assertEquals(
                "<a href=\"notes/visit.html\">x</a>",
                md.inline("[x][v]\n\n[v]: notes/visit.md", false).strip().replaceAll("</?p>", ""));
        assertEquals("<a href=\"tel:+31101234567\">call</a>", md.inline("[call](tel:+31101234567)", false));
        assertEquals("<a href=\"mailto:jan@example.com\">jan@example.com</a>", md.inline("<jan@example.com>", false));
        assertEquals("<a href=\"#s-why\">why</a>", md.inline("[why](#s-why)", false));
        assertTrue(md.inline("[x](<a b.pdf>)", false).contains("a%20b.pdf")
                || !md.inline("[x](<a b.pdf>)", false).contains("href"));
    }

    @Test
    void anUnsafeLinkKeepsItsTextButLosesItsTarget() {
        assertEquals(
                "<a>plan</a>",
                md.inline("[plan][p]\n\n[p]: javascript:alert(1)&#10;", false).replaceAll("</?p>|\\n", ""));
        assertEquals("<img alt=\"chart\" />", md.inline("![chart](data:image/png;base64,AAAA)", false));
        assertFalse(md.block("<file:///etc/passwd>", false).contains("href"));
    }

    /** Random pieces of schemes, entities, controls and link syntax, assembled many ways (fixed seed). */
    @Test
    void randomlyAssembledLinksNeverCarryAnUnsafeScheme() {
        String[] pieces = {
            "java",
            "script",
            "JAVA",
            "Script",
            ":",
            "&#58;",
            "&colon;",
            "&#x3a;",
            "&#x09;",
            "&Tab;",
            "&#10;",
            "&NewLine;",
            "&#13;",
            "\t",
            "\n",
            "\r",
            " ",
            "\u0001",
            "\u0000",
            "\u2028",
            "\u0085",
            "\u00a0",
            "\u200b",
            "&#106;",
            "&#x6A;",
            "j",
            "a",
            "v",
            "data",
            "vb",
            "file",
            "fi&#108;e",
            "//",
            "/",
            "\\",
            "(",
            ")",
            "<",
            ">",
            "[",
            "]",
            "\"",
            "'",
            "alert(1)",
            "&",
            "#",
            "%",
            "%3A",
            "%2e",
            "..",
            "https",
            "mailto",
            "x",
            "!",
            "[p]",
            "[p]: ",
            "`",
            "*"
        };
        java.util.Random r = new java.util.Random(20261129);
        for (int n = 0; n < 6000; n++) {
            StringBuilder url = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                url.append(pieces[r.nextInt(pieces.length)]);
            }
            List<String> forms = routes(url.toString());
            String text = forms.get(r.nextInt(forms.size()));
            for (boolean allowHtml : new boolean[] {false, true}) {
                String html = r.nextBoolean() ? md.block(text, allowHtml) : md.inline(text, allowHtml);
                assertEquals(
                        List.of(),
                        BrowserUrls.problems(Jsoup.parseBodyFragment(html)),
                        text.replace("\n", "\\n") + " -> " + html);
            }
            String raw = rawHtml(url.toString())
                    .get(r.nextInt(rawHtml(url.toString()).size()));
            Document page = Jsoup.parseBodyFragment(md.block(raw, true));
            assertEquals(
                    List.of(),
                    BrowserUrls.problems(page),
                    raw + " -> " + page.body().html());
        }
    }

    private int check(String text) {
        int n = 0;
        for (boolean allowHtml : new boolean[] {false, true}) {
            for (String html : List.of(md.block(text, allowHtml), md.inline(text, allowHtml))) {
                Document page = Jsoup.parseBodyFragment(html);
                assertEquals(List.of(), BrowserUrls.problems(page), text.replace("\n", "\\n") + " -> " + html);
                n++;
            }
        }
        return n;
    }

    private static void assertNoActiveContent(Document page, String text, String html) {
        assertTrue(
                page.select(
                                "script, iframe, frame, frameset, object, embed, applet, svg, math, form, base, meta, link, style, "
                                        + "template, noscript, video, audio, source, input:not([type=checkbox]), button")
                        .isEmpty(),
                text + " -> " + html);
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                assertFalse(
                        name.startsWith("on")
                                || name.equals("style")
                                || name.equals("srcdoc")
                                || name.equals("formaction"),
                        text + " -> " + html);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
