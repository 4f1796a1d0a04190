package io.keyplan.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which attachments a browser (or the web server) would run rather than show: those are never
 * published, since a script in an attachment runs with the portal's own rights. Refused are
 * names that servers map to web pages, XML documents, scripts or server-side programs (checked
 * on every extension, because Apache applies each one of {@code report.html.x}), files that start
 * like a web page or XML whatever their name (a server that does not know the name lets the
 * browser guess from the first bytes), and drawings ({@code .svg}) with anything active in them
 * ({@link SvgCheck}). Decided in docs/decisions.md, "Attachments a browser would run".
 */
public final class ActiveContent {
    /** How much of a file browsers look at when they guess its kind (the WHATWG sniffing spec reads 1,445 bytes). */
    static final int SNIFF_BYTES = 1445;

    private static final String SAVE_AS = "save it as PDF (or an image: PNG, JPEG) and attach that instead";

    /** Web pages and web applications a browser runs scripts in. */
    private static final List<String> WEB_PAGES =
            List.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "stm", "hta", "htc");
    /** Web archives and e-mails, which browsers open as pages. */
    private static final List<String> SAVED_PAGES = List.of("mht", "mhtml", "eml");
    /** XML documents: a browser shows them as pages and runs XHTML scripts inside them. */
    private static final List<String> XML_DOCUMENTS = List.of(
            "xml", "xsl", "xslt", "xsd", "dtd", "rdf", "rss", "atom", "xul", "xbl", "mml", "mathml", "kml", "gpx");
    /** Scripts and plug-in content. */
    private static final List<String> SCRIPTS =
            List.of("js", "mjs", "cjs", "jsm", "vbs", "swf", "jnlp", "appcache", "webmanifest");
    /** Compressed SVG, which the SVG check cannot read. */
    private static final List<String> COMPRESSED_DRAWINGS = List.of("svgz");
    /** Programs a web server runs instead of sending them. */
    private static final List<String> SERVER_PROGRAMS = List.of(
            "php", "php3", "php4", "php5", "php7", "php8", "phtml", "pht", "phar", "phps", "asp", "aspx", "asa", "asax",
            "ascx", "ashx", "asmx", "axd", "cshtml", "vbhtml", "jsp", "jspx", "cfm", "cfc", "cgi", "pl", "fcgi", "py",
            "rb", "ssi");

    /** Extensions of web pages and documents a browser renders with scripts, and of server-side programs. */
    static final Set<String> REFUSED = Stream.of(
                    WEB_PAGES, SAVED_PAGES, XML_DOCUMENTS, SCRIPTS, COMPRESSED_DRAWINGS, SERVER_PROGRAMS)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    /** Whole names a web server reads as its own settings for the folder. */
    private static final Set<String> SERVER_FILES = Set.of("web.config", ".htaccess", ".htpasswd", ".user.ini");

    /** Tags that make a browser (old Internet Explorer anywhere in the first bytes) take text for a web page. */
    private static final List<String> PAGE_TAGS = List.of(
            "<html",
            "<head",
            "<body",
            "<script",
            "<iframe",
            "<frameset",
            "<object",
            "<embed",
            "<svg",
            "<math",
            "<!doctype",
            "<?xml",
            "<meta",
            "<a href",
            "<img",
            "<style",
            "<link",
            "<form",
            "<base",
            "<table",
            "<div",
            "<title",
            "<plaintext",
            "<pre",
            "<h1");

    private ActiveContent() {}

    /**
     * The reason the attachment {@code file} (named {@code name}) may not be published, or null.
     *
     * @throws IOException when it cannot be read
     */
    public static ActiveFinding check(Path file, String name) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        String refused = refusedExtension(lower);
        if (refused != null) {
            return new ActiveFinding(
                    kind(refused) + " ('" + name + "') cannot be an attachment: a browser would run"
                            + " what is inside it on the portal",
                    SAVE_AS,
                    0,
                    0);
        }
        if (SERVER_FILES.contains(lower)) {
            return new ActiveFinding(
                    "'" + name + "' is a settings file of web servers and would change how the portal is" + " served",
                    "rename it, or delete it",
                    0,
                    0);
        }
        if (lower.endsWith(".svg")) {
            return SvgCheck.check(file);
        }
        byte[] head = head(file);
        if (startsWithMarkup(head) || looksLikePage(head)) {
            return new ActiveFinding(
                    "'" + name + "' holds a web page or XML, whatever its name says: a browser could run"
                            + " what is inside it on the portal",
                    SAVE_AS,
                    0,
                    0);
        }
        return null;
    }

    /** The first refused extension of a lower-case file name, or null; the part before the first dot is no extension. */
    static String refusedExtension(String lower) {
        String[] parts = lower.split("\\.", -1);
        for (int i = 1; i < parts.length; i++) {
            if (REFUSED.contains(parts[i].strip())) {
                return parts[i].strip();
            }
        }
        return null;
    }

    private static String kind(String extension) {
        if (WEB_PAGES.contains(extension)) {
            return "a web page";
        } else if (SAVED_PAGES.contains(extension)) {
            return "a saved web page or e-mail";
        } else if (SERVER_PROGRAMS.contains(extension)) {
            return "a program for web servers";
        } else if (SCRIPTS.contains(extension)) {
            return "a script";
        } else if (COMPRESSED_DRAWINGS.contains(extension)) {
            return "a compressed drawing";
        }
        return "an XML document";
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /**
     * True when the bytes start, after an optional byte-order mark and white space, with '<' in UTF-8,
     * UTF-16 or UTF-32 (with or without a byte-order mark): a web page or an XML document.
     */
    static boolean startsWithMarkup(byte[] b) {
        return firstUnit(b, 1, false) == '<'
                || firstUnit(b, 2, false) == '<'
                || firstUnit(b, 2, true) == '<'
                || firstUnit(b, 4, false) == '<'
                || firstUnit(b, 4, true) == '<';
    }

    /** The first code unit of {@code width} bytes that is not white space or a byte-order mark; -1 at the end. */
    private static int firstUnit(byte[] b, int width, boolean bigEndian) {
        for (int i = 0; i + width <= b.length; i += width) {
            int unit = 0;
            for (int k = 0; k < width; k++) {
                int v = b[i + (bigEndian ? k : width - 1 - k)] & 0xFF;
                unit = (unit << 8) | v;
            }
            boolean bom = i == 0
                    && (unit == 0xFEFF
                            || width == 1
                                    && b.length >= 3
                                    && (b[0] & 0xFF) == 0xEF
                                    && (b[1] & 0xFF) == 0xBB
                                    && (b[2] & 0xFF) == 0xBF);
            if (bom && width == 1) {
                i += 2; // the three bytes of the UTF-8 mark
                continue;
            }
            if (bom || unit == ' ' || unit == '\t' || unit == '\n' || unit == '\r' || unit == '\f') {
                continue;
            }
            return unit;
        }
        return -1;
    }

    /**
     * Plain text (UTF-8 without control characters, so no image, PDF or office file) with a page's tag
     * anywhere in its first bytes, as older browsers guessed.
     */
    static boolean looksLikePage(byte[] b) {
        for (byte x : b) {
            if (x >= 0 && x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f') {
                return false;
            }
        }
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        if (utf8.decode(in, java.nio.CharBuffer.allocate(b.length), false).isError()) {
            return false; // not text (the last character may be cut off, which is fine)
        }
        String text = new String(b, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String tag : PAGE_TAGS) {
            if (text.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
