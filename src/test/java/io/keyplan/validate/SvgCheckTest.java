package io.keyplan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.keyplan.testing.Growth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SVG attachment is published only when it is a picture and nothing more. */
class SvgCheckTest {
    private static final String OPEN =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    @TempDir
    Path dir;

    private ActiveFinding check(byte[] bytes) throws IOException {
        Path f = Files.write(dir.resolve("d" + System.nanoTime() + ".svg"), bytes);
        return ActiveContent.check(f, "drawing.svg");
    }

    private ActiveFinding check(String svg) throws IOException {
        return check(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theExampleOrganigramAndDrawingsAsProgramsSaveThemPass() throws IOException {
        assertNull(check(Files.readAllBytes(Path.of("content/accounts/noordzee-foods/dmu-organigram.svg"))));
        assertNull(
                check("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!-- Created with Inkscape -->\n"
                        + "<svg xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                        + " xmlns=\"http://www.w3.org/2000/svg\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\""
                        + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                        + " width=\"210mm\" sodipodi:docname=\"org.svg\"><metadata><rdf:RDF><dc:title>Org</dc:title></rdf:RDF></metadata>"
                        + "<sodipodi:namedview inkscape:zoom=\"1\"/><defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient>"
                        + "</defs><g inkscape:label=\"Layer 1\"><rect style=\"fill:url(#g);stroke:#000\" width=\"10\" height=\"5\"/>"
                        + "<use xlink:href=\"#g\"/><a href=\"https://example.com/\"><text>web</text></a><a xlink:href=\"deck.pdf\">"
                        + "<text>deck</text></a><image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/></g></svg>"));
        assertNull(
                check(
                        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- Generator: Adobe Illustrator 27.0 -->\n"
                                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                                + OPEN
                                + "<style type=\"text/css\"><![CDATA[ .st0{fill:#FFFFFF;} ]]></style><path class=\"st0\" d=\"M0 0\"/></svg>"));
        assertNull(check("\uFEFF" + OPEN + "<a href=\"mailto:jan@example.com\"><text>mail</text></a></svg>"));
    }

    @Test
    void scriptsAndEventHandlersAreRefusedAtTheirLine() throws IOException {
        ActiveFinding f = check(OPEN + "\n<g>\n<script>alert(1)</script></g></svg>");
        assertEquals(3, f.line());
        assertEquals("the drawing contains <script>, which can run a script or show a web page", f.message());
        for (String svg : List.of(
                OPEN + "<script xlink:href=\"x.js\"/></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" ONLOAD=\"alert(1)\"/>",
                OPEN + "<rect onmouseover=\"alert(1)\"/></svg>",
                OPEN + "<rect xmlns:e=\"urn:x\" e:onclick=\"alert(1)\"/></svg>",
                OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
                OPEN + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
                OPEN + "<metadata><h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"x\"/></metadata></svg>",
                OPEN
                        + "<handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">alert(1)</handler></svg>",
                OPEN + "<m:math xmlns:m=\"http://www.w3.org/1998/Math/MathML\" href=\"javascript:alert(1)\"/></svg>",
                OPEN + "<iframe src=\"x.html\"/></svg>")) {
            assertNotNull(check(svg), svg);
        }
    }

    @Test
    void linksThatABrowserWouldRunAreRefusedHoweverTheyAreWritten() throws IOException {
        for (String href : List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "&#106;avascript:alert(1)",
                "java&#9;script:alert(1)",
                "java&#x0A;script:alert(1)",
                "&#x01;javascript:alert(1)",
                "javascript&#58;alert(1)",
                "vbscript:msgbox(1)",
                "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
                "data:image/svg+xml;base64,PHN2Zz4=",
                "file:///etc/passwd",
                "blob:https://x/1")) {
            for (String attr : List.of("href", "xlink:href")) {
                String svg = OPEN + "<a " + attr + "=\"" + href + "\"><text>x</text></a></svg>";
                assertNotNull(check(svg), svg);
            }
        }
        assertNotNull(
                check(OPEN + "<a href=\"data:image/png;base64,AAAA\"><text>x</text></a></svg>"),
                "an embedded picture only as a picture, not as a link");
    }

    @Test
    void animationsTransformationsEntitiesAndOtherDetoursAreRefused() throws IOException {
        for (String svg : List.of(
                OPEN + "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>",
                OPEN + "<a><animate attributeName=\"xlink:href\" values=\"javascript:alert(1)\"/></a></svg>",
                OPEN + "<rect><set attributeName=\"onclick\" to=\"alert(1)\"/></rect></svg>",
                "<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>" + OPEN + "</svg>",
                "<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;alert(1)&#60;/script&#62;\">]>" + OPEN + "&x;</svg>",
                "<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]>" + OPEN + "</svg>",
                "<!DOCTYPE svg SYSTEM \"http://evil.example/x.dtd\" [<!ENTITY % p SYSTEM \"x\"> %p;]>" + OPEN
                        + "</svg>",
                OPEN + "<g xml:base=\"javascript:alert(1)//\"><a href=\"x\"><text>x</text></a></g></svg>",
                OPEN + "<style>@import url(https://evil.example/x.css);</style></svg>",
                OPEN + "<style>rect { background: url(javascript:alert(1)) }</style></svg>",
                OPEN + "<rect style=\"fill:url(https://evil.example/x.svg#a)\"/></svg>",
                OPEN + "<rect style=\"behavior: url(x.htc)\"/></svg>",
                OPEN + "<title><![CDATA[</title><script>alert(1)</script>]]></title></svg>")) {
            assertNotNull(check(svg), svg);
        }
    }

    @Test
    void whatIsNotAnSvgDrawingInUtf8IsRefused() throws IOException {
        assertNotNull(check("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>"));
        assertNotNull(check("<html><body onload=alert(1)>"));
        assertNotNull(check("<svg><script>alert(1)</script></svg>"), "no SVG namespace: not a drawing");
        assertNotNull(check(OPEN + "<rect>"), "not well-formed");
        assertNotNull(check(""));
        assertNotNull(check("plain text"));
        assertNotNull(check(("\uFEFF" + OPEN + "</svg>").getBytes(StandardCharsets.UTF_16LE)));
        assertNotNull(check("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + OPEN + "</svg>"));
        assertNotNull(check(OPEN + "&nbsp;</svg>"));
    }

    @Test
    void hugeAndDeepDrawingsAreCheckedQuickly() {
        String deep = OPEN + "<g>".repeat(100_000) + "</g>".repeat(100_000) + "</svg>";
        String wide = OPEN + "<rect width=\"1\" height=\"1\"/>".repeat(200_000) + "</svg>";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            check(deep);
            assertNull(check(wide));
        });
    }

    @Test
    void aLongRunOfSpacesInsideAnAddressIsCheckedInLinearTime() throws IOException {
        // The trim of an address read each run of spaces to its end from every space: 40,000 took half a minute.
        Growth.check("an address with spaces inside", " ", 100_000, spaces -> {
            try {
                return check(OPEN + "<a href=\"x" + spaces + "y\"><text>x</text></a></svg>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertNull(check(OPEN + "<a href=\"plan" + " ".repeat(1_000) + "b.pdf\"><text>x</text></a></svg>"));
        assertNull(check(OPEN + "<a href=\" &#9;https://example.com/ &#10;\"><text>x</text></a></svg>"));
        assertNotNull(check(OPEN + "<a href=\"&#9; " + " ".repeat(1_000) + "javascript:alert(1) &#10;\"/></svg>"));
        assertNotNull(check(OPEN + "<a href=\"https://example.com/" + " ".repeat(1_000) + "&#9;x\"/></svg>"));
    }
}
