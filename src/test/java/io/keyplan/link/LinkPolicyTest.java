package io.keyplan.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {
    static final List<String> SCRIPT = List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\u0001javascript:alert(1)",
            "\u0000 \u001fjavascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            "java&#x09;script:alert(1)",
            "java&#9;script:alert(1)",
            "java&Tab;script:alert(1)",
            "jav&#x0A;ascript:alert(1)",
            "jav&NewLine;ascript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#X6a;avascript:alert(1)",
            "&#106avascript:alert(1)",
            "javascript&colon;alert(1)",
            "javascript&#58;alert(1)",
            "javascript&#x3a;alert(1)",
            "javascript:alert(1)\n",
            "javascript:alert(1)&#10;",
            "javascript:alert(1)\u2028",
            "&#32;javascript:alert(1)",
            "vbscript:msgbox(1)",
            "VBScript:x",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,<script>alert(1)</script>",
            " data:image/svg+xml,<svg onload=alert(1)>",
            "file:///etc/passwd",
            "fi&#108;e:///etc/passwd",
            "FILE://c:/x",
            "blob:https://example.com/uuid",
            "filesystem:https://x/y",
            "view-source:https://x",
            "jar:file:///x!/y",
            "feed:javascript:alert(1)",
            "x-unknown+scheme.v1:thing",
            "java\u200bscript:alert(1)",
            "java\u00adscript:alert(1)",
            "java\u0000script:alert(1)",
            "c:\\windows\\x");

    static final List<String> FINE = List.of(
            "https://example.com/x?a=1#b",
            "HTTP://EXAMPLE.COM",
            "  https://x.nl  ",
            "mailto:jan@example.com",
            "MailTo:a@b.c",
            "tel:+31-10-123",
            "page.html",
            "../other/index.html#s-why",
            "#s-why",
            "",
            "//cdn.example.com/x",
            "notes/visit.md",
            "a:b/../x".substring(3),
            "?q=javascript:x",
            "./javascript:alert(1)",
            "https://example.com/javascript:alert(1)",
            "%6Aavascript:alert(1)",
            "javascript%3Aalert(1)");

    @Test
    void schemesThatRunOrSmuggleContentAreNotAllowedHoweverWritten() {
        for (String url : SCRIPT) {
            assertFalse(LinkPolicy.allowed(url), url);
            assertNull(LinkPolicy.forAttribute(url), url);
        }
    }

    @Test
    void relativeWebMailAndPhoneLinksAre() {
        for (String url : FINE) {
            assertTrue(LinkPolicy.allowed(url), url);
        }
    }

    @Test
    void theSchemeIsReadAsABrowserReadsIt() {
        assertEquals("javascript", LinkPolicy.scheme(LinkPolicy.asBrowserReads("\u0001 java&#x09;script:x")));
        assertEquals("https", LinkPolicy.scheme("HTTPS://x"));
        assertNull(LinkPolicy.scheme("1http://x"), "a scheme starts with a letter");
        assertNull(LinkPolicy.scheme("ja va:x"), "a space ends the scheme");
        assertNull(LinkPolicy.scheme("./a:b"));
        assertEquals("a+b.c-d", LinkPolicy.scheme("a+B.c-d:x"));
    }

    @Test
    void writtenAttributesHoldNoControlsOrLineBreaks() {
        assertEquals("https://x.nl/ab", LinkPolicy.forAttribute(" https://x.nl/a\nb\t "));
        assertEquals(
                "https://x.nl/a%01b%20c%E2%80%A8d%C2%85",
                LinkPolicy.forAttribute("https://x.nl/a\u0001b c\u2028d\u0085"));
        assertEquals("page.html#x", LinkPolicy.forAttribute("page.html#x"));
        assertEquals("a\\u0007b".replace("\\u0007", "%07"), LinkPolicy.printable("a\u0007b"));
        assertEquals("a b", LinkPolicy.printable("a b"), "messages keep spaces readable");
    }
}
