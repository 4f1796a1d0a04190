package io.keyplan.validate;

import io.keyplan.link.LinkPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * An SVG drawing is published only when it is a picture and nothing more: SVG elements from an
 * allow-list, no script, no event handler ({@code on...}), no embedded web page
 * ({@code foreignObject}), links only to the drawing itself, relative files and web addresses, no
 * entity declarations and no processing instructions (which could pull in an XSL transformation).
 * The file is read with the JDK's XML parser, which reads what a browser's XML parser reads: SVG
 * files are served as {@code image/svg+xml}, never as HTML.
 */
final class SvgCheck {
    static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XML = XMLConstants.XML_NS_URI;

    /** Namespaces whose elements browsers give behaviour: pages, formulas with links, transformations, events. */
    private static final Set<String> ACTIVE_NAMESPACES = Set.of(
            "http://www.w3.org/1999/xhtml",
            "http://www.w3.org/1998/Math/MathML",
            "http://www.w3.org/1999/XSL/Transform",
            "http://www.w3.org/2001/xml-events",
            "http://www.w3.org/2002/xforms",
            "http://www.mozilla.org/keymaster/gatekeeper/there.is.only.xul",
            "http://www.mozilla.org/xbl",
            "http://www.w3.org/2001/XInclude");

    /** SVG elements that draw, group, describe or style; no script, foreignObject, handler, iframe, video, audio. */
    private static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "defs",
            "symbol",
            "use",
            "title",
            "desc",
            "metadata",
            "switch",
            "a",
            "view",
            "style",
            "text",
            "tspan",
            "textPath",
            "tref",
            "altGlyph",
            "altGlyphDef",
            "altGlyphItem",
            "glyphRef",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "image",
            "marker",
            "pattern",
            "clipPath",
            "mask",
            "linearGradient",
            "radialGradient",
            "stop",
            "filter",
            "feBlend",
            "feColorMatrix",
            "feComponentTransfer",
            "feComposite",
            "feConvolveMatrix",
            "feDiffuseLighting",
            "feDisplacementMap",
            "feDistantLight",
            "feDropShadow",
            "feFlood",
            "feFuncA",
            "feFuncB",
            "feFuncG",
            "feFuncR",
            "feGaussianBlur",
            "feImage",
            "feMerge",
            "feMergeNode",
            "feMorphology",
            "feOffset",
            "fePointLight",
            "feSpecularLighting",
            "feSpotLight",
            "feTile",
            "feTurbulence",
            "font",
            "font-face",
            "font-face-src",
            "font-face-uri",
            "font-face-format",
            "font-face-name",
            "glyph",
            "missing-glyph",
            "hkern",
            "vkern",
            "color-profile",
            "cursor",
            "animate",
            "animateTransform",
            "animateMotion",
            "animateColor",
            "mpath",
            "set",
            "solidcolor",
            "hatch",
            "hatchpath",
            "meshgradient",
            "meshrow",
            "meshpatch");

    private static final Set<String> ANIMATIONS =
            Set.of("animate", "animateTransform", "animateMotion", "animateColor", "set");
    /** Attributes that hold an address, in any namespace. */
    private static final Set<String> ADDRESSES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "data",
            "codebase",
            "srcset",
            "poster",
            "background",
            "lowsrc",
            "dynsrc");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern DATA_IMAGE =
            Pattern.compile("(?i)^data:image/(png|jpeg|jpg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)");
    /** CSS that ran scripts in older browsers, or loads a script address. */
    private static final Pattern ACTIVE_CSS =
            Pattern.compile("expression\\s*\\(|-moz-binding|behavior\\s*:|javascript:|vbscript:");

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private static final String HINT = "remove scripts, event handlers and links to other pages from the drawing,"
            + " or save it as PNG or PDF and attach that instead";

    private SvgCheck() {}

    /** Null when the drawing is passive; otherwise the first thing found, at its line. */
    static ActiveFinding check(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher enc = ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF || bytes[0] == 0 || bytes[1] == 0);
        if (utf16
                || enc.find()
                        && !Set.of("utf-8", "utf8", "us-ascii", "ascii")
                                .contains(enc.group(1).toLowerCase(Locale.ROOT))) {
            return finding(
                    "the drawing is not saved as UTF-8 text",
                    0,
                    0,
                    "save it again as UTF-8 (the usual setting), or as PNG or PDF");
        }
        Handler handler = new Handler();
        try {
            SAXParser parser = PARSERS.get();
            parser.reset();
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            parser.parse(new InputSource(new java.io.ByteArrayInputStream(bytes)), handler);
        } catch (Stop stop) {
            return stop.finding;
        } catch (SAXParseException e) {
            return finding(
                    "the drawing is not a well-formed SVG file",
                    Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber()),
                    "open it in a drawing program and save it again, or save it as PNG");
        } catch (SAXException | RuntimeException e) {
            return finding(
                    "the drawing cannot be read as an SVG file",
                    0,
                    0,
                    "open it in a drawing program and save it again, or save it as PNG");
        }
        if (!handler.sawSvgRoot) {
            return finding("the file is named .svg but is not an SVG drawing", 0, 0, "save it as PNG or PDF");
        }
        return null;
    }

    /** Making a parser costs more than reading a small drawing; one per thread, reset before each file. */
    private static final ThreadLocal<SAXParser> PARSERS = ThreadLocal.withInitial(() -> {
        try {
            return parser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    });

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        // The JDK's own parser: no service lookup on the class path per drawing, and known security features.
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // Browsers never load external DTDs or entities; neither does this check.
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newSAXParser();
    }

    private static ActiveFinding finding(String message, int line, int column, String hint) {
        return new ActiveFinding(message, hint, line, column);
    }

    /** Ends the parse at the first finding. */
    private static final class Stop extends SAXException {
        final transient ActiveFinding finding;

        Stop(ActiveFinding finding) {
            super(finding.message());
            this.finding = finding;
        }
    }

    private static final class Handler extends DefaultHandler2 implements DeclHandler {
        private Locator locator;
        private boolean sawSvgRoot;
        private int depth;
        private int styleDepth = -1;
        private StringBuilder css;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private Stop stop(String message) {
            int line = locator == null ? 0 : Math.max(0, locator.getLineNumber());
            int column = locator == null || line == 0 ? 0 : Math.max(1, locator.getColumnNumber());
            return new Stop(finding(message, line, column, HINT));
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            depth++;
            if (depth == 1) {
                if (!SVG.equals(uri) || !"svg".equals(local)) {
                    throw stop("the file is named .svg but its first element is <" + qName + ">, not an SVG drawing");
                }
                sawSvgRoot = true;
            }
            if (SVG.equals(uri)) {
                if (!ELEMENTS.contains(local)) {
                    throw stop("the drawing contains <" + qName + ">, which can run a script or show a web page");
                }
            } else if (ACTIVE_NAMESPACES.contains(uri)) {
                throw stop("the drawing contains <" + qName + ">, a part of a web page, which can run a script");
            }
            for (int i = 0; i < atts.getLength(); i++) {
                attribute(local, atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getValue(i));
            }
            if (SVG.equals(uri) && ANIMATIONS.contains(local)) {
                String target = atts.getValue("attributeName");
                String name = target == null
                        ? ""
                        : target.substring(target.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || ADDRESSES.contains(name)) {
                    throw stop("the drawing's animation changes '" + target + "', which can run a script");
                }
            }
            if (SVG.equals(uri) && local.equals("style")) {
                styleDepth = depth;
                css = new StringBuilder();
            }
        }

        private void attribute(String element, String uri, String local, String qName, String value) throws Stop {
            String name = (local == null || local.isEmpty() ? qName : local).toLowerCase(Locale.ROOT);
            if (name.startsWith("on")) {
                throw stop("the drawing has an event handler ('" + qName + "'), which runs a script");
            }
            if (XML.equals(uri) && name.equals("base")) {
                throw stop("the drawing sets 'xml:base', which changes where its links lead");
            }
            if (ADDRESSES.contains(name)) {
                String problem = address(element, value);
                if (problem != null) {
                    throw stop("the drawing's '" + qName + "' " + problem);
                }
            }
            if (name.equals("style")) {
                css(value);
            }
            if (!uri.isEmpty() && !XLINK.equals(uri) && !XML.equals(uri) && ACTIVE_NAMESPACES.contains(uri)) {
                throw stop("the drawing has the attribute '" + qName + "' of a web page");
            }
        }

        /** Null when a browser reading {@code value} as an address goes nowhere it could run a script. */
        private static String address(String element, String value) {
            // trim(): what a browser strips (C0 controls and space at both ends), in one pass; the pattern
            // ^[\x00-\x20]+|[\x00-\x20]+$ did it too but read every run of spaces inside the value
            // to its end from each of its characters, so a long one took minutes.
            String v = value.trim();
            if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                return "holds an address with control characters";
            }
            Matcher m = SCHEME.matcher(v);
            if (!m.find()) {
                return null; // the drawing itself (#id), a relative file or a relative web address
            }
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (LinkPolicy.allowedScheme(scheme)) { // the portal's one list of schemes
                return null;
            }
            if (scheme.equals("data")
                    && (element.equals("image") || element.equals("feImage"))
                    && DATA_IMAGE.matcher(v).matches()) {
                return null; // an embedded photo, as drawing programs save them
            }
            return "leads to a '" + scheme + ":' address, which a browser could run";
        }

        private void css(String text) throws Stop {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("\\")
                    || lower.contains("@import")
                    || ACTIVE_CSS.matcher(lower).find()) {
                throw stop("the drawing's style loads or runs something outside the drawing");
            }
            Matcher url = CSS_URL.matcher(text);
            while (url.find()) {
                String target = url.group(1);
                if (!target.startsWith("#") && !DATA_IMAGE.matcher(target).matches()) {
                    throw stop("the drawing's style loads '" + target + "' from outside the drawing");
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (css != null) {
                css.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (depth == styleDepth) {
                css(css.toString());
                css = null;
                styleDepth = -1;
            }
            depth--;
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            throw stop("the drawing has an instruction '<?" + target + "', which can make a browser run a script");
        }

        @Override
        public void startCDATA() throws SAXException {
            if (css == null) {
                throw stop("the drawing has a CDATA section outside a style, which a browser may read as a web page");
            }
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw stop("the drawing declares its own entities ('" + name + "')");
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw stop("the drawing declares its own entities ('" + name + "')");
        }

        @Override
        public void attributeDecl(String eName, String aName, String type, String mode, String value)
                throws SAXException {
            throw stop("the drawing declares attributes of its own ('" + aName + "')");
        }

        @Override
        public void elementDecl(String name, String model) throws SAXException {
            throw stop("the drawing declares elements of its own ('" + name + "')");
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            // Nothing is ever read from outside the file.
            return new InputSource(new java.io.StringReader(""));
        }
    }
}
